/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
import {
    ActionMessage,
    ActionMessageHandler,
    BaseJsonrpcGLSPClient,
    Disposable,
    GModelElementSchema,
    GModelRootSchema,
    UpdateModelAction
} from '@eclipse-glsp/client';

declare global {
    interface Window {
        segmentaSentActions?: string[];
    }
}

/** One element of the server's update by changes: taken away (left), added (right) or both. */
interface Match {
    left?: { id: string };
    right?: GModelElementSchema;
    rightParentId?: string;
}

/**
 * After an edit the Segmenta server sends only the elements that changed: an `updateModel` without
 * a new root but with sprotty's `matches`. This client turns it back into a whole new root before
 * the rest of GLSP sees it, by applying the changes to a copy of the last model the server sent.
 * Only the changes travel over the websocket, and the client's update command gets the model as
 * the server has it: tool feedback (an edge being drawn) is applied to it afresh instead of being
 * copied along from the model on screen, where it would appear twice.
 */
export class ChangesApplyingGLSPClient extends BaseJsonrpcGLSPClient {
    private serverModel?: GModelRootSchema;

    override sendActionMessage(message: ActionMessage): void {
        // the kinds sent, for the browser tests: keys that are not bound must send nothing
        (window.segmentaSentActions ??= []).push(message.action.kind);
        super.sendActionMessage(message);
    }

    override onActionMessage(handler: ActionMessageHandler, clientId?: string): Disposable {
        return super.onActionMessage(message => handler(this.complete(message)), clientId);
    }

    private complete(message: ActionMessage): ActionMessage {
        const action = message.action as { kind: string; newRoot?: GModelRootSchema; matches?: Match[] };
        if ((action.kind === 'setModel' || action.kind === 'updateModel') && action.newRoot) {
            performance.mark(`segmenta-${action.kind}`);
            this.serverModel = structuredClone(action.newRoot);
        } else if (action.kind === 'updateModel' && action.matches && this.serverModel) {
            applyMatches(this.serverModel, action.matches);
            const { matches, ...update } = action;
            const completed: UpdateModelAction = { ...update, kind: 'updateModel', newRoot: structuredClone(this.serverModel) };
            return { ...message, action: completed };
        }
        return message;
    }
}

/** What sprotty's update command does with matches: all removals first, then the additions in order. */
function applyMatches(root: GModelRootSchema, matches: Match[]): void {
    const elements = new Map<string, GModelElementSchema>();
    const parents = new Map<string, GModelElementSchema>();
    const index = (element: GModelElementSchema, parent?: GModelElementSchema): void => {
        elements.set(element.id, element);
        if (parent) {
            parents.set(element.id, parent);
        }
        element.children?.forEach(child => index(child, element));
    };
    index(root);
    for (const { left } of matches) {
        const parent = left && parents.get(left.id);
        if (left && parent?.children) {
            parent.children = parent.children.filter(child => child.id !== left.id);
        }
    }
    for (const { right, rightParentId } of matches) {
        if (right) {
            const parent = (rightParentId && elements.get(rightParentId)) || root;
            (parent.children ??= []).push(right);
            index(right, parent);
        }
    }
}

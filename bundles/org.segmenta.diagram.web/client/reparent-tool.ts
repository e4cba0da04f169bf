/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
import {
    Action,
    ChangeBoundsListener,
    ChangeBoundsTool,
    ChangeContainerOperation,
    DOMHelper,
    GModelElement,
    MouseListener,
    Operation,
    TYPES,
    findParentByFeature,
    isMoveable,
    isReparentable,
    isSelected,
    toAbsolutePosition
} from '@eclipse-glsp/client';
import { inject, injectable } from 'inversify';

/**
 * GLSP's move tool, which also reparents: when one node whose type may change parents (the server's
 * type hints say which) is dropped over another node than its parent, or a nested node over the
 * empty canvas, the drop becomes one change-container operation instead of a move. The server
 * lists the element there, moves it into the target's element with its new place as one undoable
 * command, or refuses with the reason and sends the diagram back as it was.
 */
@injectable()
export class ReparentingChangeBoundsTool extends ChangeBoundsTool {
    @inject(TYPES.DOMHelper) readonly domHelper!: DOMHelper;

    protected override createChangeBoundsListener(): MouseListener {
        return new ReparentingChangeBoundsListener(this);
    }
}

class ReparentingChangeBoundsListener extends ChangeBoundsListener {
    /** The parents when the drag began: GLSP's move feedback puts a dragged node into the container under the pointer. */
    protected parentsAtStart = new Map<string, string>();

    constructor(protected readonly reparentingTool: ReparentingChangeBoundsTool) {
        super(reparentingTool);
    }

    override mouseDown(target: GModelElement, event: MouseEvent): Action[] {
        this.parentsAtStart.clear();
        const grabbed = findParentByFeature(target, isMoveable);
        const selected = Array.from(target.root.index.all()).filter(isSelected);
        for (const element of grabbed ? [grabbed, ...selected] : selected) {
            const parent = (element as GModelElement & { parent?: GModelElement }).parent;
            if (parent) {
                this.parentsAtStart.set(element.id, parent.id);
            }
        }
        return super.mouseDown(target, event);
    }

    /** Nothing: the server routes the edges of moved nodes itself, and has no operation for client routes. */
    protected override handleMoveRoutingPointsOnServer(): Operation[] {
        return [];
    }

    override draggingMouseUp(target: GModelElement, event: MouseEvent): Action[] {
        if (!this.activeResizeHandle) {
            const moved = this.getElementsToMove(target);
            const node = moved.length === 1 ? moved[0] : undefined;
            if (node && isReparentable(node)) {
                const container = this.dropTarget(node, event);
                const parentId = this.parentsAtStart.get(node.id) ?? (node as GModelElement & { parent?: GModelElement }).parent?.id;
                if (container.id !== parentId) {
                    const location = toAbsolutePosition(node);
                    this.disposeResize({ keepHandles: true });
                    return [ChangeContainerOperation.create({ elementId: node.id, targetContainerId: container.id, location })];
                }
            }
        }
        return super.draggingMouseUp(target, event);
    }

    /** The innermost node under the pointer that is not the dragged node or inside it; else the diagram. */
    protected dropTarget(moved: GModelElement, event: MouseEvent): GModelElement {
        const root = moved.root;
        for (const element of document.elementsFromPoint(event.clientX, event.clientY)) {
            const shown = element.closest('[id]');
            const id = shown ? this.reparentingTool.domHelper.findSModelIdByDOMElement(shown) : undefined;
            let candidate: GModelElement | undefined = id ? root.index.getById(id) : undefined;
            while (candidate && candidate !== root && !candidate.type.startsWith('node')) {
                candidate = (candidate as GModelElement & { parent?: GModelElement }).parent;
            }
            if (candidate && candidate !== root && !isInside(candidate, moved)) {
                return candidate;
            }
        }
        return root;
    }
}

function isInside(element: GModelElement, ancestor: GModelElement): boolean {
    for (let current: GModelElement | undefined = element; current; current = (current as { parent?: GModelElement }).parent) {
        if (current === ancestor) {
            return true;
        }
        if (current === current.root) {
            return false;
        }
    }
    return false;
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
import {
    Action,
    EditorContextService,
    GGraph,
    GModelElement,
    IActionDispatcher,
    IActionHandler,
    IVNodePostprocessor,
    SetViewportAction,
    TYPES
} from '@eclipse-glsp/client';
import { inject, injectable } from 'inversify';
import { VNode } from 'snabbdom';

/** Asks the server for a thumbnail of the whole diagram, at most `size` pixels on its longer side. */
export interface OutlineImageAction extends Action {
    kind: 'segmentaOutlineImage';
    size: number;
}

/** The server's thumbnail: a PNG (Base64), with diagram point (x, y) at ((x + margin) × scale, (y + margin) × scale). */
export interface OutlineImageResult extends Action {
    kind: 'segmentaOutlineImageResult';
    data: string;
    scale: number;
    margin: number;
}

export const OUTLINE_IMAGE_RESULT = 'segmentaOutlineImageResult';

/** The thumbnail's size: sharp in an Outline view of a quarter of a screen. */
const THUMBNAIL_SIZE = 640;

/** How long the diagram must stay unchanged before a new thumbnail is drawn, in ms. */
const SETTLE = 400;

declare global {
    interface Window {
        /** The workbench's Outline view: a new thumbnail of the diagram. */
        segmentaHostOutline?: (data: string, scale: number, margin: number) => void;
        /** The workbench's Outline view: the part of the diagram in view, in diagram coordinates. */
        segmentaHostViewport?: (x: number, y: number, width: number, height: number) => void;
        /** Called by the workbench's Outline view when the user drags its frame: show the diagram from (x, y). */
        segmentaScrollTo?: (x: number, y: number) => void;
    }
}

/**
 * Keeps the workbench's Outline view up to date: after each rendering it tells the host the part
 * of the diagram in view, and, once the diagram has settled after a change, asks the server for a
 * new thumbnail. Outside the workbench (a plain browser) there is no host, and it does nothing.
 */
@injectable()
export class OutlineReporter implements IVNodePostprocessor, IActionHandler {
    @inject(EditorContextService) protected editorContext!: EditorContextService;
    @inject(TYPES.IActionDispatcher) protected actionDispatcher!: IActionDispatcher;

    protected shownRoot?: GModelElement;
    protected shownRevision?: number;
    protected shownViewport = '';
    protected pending?: ReturnType<typeof setTimeout>;

    decorate(vnode: VNode, _element: GModelElement): VNode {
        return vnode;
    }

    postUpdate(): void {
        if (!window.segmentaHostOutline || !window.segmentaHostViewport) {
            return;
        }
        if (!window.segmentaScrollTo) {
            window.segmentaScrollTo = (x, y) => this.scrollTo(x, y);
        }
        const root = this.editorContext.modelRoot as GGraph;
        if (!root || root.type === 'NONE' || root.canvasBounds.width <= 0) {
            return;
        }
        const width = root.canvasBounds.width / root.zoom;
        const height = root.canvasBounds.height / root.zoom;
        const viewport = [root.scroll.x, root.scroll.y, width, height].map(value => value.toFixed(1)).join(' ');
        if (viewport !== this.shownViewport) {
            this.shownViewport = viewport;
            window.segmentaHostViewport(root.scroll.x, root.scroll.y, width, height);
        }
        if (root !== this.shownRoot || root.revision !== this.shownRevision) {
            this.shownRoot = root;
            this.shownRevision = root.revision;
            clearTimeout(this.pending);
            this.pending = setTimeout(() => this.requestThumbnail(), SETTLE);
        }
    }

    handle(action: Action): void {
        const result = action as OutlineImageResult;
        window.segmentaHostOutline?.(result.data, result.scale, result.margin);
    }

    protected requestThumbnail(): void {
        const request: OutlineImageAction = { kind: 'segmentaOutlineImage', size: THUMBNAIL_SIZE };
        this.actionDispatcher.dispatch(request);
    }

    protected scrollTo(x: number, y: number): void {
        const root = this.editorContext.modelRoot as GGraph;
        this.actionDispatcher.dispatch(SetViewportAction.create(root.id, { scroll: { x, y }, zoom: root.zoom }, { animate: false }));
    }
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
import {
    Bounds,
    EditorContextService,
    FitToScreenAction,
    GGraph,
    IActionDispatcher,
    KeyListener,
    LayoutOperation,
    SetViewportAction,
    TYPES,
    matchesKeystroke
} from '@eclipse-glsp/client';
import { inject, injectable } from 'inversify';
import { DiagramClipboard } from './clipboard';
import { ImageFormat, startExport } from './export-image';
import { ViewChange, hiddenEntries, openHiddenElementsDialog, pinnableNodes, shownElements, viewOperation } from './visibility';

/** How much one zoom step changes the zoom. */
const ZOOM_STEP = 1.25;
/** The smallest zoom, the viewer's limit too. */
const MIN_ZOOM = 0.1;
const FIT_PADDING = 24;

/**
 * What the toolbar, the context menu and the keys do to the whole diagram: zoom, fit, 100 %,
 * arrange all (the server's ELK layout, one undoable command) and export.
 */
@injectable()
export class DiagramCommands {
    @inject(EditorContextService) protected editorContext!: EditorContextService;
    @inject(TYPES.IActionDispatcher) protected actionDispatcher!: IActionDispatcher;

    zoomIn(): Promise<void> {
        return this.zoomTo(this.viewport().zoom * ZOOM_STEP);
    }

    zoomOut(): Promise<void> {
        return this.zoomTo(this.viewport().zoom / ZOOM_STEP);
    }

    actualSize(): Promise<void> {
        return this.zoomTo(1);
    }

    /** Zooms to show every top-level node (edges and their labels are placed relative to them), at most 100 %. */
    fit(): Promise<void> {
        const root = this.viewport();
        const nodes = root.children.filter(child => child.type.startsWith('node')) as unknown as { id: string; bounds: Bounds }[];
        const extent = nodes.reduce<Bounds | undefined>((all, node) => (all ? Bounds.combine(all, node.bounds) : node.bounds), undefined);
        const canvas = root.canvasBounds;
        if (extent && canvas.width > 0 && canvas.height > 0) {
            const zoom = Math.min(1, (canvas.width - 2 * FIT_PADDING) / extent.width, (canvas.height - 2 * FIT_PADDING) / extent.height);
            if (zoom < MIN_ZOOM) {
                // too large to fit even at the smallest zoom (a map of thousands of nodes): its top, centred across, at that zoom;
                // the viewer would clamp the zoom but keep the scroll of the smaller one, and show none of the diagram
                const margin = FIT_PADDING / MIN_ZOOM;
                const across = extent.width * MIN_ZOOM + 2 * FIT_PADDING <= canvas.width;
                const scroll = {
                    x: across ? extent.x + extent.width / 2 - canvas.width / 2 / MIN_ZOOM : extent.x - margin,
                    y: extent.y - margin
                };
                return this.actionDispatcher.dispatch(SetViewportAction.create(root.id, { scroll, zoom: MIN_ZOOM }, { animate: false }));
            }
        }
        return this.actionDispatcher.dispatch(FitToScreenAction.create(nodes.map(node => node.id), { padding: FIT_PADDING, maxZoom: 1, animate: false }));
    }

    arrangeAll(): Promise<void> {
        return this.actionDispatcher.dispatch(LayoutOperation.create());
    }

    /** Hides the selected nodes and edges in this representation, or removes them from it; the model keeps them. */
    hideSelection(change: 'HIDE' | 'REMOVE'): Promise<void> {
        const ids = shownElements(this.editorContext.selectedElements).map(element => element.id);
        return ids.length === 0 ? Promise.resolve() : this.changeView(change, ids);
    }

    /** Pins the selected nodes, or unpins them when all of them are pinned. */
    togglePin(): Promise<void> {
        const { pinned, unpinned } = pinnableNodes(this.editorContext.selectedElements);
        if (unpinned.length > 0) {
            return this.changeView('PIN', unpinned);
        }
        return pinned.length === 0 ? Promise.resolve() : this.changeView('UNPIN', pinned);
    }

    /** Opens the list of what this representation hides, to show some or all of it again. */
    showHidden(): void {
        openHiddenElementsDialog(hiddenEntries(this.editorContext.modelRoot), ids => this.changeView('SHOW', ids));
    }

    changeView(change: ViewChange, ids: string[]): Promise<void> {
        return this.actionDispatcher.dispatch(viewOperation(change, ids));
    }

    export(format: ImageFormat): void {
        startExport(format, action => this.actionDispatcher.dispatch(action));
    }

    /** Zooms about the middle of the view, so what is there stays there. */
    protected zoomTo(zoom: number): Promise<void> {
        const root = this.viewport();
        const width = root.canvasBounds.width;
        const height = root.canvasBounds.height;
        const centre = { x: root.scroll.x + width / 2 / root.zoom, y: root.scroll.y + height / 2 / root.zoom };
        const clamped = Math.min(8, Math.max(MIN_ZOOM, zoom));
        const scroll = { x: centre.x - width / 2 / clamped, y: centre.y - height / 2 / clamped };
        return this.actionDispatcher.dispatch(SetViewportAction.create(root.id, { scroll, zoom: clamped }, { animate: false }));
    }

    protected viewport(): GGraph {
        return this.editorContext.modelRoot as GGraph;
    }
}

/**
 * The keys of the diagram-wide commands (the README's Diagrams section lists them): + and -
 * zoom, 0 shows 100 %, Ctrl+Shift+F fits (Sprotty's), Alt+Shift+L arranges all (GLSP's
 * Ctrl+Shift+L is Key Assist in the workbench), Alt+Shift+E and Alt+Shift+P export SVG and PNG,
 * Alt+Shift+H hides the selection, Alt+Shift+R removes it from the diagram, Alt+Shift+U shows
 * hidden elements and Alt+Shift+N pins or unpins the selected nodes; Ctrl+C copies the selected
 * nodes, Ctrl+V pastes them and Ctrl+D duplicates them (Ctrl+X, cut, is not bound).
 */
@injectable()
export class DiagramCommandKeys extends KeyListener {
    @inject(DiagramCommands) protected commands!: DiagramCommands;
    @inject(DiagramClipboard) protected clipboard!: DiagramClipboard;

    override keyDown(_element: unknown, event: KeyboardEvent): [] {
        const run = this.commandFor(event);
        if (run) {
            event.preventDefault();
            run();
        }
        return [];
    }

    protected commandFor(event: KeyboardEvent): (() => unknown) | undefined {
        const plain = !event.ctrlKey && !event.metaKey && !event.altKey;
        if (plain && (event.key === '+' || event.key === '=')) {
            return () => this.commands.zoomIn();
        }
        if (plain && event.key === '-') {
            return () => this.commands.zoomOut();
        }
        if (plain && event.key === '0') {
            return () => this.commands.actualSize();
        }
        if (matchesKeystroke(event, 'KeyC', 'ctrlCmd')) {
            return () => this.clipboard.copy();
        }
        if (matchesKeystroke(event, 'KeyV', 'ctrlCmd')) {
            return () => this.clipboard.paste();
        }
        if (matchesKeystroke(event, 'KeyD', 'ctrlCmd')) {
            return () => this.clipboard.duplicate();
        }
        if (matchesKeystroke(event, 'KeyL', 'alt', 'shift')) {
            return () => this.commands.arrangeAll();
        }
        if (matchesKeystroke(event, 'KeyH', 'alt', 'shift')) {
            return () => this.commands.hideSelection('HIDE');
        }
        if (matchesKeystroke(event, 'KeyR', 'alt', 'shift')) {
            return () => this.commands.hideSelection('REMOVE');
        }
        if (matchesKeystroke(event, 'KeyU', 'alt', 'shift')) {
            return () => this.commands.showHidden();
        }
        if (matchesKeystroke(event, 'KeyN', 'alt', 'shift')) {
            return () => this.commands.togglePin();
        }
        if (matchesKeystroke(event, 'KeyE', 'alt', 'shift')) {
            return () => this.commands.export('svg');
        }
        if (matchesKeystroke(event, 'KeyP', 'alt', 'shift')) {
            return () => this.commands.export('png');
        }
        return undefined;
    }
}

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
    KeyCode,
    KeyListener,
    KeyboardModifier,
    LayoutOperation,
    SetViewportAction,
    TYPES,
    matchesKeystroke
} from '@eclipse-glsp/client';
import { inject, injectable } from 'inversify';
import { DiagramClipboard } from './clipboard';
import { ImageFormat, startExport } from './export-image';
import { ObservableGridManager } from './grid';
import { modelElementIds, showInModelTree, showProperties } from './host';
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
    @inject(ObservableGridManager) protected gridManager!: ObservableGridManager;

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

    /** Whether moves and resizes snap to the grid (which is shown while they do). */
    snapsToGrid(): boolean {
        return this.gridManager.isGridVisible;
    }

    toggleSnapToGrid(): void {
        this.gridManager.toggleGridVisible();
    }

    onSnapChange(listener: () => void): void {
        this.gridManager.onChange(listener);
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

    /** Selects the selected nodes' and edges' model elements in the model editor's tree (the workbench only). */
    showInModelTree(): void {
        showInModelTree(modelElementIds(this.editorContext.selectedElements));
    }

    /** Opens the Properties view on the selected model elements (the workbench only). */
    showProperties(): void {
        showProperties(modelElementIds(this.editorContext.selectedElements));
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

declare global {
    interface Window {
        /** Defined by the workbench, whose key bindings run the commands bound to keys with Ctrl or Alt. */
        segmentaHostKeys?: () => void;
    }
}

/** The diagram-wide commands, by the names the workbench's key bindings run them with ({@link runPageCommand}). */
export type PageCommand =
    | 'zoomIn'
    | 'zoomOut'
    | 'actualSize'
    | 'fit'
    | 'arrangeAll'
    | 'hide'
    | 'remove'
    | 'showHidden'
    | 'pin'
    | 'exportSvg'
    | 'exportPng'
    | 'toggleGrid'
    | 'showInTree'
    | 'properties'
    | 'copy'
    | 'paste'
    | 'duplicate';

const PAGE_COMMANDS: Record<PageCommand, (commands: DiagramCommands, clipboard: DiagramClipboard) => unknown> = {
    zoomIn: commands => commands.zoomIn(),
    zoomOut: commands => commands.zoomOut(),
    actualSize: commands => commands.actualSize(),
    fit: commands => commands.fit(),
    arrangeAll: commands => commands.arrangeAll(),
    hide: commands => commands.hideSelection('HIDE'),
    remove: commands => commands.hideSelection('REMOVE'),
    showHidden: commands => commands.showHidden(),
    pin: commands => commands.togglePin(),
    exportSvg: commands => commands.export('svg'),
    exportPng: commands => commands.export('png'),
    toggleGrid: commands => commands.toggleSnapToGrid(),
    showInTree: commands => commands.showInModelTree(),
    properties: commands => commands.showProperties(),
    copy: (_commands, clipboard) => clipboard.copy(),
    paste: (_commands, clipboard) => clipboard.paste(),
    duplicate: (_commands, clipboard) => clipboard.duplicate()
};

/** Runs the command {@code name}; false for a name that is none. */
export function runPageCommand(name: string, commands: DiagramCommands, clipboard: DiagramClipboard): boolean {
    const command = PAGE_COMMANDS[name as PageCommand];
    if (!command) {
        return false;
    }
    command(commands, clipboard);
    return true;
}

/**
 * The keys of the diagram-wide commands (the README's Diagrams section lists them, and in the
 * workbench Help > Key Assist, whose bindings run the same commands and keep the keys from the
 * page): + or Ctrl+= and - or Ctrl+- zoom, 0 or Ctrl+0 shows 100 %, Ctrl+Shift+F fits,
 * Alt+Shift+L arranges all (GLSP's Ctrl+Shift+L is Key Assist in the workbench), Alt+Shift+G
 * switches snapping to the grid, Alt+Shift+E and Alt+Shift+P export SVG and PNG, Alt+Shift+H
 * hides the selection, Alt+Shift+R removes it from the diagram, Alt+Shift+U shows hidden
 * elements and Alt+Shift+N pins or unpins the selected nodes; Ctrl+C copies the selected nodes,
 * Ctrl+V pastes them and Ctrl+D duplicates them (Ctrl+X, cut, is not bound); in the workbench
 * Alt+Shift+W shows the selection in the model tree and Alt+Enter in the Properties view.
 */
@injectable()
export class DiagramCommandKeys extends KeyListener {
    @inject(DiagramCommands) protected commands!: DiagramCommands;
    @inject(DiagramClipboard) protected clipboard!: DiagramClipboard;

    override keyDown(_element: unknown, event: KeyboardEvent): [] {
        const name = this.commandFor(event);
        // in the workbench its key bindings run the commands with modifiers; the page sees the keys too
        const hostRuns = window.segmentaHostKeys !== undefined && (event.ctrlKey || event.metaKey || event.altKey);
        if (name && !hostRuns) {
            event.preventDefault();
            runPageCommand(name, this.commands, this.clipboard);
        }
        return [];
    }

    protected commandFor(event: KeyboardEvent): PageCommand | undefined {
        const plain = !event.ctrlKey && !event.metaKey && !event.altKey;
        const ctrlOnly = (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey;
        if ((plain && event.key === '+') || ((plain || ctrlOnly) && event.key === '=')) {
            return 'zoomIn';
        }
        if ((plain || ctrlOnly) && event.key === '-') {
            return 'zoomOut';
        }
        if ((plain || ctrlOnly) && event.key === '0') {
            return 'actualSize';
        }
        const keys: [KeyCode, PageCommand, ...KeyboardModifier[]][] = [
            ['KeyC', 'copy', 'ctrlCmd'],
            ['KeyV', 'paste', 'ctrlCmd'],
            ['KeyD', 'duplicate', 'ctrlCmd'],
            ['KeyG', 'toggleGrid', 'alt', 'shift'],
            ['KeyL', 'arrangeAll', 'alt', 'shift'],
            ['KeyH', 'hide', 'alt', 'shift'],
            ['KeyR', 'remove', 'alt', 'shift'],
            ['KeyU', 'showHidden', 'alt', 'shift'],
            ['KeyN', 'pin', 'alt', 'shift'],
            ['KeyE', 'exportSvg', 'alt', 'shift'],
            ['KeyP', 'exportPng', 'alt', 'shift'],
            ['KeyW', 'showInTree', 'alt', 'shift'],
            ['Enter', 'properties', 'alt']
        ];
        return keys.find(([code, , ...modifiers]) => matchesKeystroke(event, code, ...modifiers))?.[1];
    }
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
import 'reflect-metadata';

import '@vscode/codicons/dist/codicon.css';
import '@eclipse-glsp/client/css/glsp-sprotty.css';
import 'sprotty/css/edit-label.css';
import '../css/diagram.css';

import {
    Action,
    CenterAction,
    DOMHelper,
    DiagramLoader,
    EditorContextService,
    GLSPActionDispatcher,
    GLSPClient,
    GLSPWebSocketProvider,
    STANDALONE_MODULES,
    SelectAction,
    TYPES,
    copyPasteModule,
    createDiagramOptionsModule,
    exportModule,
    gridModule,
    helperLineModule,
    initializeDiagramContainer,
    isSelectable,
    standaloneCopyPasteModule,
    standaloneExportModule
} from '@eclipse-glsp/client';
import { Container } from 'inversify';
import { MessageConnection } from 'vscode-jsonrpc';
import { DiagramClipboard } from './clipboard';
import { DiagramCommands, runPageCommand } from './diagram-commands';
import { segmentaDiagramModule } from './diagram-module';
import { ChangesApplyingGLSPClient } from './model-changes';

/*
 * The page is served by the Segmenta diagram server with ?token=...&kind=...; the websocket goes
 * back to the same server with the same token.
 */
const parameters = new URLSearchParams(window.location.search);
const token = parameters.get('token') ?? '';
const diagramType = parameters.get('kind') ?? 'segment-tree';
const clientId = 'segmenta-diagram';
const webSocketUrl = `ws://${window.location.host}/glsp?token=${encodeURIComponent(token)}`;

/** What the page offers its host (the workbench editor's Browser, the browser tests). */
export interface SegmentaDiagramApi {
    /** Dispatches a GLSP action as if the user had triggered it. */
    dispatch(action: Action): Promise<void>;
    /** Selects the diagram elements with these GModel ids (and nothing else). */
    select(elementIds: string[]): Promise<void>;
    /**
     * Selects the diagram elements that show these model elements (their ids, as in the model file)
     * and nothing else, and scrolls them into the middle when none of them is in view.
     */
    selectElements(modelElementIds: string[]): Promise<void>;
    /** The GModel ids of the selected diagram elements. */
    selection(): string[];
    /** Scrolls the elements into the middle of the view. */
    center(elementIds: string[]): Promise<void>;
    /** Zooms to show the whole diagram. */
    fit(): Promise<void>;
    /** Zooms to 100 % about the middle of the view. */
    actualSize(): Promise<void>;
    /** Runs a diagram-wide command by name (the workbench's key bindings do); false for an unknown name. */
    run(name: string): boolean;
    /** The zoom now (1 is 100 %). */
    zoom(): number;
}

declare global {
    interface Window {
        /** Set once the first model is shown; tests and the workbench wait for it. */
        segmentaDiagramReady?: boolean;
        segmentaDiagram?: SegmentaDiagramApi;
        /** The host's hook (the workbench editor's), called each time the diagram is shown and ready. */
        segmentaDiagramShown?: () => void;
    }
}

let glspClient: GLSPClient | undefined;

/*
 * Left out of GLSP's standalone set: its copy, cut and paste on the browser's clipboard events
 * (Segmenta's keys send the same protocol, see clipboard.ts, and leave cut unbound, so no key sends
 * an operation the server does not handle), and the client-side SVG export, which Segmenta's
 * export replaces (the server's painter, SVG and PNG).
 */
const modules = {
    add: STANDALONE_MODULES.filter(module => module !== standaloneCopyPasteModule && module !== standaloneExportModule),
    remove: [copyPasteModule, exportModule]
};

async function initialize(connection: MessageConnection, isReconnecting = false): Promise<void> {
    // the stages of opening, for the workbench benchmark (DiagramEditorStallBenchmark)
    performance.mark('segmenta-connected');
    glspClient = new ChangesApplyingGLSPClient({ id: 'segmenta', connectionProvider: connection });
    const container = initializeDiagramContainer(
        new Container(),
        createDiagramOptionsModule({ clientId, diagramType, glspClientProvider: async () => glspClient!, sourceUri: diagramType }),
        // GLSP's grid and helper lines are not in its default set; before Segmenta's module, which rebinds the grid and its snapper
        gridModule,
        helperLineModule,
        segmentaDiagramModule,
        modules
    );
    await container.get(DiagramLoader).load({ requestModelOptions: { isReconnecting } });
    performance.mark('segmenta-loaded');
    const dispatcher = container.get(GLSPActionDispatcher);
    const editorContext = container.get(EditorContextService);
    const commands = container.get(DiagramCommands);
    const clipboard = container.get(DiagramClipboard);
    const domHelper = container.get<DOMHelper>(TYPES.DOMHelper);
    const select = (ids: string[]) => dispatcher.dispatch(SelectAction.create({ selectedElementsIDs: ids, deselectedElementsIDs: true }));
    const center = (ids: string[]) => dispatcher.dispatch(CenterAction.create(ids, { animate: false, retainZoom: true }));
    // the client renders only what is in view: an element outside it has no DOM node
    const inView = (id: string): boolean => {
        const element = editorContext.modelRoot.index.getById(id);
        const shown = element && document.getElementById(domHelper.createUniqueDOMElementId(element));
        const view = document.getElementById(clientId)?.getBoundingClientRect();
        if (!shown || !view) {
            return false;
        }
        const box = shown.getBoundingClientRect();
        return box.right > view.left && box.left < view.right && box.bottom > view.top && box.top < view.bottom;
    };
    window.segmentaDiagram = {
        dispatch: action => dispatcher.dispatch(action),
        select,
        selectElements: async modelElementIds => {
            const wanted = new Set(modelElementIds);
            const ids = Array.from(editorContext.modelRoot.index.all())
                .filter(element => isSelectable(element) && wanted.has(String((element as { args?: Record<string, unknown> }).args?.element)))
                .map(element => element.id);
            await select(ids);
            if (ids.length > 0 && !ids.some(inView)) {
                await center(ids);
            }
        },
        selection: () => editorContext.selectedElements.map(element => element.id),
        center,
        fit: () => commands.fit(),
        actualSize: () => commands.actualSize(),
        run: name => runPageCommand(name, commands, clipboard),
        zoom: () => (editorContext.modelRoot as unknown as { zoom: number }).zoom
    };
    if (!isReconnecting) {
        await window.segmentaDiagram.fit();
    }
    window.segmentaDiagramReady = true;
    performance.mark('segmenta-shown');
    document.body.classList.add('segmenta-ready');
    window.segmentaDiagramShown?.();
}

async function reconnect(connection: MessageConnection): Promise<void> {
    glspClient?.stop();
    await initialize(connection, true);
}

document.title = `Segmenta · ${diagramType}`;
new GLSPWebSocketProvider(webSocketUrl).listen({ onConnection: initialize, onReconnect: reconnect, logger: console });

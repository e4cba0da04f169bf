import 'reflect-metadata';

import '@vscode/codicons/dist/codicon.css';
import '@eclipse-glsp/client/css/glsp-sprotty.css';
import 'sprotty/css/edit-label.css';
import '../css/diagram.css';

import {
    Action,
    BaseJsonrpcGLSPClient,
    CenterAction,
    DiagramLoader,
    EditorContextService,
    FitToScreenAction,
    GLSPActionDispatcher,
    GLSPClient,
    GLSPWebSocketProvider,
    STANDALONE_MODULE_CONFIG,
    SelectAction,
    createDiagramOptionsModule,
    initializeDiagramContainer
} from '@eclipse-glsp/client';
import { Container } from 'inversify';
import { MessageConnection } from 'vscode-jsonrpc';
import { segmentaDiagramModule } from './diagram-module';

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
    /** Scrolls the elements into the middle of the view. */
    center(elementIds: string[]): Promise<void>;
    /** Zooms to show the whole diagram. */
    fit(): Promise<void>;
}

declare global {
    interface Window {
        /** Set once the first model is shown; tests and the workbench wait for it. */
        segmentaDiagramReady?: boolean;
        segmentaDiagram?: SegmentaDiagramApi;
    }
}

let glspClient: GLSPClient | undefined;

async function initialize(connection: MessageConnection, isReconnecting = false): Promise<void> {
    glspClient = new BaseJsonrpcGLSPClient({ id: 'segmenta', connectionProvider: connection });
    const container = initializeDiagramContainer(
        new Container(),
        createDiagramOptionsModule({ clientId, diagramType, glspClientProvider: async () => glspClient!, sourceUri: diagramType }),
        segmentaDiagramModule,
        STANDALONE_MODULE_CONFIG
    );
    await container.get(DiagramLoader).load({ requestModelOptions: { isReconnecting } });
    const dispatcher = container.get(GLSPActionDispatcher);
    const editorContext = container.get(EditorContextService);
    // the top-level nodes: their bounds are what fitting needs (edges and their labels are placed relative to them)
    const topLevelNodes = (): string[] => editorContext.modelRoot.children.filter(child => child.type.startsWith('node')).map(child => child.id);
    window.segmentaDiagram = {
        dispatch: action => dispatcher.dispatch(action),
        select: ids => dispatcher.dispatch(SelectAction.create({ selectedElementsIDs: ids, deselectedElementsIDs: true })),
        center: ids => dispatcher.dispatch(CenterAction.create(ids, { animate: false, retainZoom: true })),
        fit: () => dispatcher.dispatch(FitToScreenAction.create(topLevelNodes(), { padding: 24, maxZoom: 1, animate: false }))
    };
    if (!isReconnecting) {
        await window.segmentaDiagram.fit();
    }
    window.segmentaDiagramReady = true;
    document.body.classList.add('segmenta-ready');
}

async function reconnect(connection: MessageConnection): Promise<void> {
    glspClient?.stop();
    await initialize(connection, true);
}

document.title = `Segmenta · ${diagramType}`;
new GLSPWebSocketProvider(webSocketUrl).listen({ onConnection: initialize, onReconnect: reconnect, logger: console });

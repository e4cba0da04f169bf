/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
import {
    ChangeBoundsTool,
    ConsoleLogger,
    DefaultTypes,
    EdgeEditTool,
    FeatureModule,
    GEdge,
    GridManager,
    LogLevel,
    MessageAction,
    SetClipboardDataAction,
    TYPES,
    ToolPalette,
    bindAsService,
    bindOrRebind,
    configureActionHandler,
    configureDefaultModelElements,
    configureModelElement,
    editLabelFeature,
    selectFeature,
    overrideModelElement
} from '@eclipse-glsp/client';
import { DiagramClipboard } from './clipboard';
import { SegmentaContextMenuItems, SegmentaContextMenuService } from './context-menu';
import { DiagramCommandKeys, DiagramCommands } from './diagram-commands';
import { EXPORT_IMAGE_RESULT, ExportImageResultHandler } from './export-image';
import { GRID, ObservableGridManager, SwitchableGridSnapper } from './grid';
import { LayerPanel } from './layer-panel';
import { LayerToolPalette } from './layer-tool-palette';
import { SegmentaLabel, SegmentaNode } from './model';
import { NoticeHandler } from './notices';
import { OUTLINE_IMAGE_RESULT, OutlineReporter } from './outline';
import { SubtypeModelRegistry, SubtypeViewRegistry } from './registries';
import { ReconnectingEdgeEditTool } from './reconnect-tool';
import { ReparentingChangeBoundsTool } from './reparent-tool';
import { DiagramToolbar } from './toolbar';
import { SegmentaEdgeView, SegmentaLabelView, SegmentaNodeView } from './views';

export const segmentaDiagramModule = new FeatureModule(
    (bind, unbind, isBound, rebind) => {
        const context = { bind, unbind, isBound, rebind };
        bindOrRebind(context, TYPES.ILogger).to(ConsoleLogger).inSingletonScope();
        bindOrRebind(context, TYPES.LogLevel).toConstantValue(LogLevel.warn);
        configureDefaultModelElements(context);
        rebind(TYPES.SModelRegistry).to(SubtypeModelRegistry).inSingletonScope();
        rebind(TYPES.ViewRegistry).to(SubtypeViewRegistry).inSingletonScope();
        // node:<mapping id> and edge:<mapping id> fall back to these; the shape is in the node's args
        overrideModelElement(context, DefaultTypes.NODE, SegmentaNode, SegmentaNodeView);
        // editable only where the server marks the label so (a rename tool applies)
        configureModelElement(context, 'label:name', SegmentaLabel, SegmentaLabelView, { enable: [editLabelFeature] });
        configureModelElement(context, 'label:detail', SegmentaLabel, SegmentaLabelView);
        // edge labels are not selectable: a click on one selects its edge, and fitting to the screen skips them
        configureModelElement(context, 'label:edge', SegmentaLabel, SegmentaLabelView, { disable: [selectFeature] });
        overrideModelElement(context, DefaultTypes.EDGE, GEdge, SegmentaEdgeView);
        bindAsService(context, TYPES.IDiagramStartup, LayerPanel);
        rebind(ToolPalette).to(LayerToolPalette).inSingletonScope();
        rebind(ChangeBoundsTool).to(ReparentingChangeBoundsTool).inSingletonScope();
        rebind(EdgeEditTool).to(ReconnectingEdgeEditTool).inSingletonScope();
        bindOrRebind(context, TYPES.Grid).toConstantValue(GRID);
        bindOrRebind(context, TYPES.ISnapper).to(SwitchableGridSnapper).inSingletonScope();
        bind(ObservableGridManager).toSelf().inSingletonScope();
        rebind(GridManager).toService(ObservableGridManager);

        bind(DiagramCommands).toSelf().inSingletonScope();
        bind(DiagramClipboard).toSelf().inSingletonScope();
        configureActionHandler(context, SetClipboardDataAction.KIND, DiagramClipboard);
        bindAsService(context, TYPES.KeyListener, DiagramCommandKeys);
        bindAsService(context, TYPES.IDiagramStartup, DiagramToolbar);
        bind(TYPES.IContextMenuService).to(SegmentaContextMenuService).inSingletonScope();
        bindAsService(context, TYPES.IContextMenuItemProvider, SegmentaContextMenuItems);
        bind(ExportImageResultHandler).toSelf().inSingletonScope();
        configureActionHandler(context, EXPORT_IMAGE_RESULT, ExportImageResultHandler);
        bind(NoticeHandler).toSelf().inSingletonScope();
        configureActionHandler(context, MessageAction.KIND, NoticeHandler);
        bind(OutlineReporter).toSelf().inSingletonScope();
        bind(TYPES.IVNodePostprocessor).toService(OutlineReporter);
        configureActionHandler(context, OUTLINE_IMAGE_RESULT, OutlineReporter);
    },
    { featureId: Symbol('segmentaDiagram') }
);

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
import {
    ConsoleLogger,
    DefaultTypes,
    DeleteElementContextMenuItemProvider,
    FeatureModule,
    GEdge,
    LogLevel,
    TYPES,
    ToolPalette,
    bindAsService,
    bindOrRebind,
    configureDefaultModelElements,
    configureModelElement,
    editLabelFeature,
    selectFeature,
    overrideModelElement
} from '@eclipse-glsp/client';
import { LayerPanel } from './layer-panel';
import { LayerToolPalette } from './layer-tool-palette';
import { SegmentaLabel, SegmentaNode } from './model';
import { SubtypeModelRegistry, SubtypeViewRegistry } from './registries';
import { SegmentaEdgeView, SegmentaLabelView, SegmentaNodeView } from './views';

export const segmentaDiagramModule = new FeatureModule(
    (bind, unbind, isBound, rebind) => {
        const context = { bind, unbind, isBound, rebind };
        bindOrRebind(context, TYPES.ILogger).to(ConsoleLogger).inSingletonScope();
        bindOrRebind(context, TYPES.LogLevel).toConstantValue(LogLevel.warn);
        bindAsService(context, TYPES.IContextMenuItemProvider, DeleteElementContextMenuItemProvider);
        configureDefaultModelElements(context);
        rebind(TYPES.SModelRegistry).to(SubtypeModelRegistry).inSingletonScope();
        rebind(TYPES.ViewRegistry).to(SubtypeViewRegistry).inSingletonScope();
        // node:<mapping id> and edge:<mapping id> fall back to these; the shape is in the node's args
        overrideModelElement(context, DefaultTypes.NODE, SegmentaNode, SegmentaNodeView);
        configureModelElement(context, 'label:name', SegmentaLabel, SegmentaLabelView, { enable: [editLabelFeature] });
        configureModelElement(context, 'label:detail', SegmentaLabel, SegmentaLabelView);
        // edge labels are not selectable: a click on one selects its edge, and fitting to the screen skips them
        configureModelElement(context, 'label:edge', SegmentaLabel, SegmentaLabelView, { disable: [selectFeature] });
        overrideModelElement(context, DefaultTypes.EDGE, GEdge, SegmentaEdgeView);
        bindAsService(context, TYPES.IDiagramStartup, LayerPanel);
        rebind(ToolPalette).to(LayerToolPalette).inSingletonScope();
    },
    { featureId: Symbol('segmentaDiagram') }
);

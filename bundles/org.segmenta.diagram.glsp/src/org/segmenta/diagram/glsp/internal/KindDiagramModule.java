/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.glsp.internal;

import org.eclipse.glsp.server.actions.ActionHandler;
import org.eclipse.glsp.server.di.DiagramModule;
import org.eclipse.glsp.server.di.MultiBinding;
import org.eclipse.glsp.server.diagram.DiagramConfiguration;
import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.eclipse.glsp.server.features.core.model.ModelSubmissionHandler;
import org.eclipse.glsp.server.features.contextmenu.ContextMenuItemProvider;
import org.eclipse.glsp.server.features.core.model.SourceModelStorage;
import org.eclipse.glsp.server.features.toolpalette.ToolPaletteItemProvider;
import org.eclipse.glsp.server.features.validation.ModelValidator;
import org.eclipse.glsp.server.layout.LayoutEngine;
import org.eclipse.glsp.server.model.GModelState;
import org.eclipse.glsp.server.operations.CompoundOperationHandler;
import org.eclipse.glsp.server.operations.OperationHandler;

/**
 * The GLSP diagram module of one diagram kind. Nothing in it is specific to a kind: the kind's
 * description (found by the diagram type, which is the kind id) supplies the graph, the palette,
 * the type hints and what each operation means.
 */
final class KindDiagramModule extends DiagramModule {

	private final String kind;

	KindDiagramModule(String kind) {
		this.kind = kind;
	}

	@Override
	public String getDiagramType() {
		return kind;
	}

	@Override
	protected Class<? extends DiagramConfiguration> bindDiagramConfiguration() {
		return DescriptionDiagramConfiguration.class;
	}

	@Override
	protected Class<? extends GModelState> bindGModelState() {
		return SegmentaModelState.class;
	}

	@Override
	protected Class<? extends SourceModelStorage> bindSourceModelStorage() {
		return SegmentaModelStorage.class;
	}

	@Override
	protected Class<? extends GModelFactory> bindGModelFactory() {
		return DiagramGraphToGModel.class;
	}

	@Override
	protected Class<? extends ToolPaletteItemProvider> bindToolPaletteItemProvider() {
		return DescriptionToolPalette.class;
	}

	@Override
	protected Class<? extends ContextMenuItemProvider> bindContextMenuItemProvider() {
		return DescriptionContextMenu.class;
	}

	@Override
	protected Class<? extends ModelValidator> bindModelValidator() {
		return FindingsValidator.class;
	}

	@Override
	protected Class<? extends LayoutEngine> bindLayoutEngine() {
		return ElkLayoutEngine.class;
	}

	@Override
	protected void configureAdditionals() {
		super.configureAdditionals();
		bind(ModelSubmissionHandler.class).to(ChangesSubmissionHandler.class);
	}

	@Override
	protected void configureActionHandlers(MultiBinding<ActionHandler> binding) {
		super.configureActionHandlers(binding);
		binding.add(SelectionForwarder.class);
		binding.add(ToggleHandler.class);
		binding.add(RefreshHandler.class);
		binding.add(ExportImageHandler.class);
		binding.add(OutlineImageHandler.class);
		binding.add(ClipboardDataHandler.class);
	}

	@Override
	protected void configureOperationHandlers(MultiBinding<OperationHandler<?>> binding) {
		// not super's: its layout, cut and paste handlers record GModel changes, ours are EMF commands;
		// cut is not handled, and the page does not send it
		binding.add(CompoundOperationHandler.class);
		binding.add(DiagramOperationHandlers.CreateNode.class);
		binding.add(DiagramOperationHandlers.CreateEdge.class);
		binding.add(DiagramOperationHandlers.ReconnectEdge.class);
		binding.add(DiagramOperationHandlers.Delete.class);
		binding.add(DiagramOperationHandlers.ChangeBounds.class);
		binding.add(DiagramOperationHandlers.ChangeRoutingPoints.class);
		binding.add(DiagramOperationHandlers.EditLabel.class);
		binding.add(DiagramOperationHandlers.Arrange.class);
		binding.add(DiagramOperationHandlers.Drop.class);
		binding.add(DiagramOperationHandlers.ChangeView.class);
		binding.add(DiagramOperationHandlers.Paste.class);
	}
}

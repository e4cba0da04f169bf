/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.glsp.internal;

import java.util.Base64;
import java.util.List;

import org.eclipse.glsp.server.actions.AbstractActionHandler;
import org.eclipse.glsp.server.actions.Action;
import org.segmenta.diagram.Bounds;
import org.segmenta.diagram.DiagramGraph;
import org.segmenta.diagram.DiagramImages;

import com.google.inject.Inject;

/**
 * Draws the Outline view's thumbnail with the headless painter, so it looks as the exported
 * diagram does. The graph is read while no command runs ({@code ModelAccess.read}) and painted
 * after: a graph is not changed once built, and painting thousands of nodes must hold up neither
 * the workbench nor its edits.
 */
public class OutlineImageHandler extends AbstractActionHandler<OutlineImageAction> {

	/** The largest thumbnail drawn, whatever the page asks for. */
	private static final int MAX_SIZE = 1024;

	@Inject
	protected SegmentaModelState modelState;

	@Override
	protected List<Action> executeAction(OutlineImageAction action) {
		DiagramGraph graph = modelState.graph();
		Bounds size = DiagramImages.size(graph);
		int wanted = Math.max(16, Math.min(MAX_SIZE, action.getSize()));
		// a small diagram is not blown up past its own size
		double scale = Math.min(1, wanted / Math.max(size.width(), size.height()));
		byte[] png = DiagramImages.png(graph, scale);
		return listOf(new OutlineImageResult(Base64.getEncoder().encodeToString(png), scale, DiagramImages.MARGIN));
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.glsp.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.eclipse.glsp.server.actions.AbstractActionHandler;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.utils.MessageActionUtil;
import org.segmenta.diagram.DiagramGraph;
import org.segmenta.diagram.DiagramImages;
import org.segmenta.diagram.DiagramMessages;

import com.google.inject.Inject;

/**
 * Renders the diagram as the user sees it (saved layout, layers, filters, validation badges) with
 * the headless painter, so the image is the same as {@code ./segmenta export-diagram} writes, and
 * sends it to the client, which saves it.
 */
public class ExportImageHandler extends AbstractActionHandler<ExportImageAction> {

	@Inject
	protected SegmentaModelState modelState;

	@Override
	protected List<Action> executeAction(ExportImageAction action) {
		String format = action.getFormat() == null ? "" : action.getFormat();
		if (!format.equals("svg") && !format.equals("png")) {
			return listOf(MessageActionUtil.warn(DiagramMessages.of(modelState.context().kinds().locale()).text("server.exportFormat", format)));
		}
		// drawn on the server's thread from the graph, which holds all it shows: commands may run meanwhile
		byte[] bytes = render(modelState.graph(), format);
		String model = modelState.context().modelFile().getFileName().toString().replaceFirst("\\.[^.]*$", "");
		String fileName = model + "-" + modelState.diagram().description().getId() + "." + format;
		return listOf(new ExportImageResult(format, fileName, format.equals("svg") ? "image/svg+xml" : "image/png",
				Base64.getEncoder().encodeToString(bytes)));
	}

	private static byte[] render(DiagramGraph graph, String format) {
		if (format.equals("svg")) {
			return DiagramImages.svg(graph).getBytes(StandardCharsets.UTF_8);
		}
		return DiagramImages.png(graph, 2);
	}
}

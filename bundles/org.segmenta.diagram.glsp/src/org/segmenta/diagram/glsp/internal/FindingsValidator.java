/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.glsp.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.server.features.validation.Marker;
import org.eclipse.glsp.server.features.validation.MarkerKind;
import org.eclipse.glsp.server.features.validation.ModelValidator;

/**
 * The validation findings on the diagram's nodes as GLSP markers (the client shows them as issue
 * decorations with the messages on hover). The findings come from the model's validation, run
 * when the diagram is built (see {@link DiagramGraphToGModel}).
 */
public class FindingsValidator implements ModelValidator {

	@Override
	public List<Marker> validate(List<GModelElement> elements, String reason) {
		List<Marker> markers = new ArrayList<>();
		for (GModelElement element : elements) {
			collect(element, markers);
		}
		return markers;
	}

	private static void collect(GModelElement element, List<Marker> markers) {
		if (element instanceof GNode && element.getArgs().get(DiagramGraphToGModel.PROBLEMS_ARG) instanceof String problems) {
			String severity = String.valueOf(element.getArgs().get(DiagramGraphToGModel.SEVERITY_ARG));
			String kind = switch (severity) {
			case "ERROR" -> MarkerKind.ERROR;
			case "WARNING" -> MarkerKind.WARNING;
			default -> MarkerKind.INFO;
			};
			String first = problems.lines().findFirst().orElse(problems);
			markers.add(new Marker(first, problems, element.getId(), kind));
		}
		element.getChildren().forEach(child -> collect(child, markers));
	}
}

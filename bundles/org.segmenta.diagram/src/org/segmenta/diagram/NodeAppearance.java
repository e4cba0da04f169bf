/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram;

import java.util.Locale;

import org.segmenta.diagram.description.NodeShape;

/**
 * How one node looks: its mapping's style with the conditional styles that hold for its element
 * applied, and defaults for whatever no style sets. Colours are {@code #RRGGBB}.
 */
public record NodeAppearance(NodeShape shape, String fill, String border, String labelColour, double borderWidth,
		int fontSize, boolean bold) {

	/** The look of a node whose styles set nothing. */
	public static final NodeAppearance DEFAULT = new NodeAppearance(NodeShape.ROUNDED, "#FFFFFF", "#5B6770", "#1F2933",
			1.5, 13, false);

	/** The CSS class a web client styles this shape with, e.g. {@code shape-card}. */
	public String shapeClass() {
		return "shape-" + shape.getLiteral().toLowerCase(Locale.ROOT);
	}
}

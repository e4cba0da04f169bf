/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram;

import org.segmenta.diagram.description.ArrowStyle;
import org.segmenta.diagram.description.LineStyle;

/** How one edge looks, with defaults for whatever no style sets. */
public record EdgeAppearance(String colour, double width, LineStyle lineStyle, ArrowStyle sourceArrow,
		ArrowStyle targetArrow) {

	/** The look of an edge whose styles set nothing. */
	public static final EdgeAppearance DEFAULT = new EdgeAppearance("#7B8794", 1.5, LineStyle.SOLID, ArrowStyle.NONE,
			ArrowStyle.ARROW);
}

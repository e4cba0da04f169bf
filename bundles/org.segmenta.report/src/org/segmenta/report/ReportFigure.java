/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.report;

/**
 * A contributed figure and the part of the report it belongs to.
 *
 * @param place  the section that shows it (HTML, PDF) and the slides it follows (PPTX)
 * @param figure the figure, at its layout size
 */
public record ReportFigure(Place place, ReportChart figure) {

	/** The sections that take contributed figures. */
	public enum Place {
		SEGMENTATIONS, PERSONAS, VALUE_COMMUNITIES, BUYING_CENTRES
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.report;

/**
 * A contributed figure and the part of the report it belongs to, or, in its place, what a reader
 * is told of a figure too large for a report.
 *
 * @param place    the section that shows it (HTML, PDF) and the slides it follows (PPTX)
 * @param figure   the figure, at its layout size; null when it is left out
 * @param leftOut  why the figure is left out; null when it is shown
 */
public record ReportFigure(Place place, ReportChart figure, LeftOut leftOut) {

	/** The sections that take contributed figures. */
	public enum Place {
		SEGMENTATIONS, PERSONAS, VALUE_COMMUNITIES, BUYING_CENTRES
	}

	/**
	 * A figure left out for {@link ReportLimits#DIAGRAM_NODES}.
	 *
	 * @param name     the figure's name, such as the diagram kind's label
	 * @param elements how many elements it would draw
	 */
	public record LeftOut(String name, int elements) {
	}

	/** A figure the report shows. */
	public ReportFigure(Place place, ReportChart figure) {
		this(place, figure, null);
	}

	/** In place of the figure {@code name}, of {@code elements} elements: too large for a report. */
	public static ReportFigure tooLarge(Place place, String name, int elements) {
		return new ReportFigure(place, null, new LeftOut(name, elements));
	}
}

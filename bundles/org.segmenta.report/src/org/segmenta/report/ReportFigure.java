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
 * @param caption  what the figure shows, for its caption and slide title; null for none
 */
public record ReportFigure(Place place, ReportChart figure, LeftOut leftOut, Caption caption) {

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

	/**
	 * What a figure shows, captioned in the report's language as "Value-community map: Nordfag".
	 *
	 * @param kind  the diagram kind's id, such as {@code value-community-map}; a kind the report has
	 *              no text for is named by the figure's title
	 * @param root  the label of the element the figure starts from, as the model writes it
	 */
	public record Caption(String kind, String root) {
	}

	/** A figure the report shows, captioned with its title. */
	public ReportFigure(Place place, ReportChart figure) {
		this(place, figure, null, null);
	}

	/** A figure the report shows, captioned by {@code caption}. */
	public ReportFigure(Place place, ReportChart figure, Caption caption) {
		this(place, figure, null, caption);
	}

	/** In place of the figure {@code name}, of {@code elements} elements: too large for a report. */
	public static ReportFigure tooLarge(Place place, String name, int elements) {
		return new ReportFigure(place, null, new LeftOut(name, elements), null);
	}
}

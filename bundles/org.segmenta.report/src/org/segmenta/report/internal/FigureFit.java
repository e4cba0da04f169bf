/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.report.internal;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import org.segmenta.report.ReportChart;

/**
 * How a figure goes onto a page or slide area: whole, at the scale it is wanted at where that fits,
 * or, when even fitted its smallest text would fall below the format's minimum, split into parts
 * shown one per page or slide at the scale that keeps that text readable. Neighbouring parts
 * overlap, so a label cut at one part's edge is whole in the next.
 *
 * @param scale the area's units (points) per layout unit of the figure
 * @param parts the regions of the figure, in layout units, row by row; one region when whole
 */
record FigureFit(double scale, List<Rectangle2D> parts) {

	/** The share of a part that its neighbour shows again. */
	private static final double OVERLAP = 0.12;

	/**
	 * @param minimumText the smallest text size the format allows, in points
	 * @param preferred   the scale the figure is drawn at when the area leaves room
	 */
	static FigureFit of(ReportChart figure, double minimumText, double preferred, double areaWidth, double areaHeight) {
		double smallest = figure.smallestText();
		double readable = Double.isFinite(smallest) && smallest > 0 ? minimumText / smallest : 0;
		double wanted = Math.max(preferred, readable);
		double fit = Math.min(areaWidth / figure.width(), areaHeight / figure.height());
		if (fit >= readable) {
			return new FigureFit(Math.min(wanted, fit),
					List.of(new Rectangle2D.Double(0, 0, figure.width(), figure.height())));
		}
		return new FigureFit(readable, split(figure.width(), figure.height(), areaWidth / readable, areaHeight / readable));
	}

	/** The scale {@code figure} is wanted at: {@code preferred}, or larger where its text needs it. */
	static double wanted(ReportChart figure, double minimumText, double preferred) {
		double smallest = figure.smallestText();
		return Double.isFinite(smallest) && smallest > 0 ? Math.max(preferred, minimumText / smallest) : preferred;
	}

	boolean whole() {
		return parts.size() == 1;
	}

	/** The width and height of {@code part} in the area, in points. */
	double width(Rectangle2D part) {
		return part.getWidth() * scale;
	}

	double height(Rectangle2D part) {
		return part.getHeight() * scale;
	}

	private static List<Rectangle2D> split(double width, double height, double partWidth, double partHeight) {
		int columns = count(width, partWidth);
		int rows = count(height, partHeight);
		double stepX = columns == 1 ? 0 : (width - partWidth) / (columns - 1);
		double stepY = rows == 1 ? 0 : (height - partHeight) / (rows - 1);
		List<Rectangle2D> parts = new ArrayList<>();
		for (int row = 0; row < rows; row++) {
			for (int column = 0; column < columns; column++) {
				parts.add(new Rectangle2D.Double(column * stepX, row * stepY, Math.min(width, partWidth),
						Math.min(height, partHeight)));
			}
		}
		return parts;
	}

	/** How many parts of {@code part}, overlapping by {@link #OVERLAP}, cover {@code total}. */
	private static int count(double total, double part) {
		return total <= part ? 1 : 1 + (int) Math.ceil((total - part) / (part * (1 - OVERLAP)));
	}
}

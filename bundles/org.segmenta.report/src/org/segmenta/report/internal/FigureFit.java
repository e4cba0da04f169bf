/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.report.internal;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.segmenta.report.ReportChart;
import org.segmenta.report.ReportChart.Region;
import org.segmenta.report.ReportLanguage;

/**
 * How a figure goes onto a page or slide area: whole, at the scale it is wanted at where that fits,
 * or, when even fitted its smallest text would fall below the format's minimum, split into parts
 * shown one per page or slide with that text readable. A figure with {@linkplain ReportChart#regions()
 * regions} is split by them (one value community and its neighbours a page, or as many whole cards
 * as fit); consecutive regions that fit together share a part. Otherwise, and for a region too large
 * for any page, the figure is cut into an even grid of pieces; neighbouring pieces overlap, so a
 * label cut at one piece's edge is whole in the next.
 *
 * @param scale the area's units (points) per layout unit of the whole figure, or of its pieces
 * @param parts the regions of the figure to show, in order; one covering it all when whole
 */
record FigureFit(double scale, List<Part> parts) {

	/**
	 * One page's or slide's share of a figure.
	 *
	 * @param region where it is in the figure, in layout units
	 * @param name   what it shows, for its caption; null for a piece of an even grid
	 * @param scale  the area's units per layout unit it is shown at
	 * @param shows  the ids of the elements drawn in it; empty to draw whatever lies in its region
	 */
	record Part(Rectangle2D region, String name, double scale, Set<String> shows) {

		Part {
			shows = Set.copyOf(shows);
		}
	}

	/** The share of a piece that its neighbour shows again. */
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
			double scale = Math.min(wanted, fit);
			return new FigureFit(scale,
					List.of(new Part(new Rectangle2D.Double(0, 0, figure.width(), figure.height()), null, scale, Set.of())));
		}
		Rectangle2D page = new Rectangle2D.Double(0, 0, areaWidth / readable, areaHeight / readable);
		List<Part> parts = new ArrayList<>();
		if (figure.regions().isEmpty()) {
			cut(new Rectangle2D.Double(0, 0, figure.width(), figure.height()), null, Set.of(), page, readable, parts);
		} else {
			Packing packing = new Packing(page, readable, wanted, areaWidth, areaHeight, parts);
			for (Region region : figure.regions()) {
				packing.add(region);
			}
			packing.flush();
		}
		return new FigureFit(readable, List.copyOf(parts));
	}

	/** The scale {@code figure} is wanted at: {@code preferred}, or larger where its text needs it. */
	static double wanted(ReportChart figure, double minimumText, double preferred) {
		double smallest = figure.smallestText();
		return Double.isFinite(smallest) && smallest > 0 ? Math.max(preferred, minimumText / smallest) : preferred;
	}

	boolean whole() {
		return parts.size() == 1 && parts.get(0).name() == null;
	}

	/**
	 * The caption of part {@code index} of {@code figure}: "Value-community map: Nordfag – Craft
	 * masters (part 2 of 6)", without a name for a piece of an even grid.
	 */
	String caption(String figure, int index, ReportLanguage language) {
		Part part = parts.get(index);
		if (parts.size() == 1) {
			// a single part needs no "part 1 of 1"
			return part.name() == null ? figure : language.text("caption.named", figure, part.name());
		}
		String of = language.count(parts.size());
		return part.name() == null ? language.text("caption.part", figure, language.count(index + 1), of)
				: language.text("caption.partNamed", figure, part.name(), language.count(index + 1), of);
	}

	/** The width and height of {@code part} in the area, in points. */
	double width(Part part) {
		return part.region().getWidth() * part.scale();
	}

	double height(Part part) {
		return part.region().getHeight() * part.scale();
	}

	/** Collects regions into parts, each as many consecutive regions as fit one page together. */
	private static final class Packing {

		private final Rectangle2D page;
		private final double readable;
		private final double wanted;
		private final double areaWidth;
		private final double areaHeight;
		private final List<Part> parts;
		private Rectangle2D packed;
		private final List<String> names = new ArrayList<>();
		private final Set<String> shows = new HashSet<>();
		/** Whether a packed region draws whatever lies in its bounds, and so the part must too. */
		private boolean showsAll;

		Packing(Rectangle2D page, double readable, double wanted, double areaWidth, double areaHeight, List<Part> parts) {
			this.page = page;
			this.readable = readable;
			this.wanted = wanted;
			this.areaWidth = areaWidth;
			this.areaHeight = areaHeight;
			this.parts = parts;
		}

		void add(Region region) {
			Rectangle2D bounds = region.bounds();
			if (!fits(bounds)) {
				if (region.parts().isEmpty()) {
					flush();
					cut(bounds, region.name(), region.shows(), page, readable, parts);
				} else {
					region.parts().forEach(this::add);
				}
				return;
			}
			if (packed != null && !fits(packed.createUnion(bounds))) {
				flush();
			}
			packed = packed == null ? (Rectangle2D) bounds.clone() : packed.createUnion(bounds);
			names.add(region.name());
			shows.addAll(region.shows());
			showsAll |= region.shows().isEmpty();
		}

		void flush() {
			if (packed != null) {
				// a small part is shown larger, up to the scale the figure is wanted at
				double scale = Math.min(wanted, Math.min(areaWidth / packed.getWidth(), areaHeight / packed.getHeight()));
				parts.add(new Part(packed, Region.listing(names), Math.max(readable, scale), showsAll ? Set.of() : shows));
				packed = null;
				names.clear();
				shows.clear();
				showsAll = false;
			}
		}

		private boolean fits(Rectangle2D bounds) {
			return bounds.getWidth() <= page.getWidth() && bounds.getHeight() <= page.getHeight();
		}
	}

	/** Cuts {@code bounds} into overlapping pieces of at most {@code page}'s size, row by row. */
	private static void cut(Rectangle2D bounds, String name, Set<String> shows, Rectangle2D page, double scale,
			List<Part> parts) {
		double partWidth = page.getWidth();
		double partHeight = page.getHeight();
		int columns = count(bounds.getWidth(), partWidth);
		int rows = count(bounds.getHeight(), partHeight);
		double stepX = columns == 1 ? 0 : (bounds.getWidth() - partWidth) / (columns - 1);
		double stepY = rows == 1 ? 0 : (bounds.getHeight() - partHeight) / (rows - 1);
		for (int row = 0; row < rows; row++) {
			for (int column = 0; column < columns; column++) {
				parts.add(new Part(new Rectangle2D.Double(bounds.getX() + column * stepX, bounds.getY() + row * stepY,
						Math.min(bounds.getWidth(), partWidth), Math.min(bounds.getHeight(), partHeight)), name, scale, shows));
			}
		}
	}

	/** How many pieces of {@code part}, overlapping by {@link #OVERLAP}, cover {@code total}. */
	private static int count(double total, double part) {
		return total <= part ? 1 : 1 + (int) Math.ceil((total - part) / (part * (1 - OVERLAP)));
	}
}

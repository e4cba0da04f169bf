/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.report;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;

import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;
import org.segmenta.report.internal.FigureText;

/**
 * A chart or other figure of the report at its layout size, rendered on demand as SVG (for HTML)
 * or PNG (for slides) and kept, so that a report in several formats draws each figure once per
 * format kind. The PDF draws it as vector graphics ({@link #draw(Graphics2D)}).
 */
public final class ReportChart {

	/** Draws a figure into an area of a Java2D canvas (SVG or image). */
	@FunctionalInterface
	public interface Drawing {
		void draw(Graphics2D graphics, Rectangle2D area);

		/**
		 * Draws only the elements with the ids {@code shown} (what some {@linkplain Region#shows()
		 * regions} show), so that a part of a split figure carries no slivers of its neighbours; by
		 * default the whole figure.
		 */
		default void draw(Graphics2D graphics, Rectangle2D area, Set<String> shown) {
			draw(graphics, area);
		}
	}

	/**
	 * A part of a figure that reads on its own, such as one value community with its neighbours:
	 * where the figure must be split over pages, a format shows such a part whole where it fits,
	 * else its {@code parts}, else pieces of it.
	 *
	 * @param name   what the part shows, for its caption
	 * @param bounds where it is in the figure, in layout units
	 * @param parts  smaller regions to show in its place where it does not fit; none to cut it into
	 *               pieces instead (a tree, say, which is read along its branches)
	 * @param shows  the ids of what the region shows, which alone are drawn when it is shown on its
	 *               own (see {@link Drawing#draw(Graphics2D, Rectangle2D, Set)}); empty to draw
	 *               whatever lies within its bounds
	 */
	public record Region(String name, Rectangle2D bounds, List<Region> parts, Set<String> shows) {

		/** The most names {@link #listing(List)} lists before it ends in an ellipsis. */
		private static final int NAMES_LISTED = 3;

		public Region {
			parts = List.copyOf(parts);
			shows = Set.copyOf(shows);
		}

		/** A region that shows whatever lies within its bounds. */
		public Region(String name, Rectangle2D bounds, List<Region> parts) {
			this(name, bounds, parts, Set.of());
		}

		/** The distinct {@code names}, the first three of them: "Craft masters, Safety net, …". */
		public static String listing(List<String> names) {
			List<String> distinct = names.stream().distinct().toList();
			String listed = String.join(", ", distinct.subList(0, Math.min(NAMES_LISTED, distinct.size())));
			return distinct.size() > NAMES_LISTED ? listed + ", …" : listed;
		}
	}

	/** PNGs carry twice the layout resolution so they stay sharp when printed or projected. */
	public static final int PNG_SCALE = 2;

	/** The most pixels a chart's image takes (64 MB in memory), however large its layout. */
	public static final long MAX_PIXELS = 16_000_000;

	private final String id;
	private final String title;
	private final Drawing drawing;
	private final int width;
	private final int height;
	private final List<Region> regions;
	private String svg;
	private float smallestText = Float.NaN;
	private BufferedImage image;
	private byte[] png;

	/**
	 * @param id a name unique within the report, made of letters, digits and dashes; it prefixes the
	 *           SVG's internal ids so that several inline charts never clash
	 */
	public ReportChart(String id, JFreeChart chart, int width, int height) {
		this(id, chart.getTitle() == null ? id : chart.getTitle().getText(), chart::draw, width, height);
	}

	/** A figure drawn by {@code drawing}, e.g. a diagram, titled {@code title} for screen readers. */
	public ReportChart(String id, String title, Drawing drawing, int width, int height) {
		this(id, title, drawing, width, height, List.of());
	}

	/** A figure drawn by {@code drawing} that is split by {@code regions} where it must be split. */
	public ReportChart(String id, String title, Drawing drawing, int width, int height, List<Region> regions) {
		this.id = id;
		this.title = title;
		this.drawing = drawing;
		this.width = width;
		this.height = height;
		this.regions = List.copyOf(regions);
	}

	public String id() {
		return id;
	}

	public String title() {
		return title;
	}

	public int width() {
		return width;
	}

	public int height() {
		return height;
	}

	/** The parts that read on their own, in reading order; none for a figure cut into even pieces. */
	public List<Region> regions() {
		return regions;
	}

	/**
	 * Draws the figure at its layout size from the canvas's origin, onto any Java2D canvas (a PDF's).
	 * A JFreeChart keeps drawing state in its plot and renderers, so the formats written side by side
	 * take turns: every rendering of one figure holds its lock.
	 */
	public synchronized void draw(Graphics2D graphics) {
		drawing.draw(graphics, new Rectangle2D.Double(0, 0, width, height));
	}

	/**
	 * Draws the elements with the ids {@code shown} at the figure's layout size, as
	 * {@link #draw(Graphics2D)} draws them all; the whole figure where {@code shown} is empty.
	 */
	public synchronized void draw(Graphics2D graphics, Set<String> shown) {
		Rectangle2D area = new Rectangle2D.Double(0, 0, width, height);
		if (shown.isEmpty()) {
			drawing.draw(graphics, area);
		} else {
			drawing.draw(graphics, area, shown);
		}
	}

	/**
	 * The size of the smallest text the figure draws, in layout units (infinite when it draws none),
	 * so that a format can scale it to keep every label readable.
	 */
	public synchronized float smallestText() {
		if (Float.isNaN(smallestText)) {
			smallestText = FigureText.smallest(this);
		}
		return smallestText;
	}

	/** The chart as an {@code <svg>} element, for inlining in HTML. */
	public synchronized String svg() {
		if (svg == null) {
			SVGGraphics2D graphics = new SVGGraphics2D(width, height);
			graphics.setDefsKeyPrefix(id + "-");
			drawing.draw(graphics, new Rectangle2D.Double(0, 0, width, height));
			// a viewBox lets the chart scale down with its column (narrow windows, print) instead of being cut
			svg = graphics.getSVGElement(id, true, new ViewBox(0, 0, width, height), null, null);
		}
		return svg;
	}

	/**
	 * The chart as an image of {@link #PNG_SCALE} times its layout size, or smaller for a figure so
	 * large that it would take more than {@link #MAX_PIXELS}.
	 */
	public synchronized BufferedImage image() {
		if (image == null) {
			double scale = Math.min(PNG_SCALE, Math.sqrt(MAX_PIXELS / ((double) width * height)));
			image = new BufferedImage(Math.max(1, (int) Math.round(width * scale)), Math.max(1, (int) Math.round(height * scale)),
					BufferedImage.TYPE_INT_RGB);
			Graphics2D graphics = image.createGraphics();
			try {
				graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
				graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
				graphics.scale(scale, scale);
				drawing.draw(graphics, new Rectangle2D.Double(0, 0, width, height));
			} finally {
				graphics.dispose();
			}
		}
		return image;
	}

	/** {@link #image()} as PNG. */
	public synchronized byte[] png() {
		if (png == null) {
			png = encode(image());
		}
		return png;
	}

	/**
	 * The part {@code region} of the figure (in layout units) as a PNG of {@code scale} pixels per
	 * layout unit, within {@link #MAX_PIXELS}: a piece of a figure split over several slides, with
	 * only the elements with the ids {@code shown} (everything where it is empty).
	 */
	public byte[] png(Rectangle2D region, double scale, Set<String> shown) {
		double pixels = Math.min(scale, Math.sqrt(MAX_PIXELS / (region.getWidth() * region.getHeight())));
		BufferedImage part = new BufferedImage(Math.max(1, (int) Math.round(region.getWidth() * pixels)),
				Math.max(1, (int) Math.round(region.getHeight() * pixels)), BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = part.createGraphics();
		try {
			graphics.setColor(Color.WHITE);
			graphics.fillRect(0, 0, part.getWidth(), part.getHeight());
			graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			graphics.scale(pixels, pixels);
			graphics.translate(-region.getX(), -region.getY());
			graphics.clip(region);
			draw(graphics, shown);
		} finally {
			graphics.dispose();
		}
		return encode(part);
	}

	private byte[] encode(BufferedImage picture) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			ImageIO.write(picture, "png", bytes);
		} catch (IOException e) {
			throw new UncheckedIOException("the chart " + id + " could not be encoded as PNG", e);
		}
		return bytes.toByteArray();
	}
}

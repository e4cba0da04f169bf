/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Predicate;

import javax.imageio.ImageIO;

import org.jfree.svg.SVGGraphics2D;
import org.segmenta.diagram.internal.DiagramPainter;
import org.segmenta.model.persistence.AtomicFiles;

/**
 * Renders laid-out diagrams to SVG and PNG without a browser, so that CI, reports and the headless
 * {@code export-diagram} command have them. Files are written atomically.
 */
public final class DiagramImages {

	private DiagramImages() {
	}

	/** The diagram as an SVG document. */
	public static String svg(DiagramGraph graph) {
		Bounds extent = graph.extent(2 * DiagramPainter.MARGIN);
		SVGGraphics2D g = new SVGGraphics2D(extent.width(), extent.height());
		DiagramPainter.paint(graph, g);
		return g.getSVGDocument();
	}

	/** The margin around the diagram in its images: a node at (x, y) is drawn at (x + MARGIN, y + MARGIN). */
	public static final double MARGIN = DiagramPainter.MARGIN;

	/** The size of the diagram's images, margins included. */
	public static Bounds size(DiagramGraph graph) {
		return graph.extent(2 * DiagramPainter.MARGIN);
	}

	/** Draws the diagram at its own size, from the canvas's origin. */
	public static void paint(DiagramGraph graph, Graphics2D graphics) {
		DiagramPainter.paint(graph, graphics);
	}

	/**
	 * Draws the top-level nodes {@code shown} accepts, with their contents and the edges among them,
	 * where {@link #paint(DiagramGraph, Graphics2D)} draws them: one part of a diagram split over
	 * pages, without slivers of the nodes around it.
	 */
	public static void paint(DiagramGraph graph, Graphics2D graphics, Predicate<DiagramNode> shown) {
		DiagramPainter.paint(graph, graphics, shown);
	}

	/** The diagram as an image, {@code scale} device pixels per diagram pixel. */
	public static BufferedImage image(DiagramGraph graph, double scale) {
		Bounds extent = graph.extent(2 * DiagramPainter.MARGIN);
		BufferedImage image = new BufferedImage((int) Math.ceil(extent.width() * scale),
				(int) Math.ceil(extent.height() * scale), BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.scale(scale, scale);
		DiagramPainter.paint(graph, g);
		g.dispose();
		return image;
	}

	/** The diagram as a PNG, {@code scale} pixels per diagram pixel. */
	public static byte[] png(DiagramGraph graph, double scale) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			if (!ImageIO.write(image(graph, scale), "png", bytes)) {
				throw new IllegalStateException("no PNG writer is available");
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}

	/** Writes the diagram to {@code file}: SVG or PNG, by the file's extension. */
	public static void write(DiagramGraph graph, Path file) throws IOException {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		if (name.endsWith(".svg")) {
			AtomicFiles.write(file, out -> out.write(svg(graph).getBytes(StandardCharsets.UTF_8)));
		} else if (name.endsWith(".png")) {
			byte[] png = png(graph, 2);
			AtomicFiles.write(file, out -> out.write(png));
		} else {
			throw new IllegalArgumentException(file + ": the file name must end in .svg or .png");
		}
	}
}

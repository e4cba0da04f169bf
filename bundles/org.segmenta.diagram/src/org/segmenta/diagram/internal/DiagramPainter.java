/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import org.segmenta.diagram.Bounds;
import org.segmenta.diagram.DiagramEdge;
import org.segmenta.diagram.DiagramGraph;
import org.segmenta.diagram.DiagramNode;
import org.segmenta.diagram.DiagramNotes;
import org.segmenta.diagram.EdgeAppearance;
import org.segmenta.diagram.NodeAppearance;
import org.segmenta.diagram.Point;
import org.segmenta.diagram.description.ArrowStyle;
import org.segmenta.diagram.description.LineStyle;
import org.segmenta.diagram.description.NodeShape;
import org.segmenta.validation.Severity;

/**
 * Draws a laid-out diagram on any Graphics2D: JFreeSVG's for SVG, a BufferedImage's for PNG. One
 * painter for both keeps the two exports identical.
 */
public final class DiagramPainter {

	public static final double MARGIN = 24;
	private static final Color SHADOW = new Color(0, 0, 0, 28);
	private static final Color CARD_BODY = Color.WHITE;
	/** The size of a note's folded corner. */
	private static final double FOLD = 12;

	private DiagramPainter() {
	}

	public static void paint(DiagramGraph graph, Graphics2D g) {
		paint(graph, g, node -> true);
	}

	/**
	 * Paints the top-level nodes {@code shown} accepts, with their contents and the edges among
	 * them, where the whole diagram would be; the canvas keeps the whole diagram's size.
	 */
	public static void paint(DiagramGraph graph, Graphics2D g, Predicate<DiagramNode> shown) {
		Map<DiagramNode, Boolean> shownTop = new HashMap<>();
		Predicate<DiagramNode> inShown = node -> shownTop.computeIfAbsent(top(node), shown::test);
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
		g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
		Bounds extent = graph.extent(2 * MARGIN);
		g.setColor(Color.WHITE);
		g.fill(new Rectangle2D.Double(0, 0, extent.width(), extent.height()));
		g.translate(MARGIN, MARGIN);
		List<DiagramNode> nodes = graph.nodes().stream().filter(inShown).toList();
		List<DiagramEdge> edges = graph.edges().stream()
				.filter(edge -> inShown.test(edge.source()) && inShown.test(edge.target())).toList();
		for (DiagramNode node : nodes) {
			paintNode(node, g);
		}
		for (DiagramEdge edge : edges) {
			paintEdge(edge, g);
		}
		for (DiagramEdge edge : edges) {
			paintEdgeLabel(edge, g);
		}
		for (DiagramNode node : nodes) {
			paintSeverity(node, g);
		}
	}

	private static DiagramNode top(DiagramNode node) {
		DiagramNode top = node;
		while (top.parent() != null) {
			top = top.parent();
		}
		return top;
	}

	private static void paintNode(DiagramNode node, Graphics2D g) {
		if (DiagramNotes.isNote(node)) {
			paintNote(node, g);
			return;
		}
		NodeAppearance look = node.appearance();
		Bounds b = node.absoluteBounds();
		boolean container = node.isContainer();
		Shape outline = outline(container ? NodeShape.CONTAINER : look.shape(), b);
		Graphics2D shadow = (Graphics2D) g.create();
		shadow.translate(1.5, 2);
		shadow.setColor(SHADOW);
		shadow.fill(outline);
		shadow.dispose();

		Font labelFont = NodeGeometry.labelFont(look);
		Font detailFont = NodeGeometry.detailFont(look);
		if (NodeGeometry.hasHeader(look, container)) {
			double header = NodeGeometry.headerHeight(look);
			g.setColor(container ? tint(color(look.fill()), 0.85) : CARD_BODY);
			g.fill(outline);
			Shape previous = g.getClip();
			g.clip(outline);
			g.setColor(color(look.fill()));
			g.fill(new Rectangle2D.Double(b.x(), b.y(), b.width(), header));
			g.setClip(previous);
			g.setColor(color(look.labelColour()));
			g.setFont(labelFont);
			double baseline = b.y() + NodeGeometry.PADDING_Y + labelFont.getSize2D();
			g.drawString(node.label(), (float) (b.x() + NodeGeometry.PADDING_X), (float) baseline);
			g.setFont(detailFont);
			g.setColor(color("#3E4C59"));
			double y = b.y() + header + NodeGeometry.PADDING_Y + detailFont.getSize2D();
			for (String line : container ? List.<String>of() : node.details()) {
				g.drawString(line, (float) (b.x() + NodeGeometry.PADDING_X), (float) y);
				y += TextMetrics.lineHeight(detailFont);
			}
		} else {
			g.setColor(color(look.fill()));
			g.fill(outline);
			double textHeight = TextMetrics.lineHeight(labelFont) + node.details().size() * TextMetrics.lineHeight(detailFont);
			double y = b.y() + (textAreaHeight(node) - textHeight) / 2 + labelFont.getSize2D();
			g.setColor(color(look.labelColour()));
			drawCentred(g, node.label(), labelFont, b, y);
			y += TextMetrics.lineHeight(labelFont);
			for (String line : node.details()) {
				drawCentred(g, line, detailFont, b, y);
				y += TextMetrics.lineHeight(detailFont);
			}
		}
		g.setColor(color(look.border()));
		g.setStroke(new BasicStroke((float) look.borderWidth()));
		g.draw(outline);
		paintCompartments(node, g, b);
	}

	/** A note with its folded top-right corner, or a text box without fill and border; its text wrapped inside, left-aligned. */
	private static void paintNote(DiagramNode node, Graphics2D g) {
		NodeAppearance look = node.appearance();
		Bounds b = node.absoluteBounds();
		if (DiagramNotes.isFramed(node)) {
			Path2D.Double outline = new Path2D.Double();
			outline.moveTo(b.x(), b.y());
			outline.lineTo(b.x() + b.width() - FOLD, b.y());
			outline.lineTo(b.x() + b.width(), b.y() + FOLD);
			outline.lineTo(b.x() + b.width(), b.y() + b.height());
			outline.lineTo(b.x(), b.y() + b.height());
			outline.closePath();
			Path2D.Double fold = new Path2D.Double();
			fold.moveTo(b.x() + b.width() - FOLD, b.y());
			fold.lineTo(b.x() + b.width() - FOLD, b.y() + FOLD);
			fold.lineTo(b.x() + b.width(), b.y() + FOLD);
			fold.closePath();
			g.setColor(color(look.fill()));
			g.fill(outline);
			g.setColor(color(look.fill()).darker());
			g.fill(fold);
			g.setColor(color(look.border()));
			g.setStroke(new BasicStroke((float) look.borderWidth()));
			g.draw(outline);
			g.draw(fold);
		}
		Font font = NodeGeometry.labelFont(look);
		g.setFont(font);
		g.setColor(color(look.labelColour()));
		double lineHeight = TextMetrics.lineHeight(font);
		double y = b.y() + NodeGeometry.PADDING_Y + font.getSize2D();
		for (String line : noteLines(node.label(), font, b)) {
			g.drawString(line, (float) (b.x() + NodeGeometry.PADDING_X), (float) y);
			y += lineHeight;
		}
	}

	/** The lines of a note's text: its own line breaks kept, long lines wrapped, as many as the note holds. */
	private static List<String> noteLines(String text, Font font, Bounds b) {
		double width = b.width() - 2 * NodeGeometry.PADDING_X - FOLD / 2;
		int room = Math.max(1, (int) ((b.height() - 2 * NodeGeometry.PADDING_Y) / TextMetrics.lineHeight(font)));
		List<String> lines = new ArrayList<>();
		for (String paragraph : text.split("\n", -1)) {
			if (lines.size() >= room) {
				break;
			}
			lines.addAll(paragraph.isBlank() ? List.of("") : TextMetrics.wrap(paragraph, font, width, room - lines.size()));
		}
		return lines;
	}

	/** The height of a node's label and details: above its compartments, if it has rows. */
	private static double textAreaHeight(DiagramNode node) {
		return node.compartments().isEmpty() ? node.bounds().height() : node.compartments().get(0).bounds().y();
	}

	private static void paintCompartments(DiagramNode node, Graphics2D g, Bounds b) {
		Font font = NodeGeometry.compartmentFont();
		boolean onFill = !NodeGeometry.hasHeader(node.appearance(), node.isContainer());
		for (DiagramNode.Compartment compartment : node.compartments()) {
			Bounds heading = compartment.bounds();
			double y = b.y() + heading.y();
			g.setColor(onFill ? color(node.appearance().labelColour()) : color("#52606D"));
			g.setStroke(new BasicStroke(0.6f));
			g.draw(new Line2D.Double(b.x() + heading.x(), y + 1, b.x() + heading.x() + heading.width(), y + 1));
			g.setFont(font);
			g.drawString(compartment.label().toUpperCase(Locale.ROOT), (float) (b.x() + heading.x()),
					(float) (y + heading.height() - 3));
		}
	}

	private static void drawCentred(Graphics2D g, String text, Font font, Bounds b, double baseline) {
		g.setFont(font);
		double width = TextMetrics.width(text, font);
		g.drawString(text, (float) (b.x() + (b.width() - width) / 2), (float) baseline);
	}

	private static Shape outline(NodeShape shape, Bounds b) {
		return switch (shape) {
		case RECTANGLE -> new Rectangle2D.Double(b.x(), b.y(), b.width(), b.height());
		case PILL -> new RoundRectangle2D.Double(b.x(), b.y(), b.width(), b.height(), b.height(), b.height());
		case ELLIPSE -> new Ellipse2D.Double(b.x(), b.y(), b.width(), b.height());
		case CONTAINER -> new RoundRectangle2D.Double(b.x(), b.y(), b.width(), b.height(), 16, 16);
		default -> new RoundRectangle2D.Double(b.x(), b.y(), b.width(), b.height(), 10, 10);
		};
	}

	private static void paintEdge(DiagramEdge edge, Graphics2D g) {
		List<Point> route = edge.route();
		if (route.size() < 2) {
			return;
		}
		EdgeAppearance look = edge.appearance();
		Path2D.Double line = new Path2D.Double();
		line.moveTo(route.get(0).x(), route.get(0).y());
		for (Point point : route.subList(1, route.size())) {
			line.lineTo(point.x(), point.y());
		}
		float width = (float) look.width();
		float[] dash = switch (look.lineStyle()) {
		case DASHED -> new float[] { 6 * width, 4 * width };
		case DOTTED -> new float[] { width, 3 * width };
		default -> null;
		};
		g.setColor(color(look.colour()));
		g.setStroke(new BasicStroke(width, look.lineStyle() == LineStyle.DOTTED ? BasicStroke.CAP_ROUND : BasicStroke.CAP_BUTT,
				BasicStroke.JOIN_ROUND, 10, dash, 0));
		g.draw(line);
		g.setStroke(new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
		decorate(g, look.targetArrow(), route.get(route.size() - 2), route.get(route.size() - 1), width);
		decorate(g, look.sourceArrow(), route.get(1), route.get(0), width);
	}

	/** Draws {@code style} at {@code tip}, pointing from {@code from}. */
	private static void decorate(Graphics2D g, ArrowStyle style, Point from, Point tip, float width) {
		if (style == ArrowStyle.NONE) {
			return;
		}
		double angle = Math.atan2(tip.y() - from.y(), tip.x() - from.x());
		double length = 9 + 2 * width;
		double half = 4 + width;
		Graphics2D arrow = (Graphics2D) g.create();
		arrow.translate(tip.x(), tip.y());
		arrow.rotate(angle);
		switch (style) {
		case DOT -> arrow.fill(new Ellipse2D.Double(-half * 1.6, -half * 0.8, half * 1.6, half * 1.6));
		case DIAMOND -> {
			Path2D.Double diamond = new Path2D.Double();
			diamond.moveTo(0, 0);
			diamond.lineTo(-length / 1.2, -half);
			diamond.lineTo(-length * 1.6, 0);
			diamond.lineTo(-length / 1.2, half);
			diamond.closePath();
			arrow.fill(diamond);
		}
		case OPEN_ARROW -> {
			Path2D.Double chevron = new Path2D.Double();
			chevron.moveTo(-length, -half);
			chevron.lineTo(0, 0);
			chevron.lineTo(-length, half);
			arrow.draw(chevron);
		}
		default -> {
			Path2D.Double triangle = new Path2D.Double();
			triangle.moveTo(0, 0);
			triangle.lineTo(-length, -half);
			triangle.lineTo(-length, half);
			triangle.closePath();
			arrow.fill(triangle);
		}
		}
		arrow.dispose();
	}

	private static void paintEdgeLabel(DiagramEdge edge, Graphics2D g) {
		Bounds bounds = edge.labelBounds();
		if (bounds == null) {
			return;
		}
		Font font = TextMetrics.font(DiagramEdge.LABEL_FONT_SIZE, false);
		RoundRectangle2D.Double box = new RoundRectangle2D.Double(bounds.x(), bounds.y(), bounds.width(), bounds.height(), 6, 6);
		g.setColor(new Color(255, 255, 255, 235));
		g.fill(box);
		g.setColor(color(edge.appearance().colour()).darker());
		g.setFont(font);
		g.drawString(edge.label(), (float) (box.x + 4), (float) (box.y + 1 + font.getSize2D()));
	}

	private static void paintSeverity(DiagramNode node, Graphics2D g) {
		Severity severity = node.severity();
		if (severity == null) {
			return;
		}
		Bounds b = node.absoluteBounds();
		double r = 8;
		Ellipse2D.Double badge = new Ellipse2D.Double(b.x() + b.width() - r, b.y() - r, 2 * r, 2 * r);
		g.setColor(switch (severity) {
		case ERROR -> color("#D64545");
		case WARNING -> color("#E8A33D");
		default -> color("#3A7BD5");
		});
		g.fill(badge);
		g.setColor(Color.WHITE);
		g.setStroke(new BasicStroke(1.5f));
		g.draw(badge);
		Font font = TextMetrics.font(11, true);
		g.setFont(font);
		String mark = severity == Severity.INFO ? "i" : "!";
		g.drawString(mark, (float) (badge.getCenterX() - TextMetrics.width(mark, font) / 2), (float) (badge.getCenterY() + 4));
	}

	public static Color color(String hex) {
		return Color.decode(hex);
	}

	/** {@code colour} mixed with white: {@code amount} 1 is white. */
	private static Color tint(Color colour, double amount) {
		return new Color((int) (colour.getRed() + (255 - colour.getRed()) * amount),
				(int) (colour.getGreen() + (255 - colour.getGreen()) * amount),
				(int) (colour.getBlue() + (255 - colour.getBlue()) * amount));
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.report.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The names of a bubble chart's points, drawn beside their own bubbles by {@link LabelPlacement} once
 * the plot's size is known (the placement depends on where the bubbles land in Java2D space).
 */
public final class BubbleLabels extends AbstractXYAnnotation {

	private static final long serialVersionUID = 1L;

	/** One labelled bubble in data coordinates; {@code radius} in Java2D points. */
	public record Point(String name, double x, double y, double radius) {
	}

	private final List<Point> points;
	private final Font font;
	private final Color paint;
	private transient List<LabelPlacement.Placed> lastPlacement = List.of();

	public BubbleLabels(List<Point> points, Font font, Color paint) {
		this.points = List.copyOf(points);
		this.font = font;
		this.paint = paint;
	}

	public List<Point> points() {
		return points;
	}

	/** Where the last drawing put each name, in the order of {@link #points()}. */
	public synchronized List<LabelPlacement.Placed> lastPlacement() {
		return lastPlacement;
	}

	/**
	 * Where the plot's guide lines (value markers) write their labels: at the end of the line the
	 * label anchor names, on both sides of the line, so that no name is drawn over them.
	 */
	static List<Rectangle2D> guideLabels(Graphics2D g2, XYPlot plot, Rectangle2D area, ValueAxis domainAxis,
			ValueAxis rangeAxis) {
		List<Rectangle2D> boxes = new ArrayList<>();
		for (Layer layer : List.of(Layer.FOREGROUND, Layer.BACKGROUND)) {
			for (ValueMarker marker : labelled(plot.getRangeMarkers(layer))) {
				double y = rangeAxis.valueToJava2D(marker.getValue(), area, plot.getRangeAxisEdge());
				Rectangle2D text = textBox(g2, marker);
				double x = along(marker.getLabelAnchor().getAnchorPoint(area).getX(), area.getMinX(), area.getMaxX(),
						text.getWidth());
				boxes.add(new Rectangle2D.Double(x, y - text.getHeight(), text.getWidth(), 2 * text.getHeight()));
			}
			for (ValueMarker marker : labelled(plot.getDomainMarkers(layer))) {
				double x = domainAxis.valueToJava2D(marker.getValue(), area, plot.getDomainAxisEdge());
				Rectangle2D text = textBox(g2, marker);
				double y = along(marker.getLabelAnchor().getAnchorPoint(area).getY(), area.getMinY(), area.getMaxY(),
						text.getHeight());
				boxes.add(new Rectangle2D.Double(x - text.getWidth(), y, 2 * text.getWidth(), text.getHeight()));
			}
		}
		return boxes;
	}

	private static List<ValueMarker> labelled(Collection<?> markers) {
		if (markers == null) {
			return List.of();
		}
		return markers.stream().filter(ValueMarker.class::isInstance).map(ValueMarker.class::cast)
				.filter(marker -> marker.getLabel() != null && !marker.getLabel().isBlank()).toList();
	}

	/** The label's size with its offsets. */
	private static Rectangle2D textBox(Graphics2D g2, ValueMarker marker) {
		FontMetrics metrics = g2.getFontMetrics(marker.getLabelFont());
		RectangleInsets offset = marker.getLabelOffset();
		return new Rectangle2D.Double(0, 0, metrics.stringWidth(marker.getLabel()) + offset.getLeft() + offset.getRight(),
				metrics.getHeight() + offset.getTop() + offset.getBottom());
	}

	/** The start of a box of {@code length} at the anchor's end of [{@code min}, {@code max}], or centred between. */
	private static double along(double anchor, double min, double max, double length) {
		if (anchor <= min) {
			return min;
		}
		return anchor >= max ? max - length : (min + max - length) / 2;
	}

	@Override
	public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
			int rendererIndex, PlotRenderingInfo info) {
		g2.setFont(font);
		FontMetrics metrics = g2.getFontMetrics();
		List<LabelPlacement.Bubble> bubbles = new ArrayList<>();
		for (Point point : points) {
			double x = domainAxis.valueToJava2D(point.x(), dataArea, plot.getDomainAxisEdge());
			double y = rangeAxis.valueToJava2D(point.y(), dataArea, plot.getRangeAxisEdge());
			bubbles.add(new LabelPlacement.Bubble(x, y, point.radius(), metrics.stringWidth(point.name()),
					metrics.getAscent() + metrics.getDescent()));
		}
		List<LabelPlacement.Placed> placement = LabelPlacement.place(bubbles,
				guideLabels(g2, plot, dataArea, domainAxis, rangeAxis), dataArea);
		g2.setPaint(paint);
		for (int i = 0; i < placement.size(); i++) {
			LabelPlacement.Placed placed = placement.get(i);
			Rectangle2D label = placed.label();
			if (placed.leader()) {
				LabelPlacement.Bubble bubble = placed.bubble();
				Point2D end = LabelPlacement.nearest(label, bubble.x(), bubble.y());
				double length = end.distance(bubble.x(), bubble.y());
				double startX = bubble.x() + (end.getX() - bubble.x()) * bubble.radius() / length;
				double startY = bubble.y() + (end.getY() - bubble.y()) * bubble.radius() / length;
				g2.setStroke(new BasicStroke(0.8f));
				g2.draw(new Line2D.Double(startX, startY, end.getX(), end.getY()));
			}
			g2.drawString(points.get(i).name(), (float) label.getX(), (float) (label.getY() + metrics.getAscent()));
		}
		synchronized (this) {
			lastPlacement = List.copyOf(placement);
		}
	}
}

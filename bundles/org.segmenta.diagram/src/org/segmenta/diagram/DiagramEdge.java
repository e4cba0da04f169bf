/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram;

import java.awt.Font;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.segmenta.diagram.description.EdgeMapping;
import org.segmenta.diagram.internal.TextMetrics;

/**
 * An edge of a {@link DiagramGraph}: a reference between two shown elements (relation-based), or an
 * element that links two of them (element-based, e.g. an overlap between communities).
 */
public final class DiagramEdge {

	private final String id;
	private final EObject element;
	private final EdgeMapping mapping;
	private final DiagramNode source;
	private final DiagramNode target;
	private final String label;
	private final EdgeAppearance appearance;
	/** The font size of edge labels. */
	public static final int LABEL_FONT_SIZE = 11;

	private List<Point> route = List.of();
	/** Where the layout placed the label's top-left corner, or {@code null} to centre it on the route. */
	private Point labelPosition;

	DiagramEdge(String id, EObject element, EdgeMapping mapping, DiagramNode source, DiagramNode target, String label,
			EdgeAppearance appearance) {
		this.id = id;
		this.element = element;
		this.mapping = mapping;
		this.source = source;
		this.target = target;
		this.label = label;
		this.appearance = appearance;
	}

	public String id() {
		return id;
	}

	/** The element behind an element-based edge, or {@code null} for a relation-based one. */
	public EObject element() {
		return element;
	}

	public EdgeMapping mapping() {
		return mapping;
	}

	public DiagramNode source() {
		return source;
	}

	public DiagramNode target() {
		return target;
	}

	/** The label, empty for none. */
	public String label() {
		return label;
	}

	public EdgeAppearance appearance() {
		return appearance;
	}

	/**
	 * The route in diagram coordinates, from the source's border to the target's; empty until the
	 * diagram is laid out.
	 */
	public List<Point> route() {
		return route;
	}

	void setRoute(List<Point> route) {
		this.route = List.copyOf(route);
		this.labelPosition = null;
	}

	/** Where the layout placed the label, or {@code null}. */
	Point labelPosition() {
		return labelPosition;
	}

	void setLabelPosition(Point position) {
		this.labelPosition = position;
	}

	/** The size of the label's box: its text with a little padding. */
	double[] labelSize() {
		Font font = TextMetrics.font(LABEL_FONT_SIZE, false);
		return new double[] { TextMetrics.width(label, font) + 8, TextMetrics.lineHeight(font) + 2 };
	}

	/**
	 * The box the label is drawn in, in diagram coordinates: where the layout placed it, which keeps
	 * it off the nodes, or else centred on the middle of the route's longest segment; {@code null}
	 * without a label or a route.
	 */
	public Bounds labelBounds() {
		if (label.isEmpty() || route.size() < 2) {
			return null;
		}
		double[] size = labelSize();
		if (labelPosition != null) {
			return new Bounds(labelPosition.x(), labelPosition.y(), size[0], size[1]);
		}
		Point middle = route.get(0);
		double longest = -1;
		for (int i = 1; i < route.size(); i++) {
			Point a = route.get(i - 1);
			Point b = route.get(i);
			double length = Math.hypot(b.x() - a.x(), b.y() - a.y());
			if (length > longest) {
				longest = length;
				middle = new Point((a.x() + b.x()) / 2, (a.y() + b.y()) / 2);
			}
		}
		return new Bounds(middle.x() - size[0] / 2, middle.y() - size[1] / 2, size[0], size[1]);
	}

	/** Whether {@code other} (the same edge in another build) is drawn exactly as this one. */
	public boolean drawsLike(DiagramEdge other) {
		return id.equals(other.id) && element == other.element && mapping == other.mapping && source.id().equals(other.source.id())
				&& target.id().equals(other.target.id()) && label.equals(other.label) && appearance.equals(other.appearance)
				&& route.equals(other.route);
	}

	@Override
	public String toString() {
		return id;
	}
}

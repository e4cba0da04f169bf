/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.tests.support;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How well a laid-out diagram reads, counted from its geometry in absolute coordinates: crossings
 * between edge paths (each point where two paths cross counted once; paths that only touch or run
 * along each other do not cross), nodes overlapping nodes that are neither their ancestors nor their
 * descendants, and nodes overlapping a label they do not own.
 */
public final class LayoutFigures {

	/** A rectangle in absolute coordinates. */
	public record Box(double x, double y, double width, double height) {

		boolean intersects(Box other) {
			// touching borders is not an overlap
			return x < other.x + other.width - 0.5 && other.x < x + width - 0.5 && y < other.y + other.height - 0.5
					&& other.y < y + height - 0.5;
		}
	}

	/** A point of an edge path. */
	public record Point(double x, double y) {
	}

	private record Label(Box box, Set<String> owners) {
	}

	private final Map<String, Box> nodes = new HashMap<>();
	private final Map<String, String> parents = new HashMap<>();
	private final List<List<Point>> paths = new ArrayList<>();
	private final List<Label> labels = new ArrayList<>();

	/** Adds a node; {@code parent} is the id of the node it is drawn in, or {@code null}. */
	public void node(String id, String parent, Box box) {
		nodes.put(id, box);
		if (parent != null) {
			parents.put(id, parent);
		}
	}

	/** Adds an edge path. */
	public void path(List<Point> points) {
		paths.add(List.copyOf(points));
	}

	/**
	 * Adds a label; {@code owners} are the nodes it belongs to (the node it names, or an edge's ends),
	 * which it may overlap, as may their ancestors.
	 */
	public void label(Box box, Set<String> owners) {
		labels.add(new Label(box, Set.copyOf(owners)));
	}

	public int edgeCount() {
		return paths.size();
	}

	/** The points where two edge paths cross, each once. */
	public int crossings() {
		int crossings = 0;
		for (int a = 0; a < paths.size(); a++) {
			for (int b = a + 1; b < paths.size(); b++) {
				crossings += crossings(paths.get(a), paths.get(b));
			}
		}
		return crossings;
	}

	private static int crossings(List<Point> first, List<Point> second) {
		Set<String> points = new HashSet<>();
		for (int i = 1; i < first.size(); i++) {
			for (int j = 1; j < second.size(); j++) {
				Point crossing = properCrossing(first.get(i - 1), first.get(i), second.get(j - 1), second.get(j));
				if (crossing != null) {
					points.add(String.format(Locale.ROOT, "%.1f,%.1f", crossing.x(), crossing.y()));
				}
			}
		}
		return points.size();
	}

	/** Where segments ab and cd cross inside both, or {@code null} when they do not, touch or run along each other. */
	private static Point properCrossing(Point a, Point b, Point c, Point d) {
		double d1 = orientation(c, d, a);
		double d2 = orientation(c, d, b);
		double d3 = orientation(a, b, c);
		double d4 = orientation(a, b, d);
		if (d1 * d2 < 0 && d3 * d4 < 0) {
			double t = d1 / (d1 - d2);
			return new Point(a.x() + t * (b.x() - a.x()), a.y() + t * (b.y() - a.y()));
		}
		return null;
	}

	private static double orientation(Point p, Point q, Point r) {
		double value = (q.x() - p.x()) * (r.y() - p.y()) - (q.y() - p.y()) * (r.x() - p.x());
		return Math.abs(value) < 1e-6 ? 0 : value;
	}

	/** The pairs of nodes that overlap though neither is drawn inside the other, as "a / b". */
	public List<String> nodeOverlaps() {
		List<String> ids = new ArrayList<>(nodes.keySet());
		ids.sort(null);
		List<String> overlaps = new ArrayList<>();
		for (int a = 0; a < ids.size(); a++) {
			for (int b = a + 1; b < ids.size(); b++) {
				String first = ids.get(a);
				String second = ids.get(b);
				if (!isAncestor(first, second) && !isAncestor(second, first) && nodes.get(first).intersects(nodes.get(second))) {
					overlaps.add(first + " / " + second);
				}
			}
		}
		return overlaps;
	}

	/** The nodes that overlap a label they do not own, as "node / label's owners". */
	public List<String> labelOverlaps() {
		List<String> overlaps = new ArrayList<>();
		for (Label label : labels) {
			for (Map.Entry<String, Box> node : nodes.entrySet()) {
				String id = node.getKey();
				boolean owns = label.owners().stream().anyMatch(owner -> owner.equals(id) || isAncestor(id, owner));
				if (!owns && node.getValue().intersects(label.box())) {
					overlaps.add(id + " / " + label.owners());
				}
			}
		}
		overlaps.sort(null);
		return overlaps;
	}

	private boolean isAncestor(String ancestor, String id) {
		for (String parent = parents.get(id); parent != null; parent = parents.get(parent)) {
			if (parent.equals(ancestor)) {
				return true;
			}
		}
		return false;
	}

	@Override
	public String toString() {
		return String.format(Locale.ROOT, "%d edges, %d crossings, %d node overlaps, %d label overlaps", edgeCount(), crossings(),
				nodeOverlaps().size(), labelOverlaps().size());
	}
}

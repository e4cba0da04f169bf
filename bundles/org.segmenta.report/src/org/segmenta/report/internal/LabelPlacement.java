/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.report.internal;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Places the name of each bubble of a chart beside its own bubble: at the first of eight positions
 * around it (right, left, above, below and the corners) where the name overlaps no other name, no
 * bubble and stays inside the plot, and where it is nearer to its own bubble than to any other.
 * Where no position next to the bubble is free, the name moves outwards step by step and a leader
 * line joins it to its bubble. Boxes already taken, such as a guide line's label, are avoided as
 * names are. All geometry is in the chart's Java2D space.
 */
public final class LabelPlacement {

	/** A bubble: its centre and radius, and the size of its name as drawn. */
	public record Bubble(double x, double y, double radius, double labelWidth, double labelHeight) {
	}

	/** Where a bubble's name goes; {@code leader} when it had to move away and needs a line to its bubble. */
	public record Placed(Bubble bubble, Rectangle2D label, boolean leader) {
	}

	/** The gap between a bubble's edge and its name. */
	static final double GAP = 3;
	private static final double STEP = 10;
	private static final int STEPS = 12;
	/** Directions around a bubble, in order of preference: right, left, up, down, then the corners. */
	private static final double[][] DIRECTIONS = { { 1, 0 }, { -1, 0 }, { 0, -1 }, { 0, 1 }, { 1, -1 }, { -1, -1 },
			{ 1, 1 }, { -1, 1 } };

	private LabelPlacement() {
	}

	/** The names of {@code bubbles}, in their order, placed inside {@code bounds}. */
	public static List<Placed> place(List<Bubble> bubbles, Rectangle2D bounds) {
		return place(bubbles, List.of(), bounds);
	}

	/** As {@link #place(List, Rectangle2D)}, keeping the names off the boxes in {@code taken}. */
	public static List<Placed> place(List<Bubble> bubbles, List<Rectangle2D> taken, Rectangle2D bounds) {
		List<Placed> placed = new ArrayList<>();
		for (int i = 0; i < bubbles.size(); i++) {
			placed.add(place(i, bubbles, placed, taken, bounds));
		}
		return placed;
	}

	private static Placed place(int index, List<Bubble> bubbles, List<Placed> placed, List<Rectangle2D> taken,
			Rectangle2D bounds) {
		Bubble own = bubbles.get(index);
		Placed best = null;
		double bestCost = Double.POSITIVE_INFINITY;
		for (int step = 0; step <= STEPS; step++) {
			for (double[] direction : DIRECTIONS) {
				Rectangle2D label = candidate(own, direction, own.radius() + GAP + step * STEP);
				double cost = cost(index, label, bubbles, placed, taken, bounds) + step * 0.01;
				if (cost < bestCost) {
					bestCost = cost;
					best = new Placed(own, label, step > 0);
				}
			}
			if (bestCost < 1) {
				return best; // free at this distance; nearer ones were not
			}
		}
		return best;
	}

	/** The name's box with its nearest side (or corner) at {@code distance} from the centre in {@code direction}. */
	private static Rectangle2D candidate(Bubble bubble, double[] direction, double distance) {
		double diagonal = direction[0] != 0 && direction[1] != 0 ? Math.sqrt(0.5) : 1;
		double ax = bubble.x() + direction[0] * distance * diagonal;
		double ay = bubble.y() + direction[1] * distance * diagonal;
		double w = bubble.labelWidth();
		double h = bubble.labelHeight();
		double x = direction[0] > 0 ? ax : direction[0] < 0 ? ax - w : ax - w / 2;
		double y = direction[1] > 0 ? ay : direction[1] < 0 ? ay - h : ay - h / 2;
		return new Rectangle2D.Double(x, y, w, h);
	}

	/** 0 for a free place; each clash adds a whole unit, so any free place beats any clashing one. */
	private static double cost(int index, Rectangle2D label, List<Bubble> bubbles, List<Placed> placed,
			List<Rectangle2D> taken, Rectangle2D bounds) {
		double cost = 0;
		if (!bounds.contains(label)) {
			cost += 4;
		}
		for (Placed other : placed) {
			if (other.label().intersects(label)) {
				cost += 3;
			}
		}
		for (Rectangle2D box : taken) {
			if (box.intersects(label)) {
				cost += 3;
			}
		}
		double ownDistance = distance(label, bubbles.get(index));
		for (int i = 0; i < bubbles.size(); i++) {
			double distance = distance(label, bubbles.get(i));
			if (distance < 0.5) {
				cost += i == index ? 1 : 2;
			}
			if (i != index && distance <= ownDistance) {
				cost += 2;
			}
		}
		return cost;
	}

	/** The distance from the box to the bubble's edge, 0 where they touch or overlap. */
	public static double distance(Rectangle2D box, Bubble bubble) {
		return Math.max(0, nearest(box, bubble.x(), bubble.y()).distance(bubble.x(), bubble.y()) - bubble.radius());
	}

	/** The point of {@code box} nearest to ({@code x}, {@code y}). */
	public static Point2D nearest(Rectangle2D box, double x, double y) {
		return new Point2D.Double(Math.clamp(x, box.getMinX(), box.getMaxX()), Math.clamp(y, box.getMinY(), box.getMaxY()));
	}
}

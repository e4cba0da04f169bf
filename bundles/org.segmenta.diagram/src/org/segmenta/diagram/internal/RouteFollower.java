/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.internal;

import java.util.ArrayList;
import java.util.List;

import org.segmenta.diagram.Bounds;
import org.segmenta.diagram.Point;

/**
 * Moves an edge's route along with its nodes, as a user expects when dragging a node by hand: the
 * bends stay where they were, each end keeps its place on its node's border, and the segment next
 * to a moved end bends with it so that an orthogonal route stays orthogonal. When both ends move
 * by the same offset (a container moved with both nodes inside), the whole route moves.
 */
public final class RouteFollower {

	/** How close two coordinates are to count as one line (ELK's routes are exact to far less). */
	private static final double SAME_LINE = 0.5;

	private RouteFollower() {
	}

	/**
	 * The route after its source moved from {@code oldSource} to {@code newSource} and its target from
	 * {@code oldTarget} to {@code newTarget} (absolute bounds; a node that did not move has equal old
	 * and new bounds). Empty where the route cannot follow: a diagonal straight line, which is
	 * better drawn straight again between the nodes' new places.
	 */
	public static List<Point> follow(List<Point> route, Bounds oldSource, Bounds newSource, Bounds oldTarget, Bounds newTarget) {
		if (route.size() < 2) {
			return List.of();
		}
		Point start = mapped(route.get(0), oldSource, newSource);
		Point end = mapped(route.get(route.size() - 1), oldTarget, newTarget);
		double dx = newSource.x() - oldSource.x();
		double dy = newSource.y() - oldSource.y();
		boolean translated = sameSize(oldSource, newSource) && sameSize(oldTarget, newTarget)
				&& near(dx, newTarget.x() - oldTarget.x()) && near(dy, newTarget.y() - oldTarget.y());
		List<Point> moved = new ArrayList<>(route.size());
		if (translated) {
			route.forEach(point -> moved.add(new Point(point.x() + dx, point.y() + dy)));
			return moved;
		}
		if (route.size() == 2) {
			return straight(route.get(0), route.get(1), start, end);
		}
		moved.addAll(route);
		moved.set(0, start);
		moved.set(moved.size() - 1, end);
		bendWith(moved, route, 0, 1);
		bendWith(moved, route, route.size() - 1, route.size() - 2);
		return moved;
	}

	/**
	 * Keeps the segment from the end at {@code endIndex} to its neighbour as horizontal or vertical
	 * as it was: the neighbour takes the end's new coordinate across the segment.
	 */
	private static void bendWith(List<Point> moved, List<Point> original, int endIndex, int neighbourIndex) {
		Point oldEnd = original.get(endIndex);
		Point oldNeighbour = original.get(neighbourIndex);
		Point end = moved.get(endIndex);
		Point neighbour = moved.get(neighbourIndex);
		if (near(oldEnd.x(), oldNeighbour.x())) {
			moved.set(neighbourIndex, new Point(end.x(), neighbour.y()));
		} else if (near(oldEnd.y(), oldNeighbour.y())) {
			moved.set(neighbourIndex, new Point(neighbour.x(), end.y()));
		}
	}

	/** A straight line that was vertical or horizontal becomes a Z of three orthogonal segments. */
	private static List<Point> straight(Point oldStart, Point oldEnd, Point start, Point end) {
		if (near(oldStart.x(), oldEnd.x())) {
			if (near(start.x(), end.x())) {
				return List.of(start, end);
			}
			double middle = (start.y() + end.y()) / 2;
			return List.of(start, new Point(start.x(), middle), new Point(end.x(), middle), end);
		}
		if (near(oldStart.y(), oldEnd.y())) {
			if (near(start.y(), end.y())) {
				return List.of(start, end);
			}
			double middle = (start.x() + end.x()) / 2;
			return List.of(start, new Point(middle, start.y()), new Point(middle, end.y()), end);
		}
		return List.of();
	}

	/** The point at the same place relative to the box after the box moved or was resized. */
	private static Point mapped(Point point, Bounds from, Bounds to) {
		return new Point(to.x() + (point.x() - from.x()) * to.width() / from.width(),
				to.y() + (point.y() - from.y()) * to.height() / from.height());
	}

	private static boolean sameSize(Bounds a, Bounds b) {
		return near(a.width(), b.width()) && near(a.height(), b.height());
	}

	private static boolean near(double a, double b) {
		return Math.abs(a - b) < SAME_LINE;
	}
}

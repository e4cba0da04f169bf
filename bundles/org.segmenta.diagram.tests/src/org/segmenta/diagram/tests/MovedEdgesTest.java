/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.diagram.Bounds;
import org.segmenta.diagram.DiagramEdge;
import org.segmenta.diagram.DiagramFiles;
import org.segmenta.diagram.DiagramGraph;
import org.segmenta.diagram.DiagramNode;
import org.segmenta.diagram.DiagramSession;
import org.segmenta.diagram.Point;
import org.segmenta.diagram.internal.RouteFollower;
import org.segmenta.model.persistence.SegmentationFiles;
import org.segmenta.tests.support.Examples;

/** A node moved by hand keeps the bends of its edges, which follow it and stay orthogonal. */
class MovedEdgesTest {

	@TempDir
	Path folder;

	@Test
	void theEdgesOfAMovedNodeKeepTheirBendsStayOrthogonalAndSurviveAReopen() throws Exception {
		Path model = Examples.modelCopy(folder);
		DiagramSession session = Fixtures.open(model, "segment-tree");
		DiagramGraph before = session.graph();
		// a top-level node whose edges ELK routed with bends
		DiagramNode moved = before.roots().stream().filter(node -> edgesAt(before, node).stream().anyMatch(edge -> edge.route().size() > 2))
				.findFirst().orElseThrow();
		Map<String, List<Point>> oldRoutes = new HashMap<>();
		edgesAt(before, moved).forEach(edge -> oldRoutes.put(edge.id(), List.copyOf(edge.route())));
		Bounds target = new Bounds(moved.bounds().x() + 90, moved.bounds().y() + 40, moved.bounds().width(), moved.bounds().height());
		session.domain().getCommandStack().execute(session.layout().changeBounds(Map.of(moved.id(), target)));

		DiagramGraph after = session.graph();
		for (DiagramEdge edge : edgesAt(after, moved)) {
			List<Point> oldRoute = oldRoutes.get(edge.id());
			List<Point> route = edge.route();
			assertTrue(onBorder(route.get(0), edge.source().absoluteBounds()), edge.id() + " starts at its source: " + route);
			assertTrue(onBorder(route.get(route.size() - 1), edge.target().absoluteBounds()), edge.id() + " ends at its target: " + route);
			if (orthogonal(oldRoute)) {
				assertTrue(orthogonal(route), edge.id() + " stays orthogonal: " + oldRoute + " -> " + route);
			}
			if (oldRoute.size() > 2) {
				assertEquals(oldRoute.size(), route.size(), edge.id() + " keeps its bends");
				// those away from the ends stay where they were
				assertEquals(oldRoute.subList(2, oldRoute.size() - 2), route.subList(2, route.size() - 2), edge.id());
			}
		}

		SegmentationFiles.save(session.project(), model);
		DiagramFiles.save(session.stateResource());
		DiagramGraph reopened = Fixtures.open(model, "segment-tree").graph();
		for (DiagramEdge edge : edgesAt(after, moved)) {
			assertEquals(edge.route(), reopened.edge(edge.id()).route(), edge.id() + " as saved");
		}

		session.domain().getCommandStack().undo();
		DiagramGraph undone = session.graph();
		for (DiagramEdge edge : edgesAt(undone, moved)) {
			assertEquals(oldRoutes.get(edge.id()), edge.route(), edge.id() + " after undo");
		}
	}

	@Test
	void aRouteFollowsItsEnds() {
		Bounds source = new Bounds(0, 0, 100, 40);
		Bounds target = new Bounds(200, 200, 100, 40);
		List<Point> route = List.of(new Point(50, 40), new Point(50, 120), new Point(250, 120), new Point(250, 200));

		// both ends moved alike: the whole route moves
		assertEquals(List.of(new Point(60, 45), new Point(60, 125), new Point(260, 125), new Point(260, 205)),
				RouteFollower.follow(route, source, shifted(source, 10, 5), target, shifted(target, 10, 5)));
		// the target moved right: its end follows and the last bend turns with it, the first stays
		assertEquals(List.of(new Point(50, 40), new Point(50, 120), new Point(280, 120), new Point(280, 200)),
				RouteFollower.follow(route, source, source, target, shifted(target, 30, 0)));
		// the source widened to the right: its end keeps its relative place on the border
		assertEquals(new Point(100, 40), RouteFollower.follow(route, source, new Bounds(0, 0, 200, 40), target, target).get(0));
		// a vertical straight line becomes a Z when one end moves sideways; a diagonal one is left to be drawn straight
		List<Point> vertical = List.of(new Point(50, 40), new Point(50, 200));
		assertEquals(List.of(new Point(50, 40), new Point(50, 120), new Point(80, 120), new Point(80, 200)),
				RouteFollower.follow(vertical, source, source, new Bounds(0, 200, 100, 40), new Bounds(30, 200, 100, 40)));
		assertTrue(RouteFollower.follow(List.of(new Point(100, 40), new Point(200, 200)), source, source, target, shifted(target, 5, 5)).isEmpty());
		assertFalse(RouteFollower.follow(route, source, source, target, target).isEmpty());
	}

	private static Bounds shifted(Bounds bounds, double dx, double dy) {
		return new Bounds(bounds.x() + dx, bounds.y() + dy, bounds.width(), bounds.height());
	}

	private static List<DiagramEdge> edgesAt(DiagramGraph graph, DiagramNode node) {
		return graph.edges().stream().filter(edge -> edge.source().id().equals(node.id()) || edge.target().id().equals(node.id())).toList();
	}

	private static boolean orthogonal(List<Point> route) {
		for (int i = 1; i < route.size(); i++) {
			Point a = route.get(i - 1);
			Point b = route.get(i);
			if (Math.abs(a.x() - b.x()) > 0.5 && Math.abs(a.y() - b.y()) > 0.5) {
				return false;
			}
		}
		return true;
	}

	private static boolean onBorder(Point point, Bounds box) {
		double slack = 2;
		boolean inside = point.x() >= box.x() - slack && point.x() <= box.x() + box.width() + slack && point.y() >= box.y() - slack
				&& point.y() <= box.y() + box.height() + slack;
		boolean atAnEdge = Math.abs(point.x() - box.x()) <= slack || Math.abs(point.x() - box.x() - box.width()) <= slack
				|| Math.abs(point.y() - box.y()) <= slack || Math.abs(point.y() - box.y() - box.height()) <= slack;
		return inside && atAnEdge;
	}
}

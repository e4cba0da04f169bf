/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.diagram.Bounds;
import org.segmenta.diagram.DiagramEdge;
import org.segmenta.diagram.DiagramFiles;
import org.segmenta.diagram.DiagramGraph;
import org.segmenta.diagram.DiagramSession;
import org.segmenta.diagram.Point;
import org.segmenta.model.persistence.SegmentationFiles;
import org.segmenta.tests.support.Examples;

/** Edges routed by hand (GLSP's routing handles): saved, drawn through their bends from border to border, undone. */
class HandRoutedEdgesTest {

	private static final String EDGE = "st-has-sub-segment:st-segment:seg-curious->st-segment:seg-curious-deep";

	@TempDir
	Path folder;

	@Test
	void anEdgeBentByHandRunsThroughItsBendsFromBorderToBorderAndIsSavedAndUndone() throws Exception {
		Path model = Examples.modelCopy(folder);
		DiagramSession session = Fixtures.open(model, "segment-tree");
		DiagramEdge before = session.graph().edge(EDGE);
		List<Point> oldRoute = List.copyOf(before.route());
		Bounds source = before.source().absoluteBounds();
		Bounds target = before.target().absoluteBounds();
		// two bends well right of both nodes
		double right = Math.max(source.x() + source.width(), target.x() + target.width()) + 80;
		List<Point> bends = List.of(new Point(right, source.y() + source.height() / 2), new Point(right, target.y() + target.height() / 2));

		session.domain().getCommandStack().execute(session.layout().changeRoutes(Map.of(EDGE, bends)));

		List<Point> route = session.graph().edge(EDGE).route();
		assertEquals(bends, route.subList(1, route.size() - 1), "the bends as dragged");
		// the lines to the bends leave the nodes on their right sides, level with the bends
		assertEquals(new Point(source.x() + source.width(), source.y() + source.height() / 2), route.get(0), "starts on the source's border");
		assertEquals(new Point(target.x() + target.width(), target.y() + target.height() / 2), route.get(route.size() - 1),
				"ends on the target's border");

		SegmentationFiles.save(session.project(), model);
		DiagramFiles.save(session.stateResource());
		DiagramGraph reopened = Fixtures.open(model, "segment-tree").graph();
		assertEquals(route, reopened.edge(EDGE).route(), "as saved in the diagram file");

		session.domain().getCommandStack().undo();
		assertEquals(oldRoute, session.graph().edge(EDGE).route(), "undone");

		// no bends: straight from border to border
		session.domain().getCommandStack().execute(session.layout().changeRoutes(Map.of(EDGE, List.of())));
		assertEquals(2, session.graph().edge(EDGE).route().size(), session.graph().edge(EDGE).route().toString());
	}

	@Test
	void anUnknownEdgeIsRefusedByName() throws Exception {
		DiagramSession session = Fixtures.open(Examples.modelCopy(folder), "segment-tree");
		IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
				() -> session.layout().changeRoutes(Map.of("st-nothing:a->b", List.of())));
		assertTrue(refused.getMessage().contains("'st-nothing:a->b'"), refused.getMessage());
	}
}

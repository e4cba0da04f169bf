/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.glsp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.diagram.DiagramFiles;
import org.segmenta.diagram.Point;
import org.segmenta.diagram.glsp.DiagramServer;
import org.segmenta.diagram.state.DiagramFile;
import org.segmenta.diagram.state.DiagramView;
import org.segmenta.diagram.state.NodeLayout;
import org.segmenta.model.Project;
import org.segmenta.model.persistence.ModelLoadException;
import org.segmenta.tests.support.Examples;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Drawing aids in Debian's Chromium (browser/drawing.mjs), checked in the diagram files the page
 * saves after each step: snap to grid, and edges bent by hand.
 */
class DrawingBrowserTest {

	/** The grid's spacing in the client (grid.ts). */
	private static final double GRID = 20;
	/** A drag that is no multiple of the grid, so that a free move ends off it. */
	private static final int DX = 37;
	private static final int DY = 23;
	/** How far a bend is dragged, and then the edge's target node. */
	private static final int BEND_DX = 30;
	private static final int BEND_DY = 10;
	private static final int NODE_DY = 40;

	@TempDir
	Path folder;

	@Test
	void aDragEndsOnTheGridOnlyWhileSnapToGridIsOn() throws Exception {
		Path model = Examples.modelCopy(folder);
		try (DiagramServer server = DiagramServer.start(model)) {
			Project project = server.project();
			String node = "st-segmentation:" + project.getSegmentations().get(0).getId();
			JsonObject scenario = BrowserScripts.savingScenario(server, "segment-tree", model, folder);
			JsonObject snap = new JsonObject();
			snap.addProperty("node", node);
			snap.addProperty("dx", DX);
			snap.addProperty("dy", DY);
			scenario.add("snap", snap);
			String bentEdge = "st-has-sub-segment:st-segment:seg-curious->st-segment:seg-curious-deep";
			String bentTarget = "st-segment:seg-curious-deep";
			JsonObject bend = new JsonObject();
			bend.addProperty("edge", bentEdge);
			bend.addProperty("target", bentTarget);
			bend.addProperty("dx", BEND_DX);
			bend.addProperty("dy", BEND_DY);
			bend.addProperty("nodeDy", NODE_DY);
			scenario.add("bend", bend);

			String output = BrowserScripts.run(folder, "drawing.mjs", new Gson().toJson(scenario), 180);
			JsonObject seen = JsonParser.parseString(BrowserScripts.lastLine(output)).getAsJsonObject();
			assertEquals(0, seen.getAsJsonArray("consoleErrors").size(), "console errors: " + seen.get("consoleErrors"));
			List<Path> steps = steps();
			assertEquals(List.of("01-moved-free", "02-moved-snapped", "03-bent", "04-bent-node-moved", "05-node-move-undone", "06-bend-undone",
					"07-bent-again", "08-arranged"), steps.stream().map(step -> step.getFileName().toString()).toList());
			Path[] saved = steps.stream().map(step -> step.resolve(model.getFileName())).toArray(Path[]::new);

			// off as the diagram opens: the node lands where the mouse let go, off the grid
			assertEquals(state(false), seen.get("snapAtStart"), "snap to grid is off, and no grid is drawn");
			NodeLayout free = layout(steps.get(0).resolve(model.getFileName()), node);
			assertNotNull(free, "the moved node is placed in the diagram file");
			JsonObject freeFrom = seen.getAsJsonObject("freeFrom");
			assertEquals(freeFrom.get("x").getAsDouble() + DX, free.getX(), 1.0, "moved by the drag");
			assertEquals(freeFrom.get("y").getAsDouble() + DY, free.getY(), 1.0, "moved by the drag");
			assertFalse(onGrid(free.getX()) && onGrid(free.getY()), "a free move is not snapped: " + free.getX() + ", " + free.getY());

			// on from the toolbar: the grid is drawn, and the drag ends on a grid point near where the mouse let go
			assertEquals(state(true), seen.get("snapAfterClick"), "the switch shows pressed, and the grid is drawn");
			NodeLayout snapped = layout(steps.get(1).resolve(model.getFileName()), node);
			assertTrue(onGrid(snapped.getX()) && onGrid(snapped.getY()), "snapped to the grid: " + snapped.getX() + ", " + snapped.getY());
			JsonObject snappedFrom = seen.getAsJsonObject("snappedFrom");
			assertEquals(snappedFrom.get("x").getAsDouble() + DX, snapped.getX(), GRID / 2 + 1, "near the drag's end");
			assertEquals(snappedFrom.get("y").getAsDouble() + DY, snapped.getY(), GRID / 2 + 1, "near the drag's end");
			JsonObject snappedTo = seen.getAsJsonObject("snappedTo");
			assertEquals(snapped.getX(), snappedTo.get("x").getAsDouble(), 0.01, "drawn where it is saved");
			assertEquals(snapped.getY(), snappedTo.get("y").getAsDouble(), 0.01, "drawn where it is saved");

			// Alt+Shift+G switches it off again
			assertEquals(state(false), seen.get("snapAfterKey"));

			// a bend dragged by hand is saved in the diagram file, where the mouse let go
			JsonObject bendTo = seen.getAsJsonObject("bendTo");
			Point bent = new Point(bendTo.get("x").getAsDouble(), bendTo.get("y").getAsDouble());
			List<Double> before = edgePoints(saved[1], bentEdge);
			assertFalse(passesThrough(before, bent), "the route did not bend there before: " + before);
			assertTrue(passesThrough(edgePoints(saved[2], bentEdge), bent), "bent at " + bent + ": " + edgePoints(saved[2], bentEdge));
			// the edge's target moved: the hand-made bend stays where it is
			NodeLayout targetBefore = layout(saved[2], bentTarget);
			NodeLayout targetMoved = layout(saved[3], bentTarget);
			assertEquals(targetBefore.getY() + NODE_DY, targetMoved.getY(), 1.0, "the target moved down");
			assertTrue(passesThrough(edgePoints(saved[3], bentEdge), bent), "the bend is kept: " + edgePoints(saved[3], bentEdge));
			// undone: the move, then the bend
			assertEquals(edgePoints(saved[2], bentEdge), edgePoints(saved[4], bentEdge), "undoing the move gives back the bent route");
			assertEquals(targetBefore.getY(), layout(saved[4], bentTarget).getY(), 0.01);
			assertEquals(before, edgePoints(saved[5], bentEdge), "undoing the bend gives back the route before");
			// bent again, and Arrange all lays the edge out anew
			assertTrue(passesThrough(edgePoints(saved[6], bentEdge), bent), "bent again: " + edgePoints(saved[6], bentEdge));
			assertFalse(passesThrough(edgePoints(saved[7], bentEdge), bent), "Arrange all routes the unpinned edge anew: " + edgePoints(saved[7], bentEdge));
		}
	}

	/** The saved route of the edge as x1, y1, x2, y2, ..., or empty without one. */
	private static List<Double> edgePoints(Path modelFile, String edge) throws ModelLoadException {
		return diagram(modelFile).getViews().stream().filter(view -> "segment-tree".equals(view.getKind())).map(DiagramView::getEdges)
				.flatMap(List::stream).filter(layout -> edge.equals(layout.getEdge())).findFirst().map(layout -> List.copyOf(layout.getPoints()))
				.orElse(List.of());
	}

	/** Whether the route bends at (or passes within a pixel and a half of) the point. */
	private static boolean passesThrough(List<Double> route, Point point) {
		for (int i = 0; i + 1 < route.size(); i += 2) {
			if (Math.abs(route.get(i) - point.x()) <= 1.5 && Math.abs(route.get(i + 1) - point.y()) <= 1.5) {
				return true;
			}
		}
		return false;
	}

	private static DiagramFile diagram(Path modelFile) throws ModelLoadException {
		return (DiagramFile) DiagramFiles.stateResource(new ResourceSetImpl(), URI.createFileURI(modelFile.toString())).getContents().get(0);
	}

	private List<Path> steps() throws IOException {
		List<Path> steps = new ArrayList<>();
		try (Stream<Path> listed = Files.list(folder.resolve("snapshots"))) {
			listed.sorted().forEach(steps::add);
		}
		return steps;
	}

	private static boolean onGrid(double coordinate) {
		return Math.abs(coordinate / GRID - Math.round(coordinate / GRID)) < 1e-6;
	}

	private static JsonObject state(boolean on) {
		JsonObject state = new JsonObject();
		state.addProperty("pressed", on);
		state.addProperty("grid", on);
		return state;
	}

	/** The node's saved place in the segment tree's view of the saved diagram file. */
	private static NodeLayout layout(Path modelFile, String node) throws ModelLoadException {
		return diagram(modelFile).getViews().stream().filter(view -> "segment-tree".equals(view.getKind())).map(DiagramView::getNodes)
				.flatMap(List::stream).filter(layout -> node.equals(layout.getNode())).findFirst().orElse(null);
	}
}

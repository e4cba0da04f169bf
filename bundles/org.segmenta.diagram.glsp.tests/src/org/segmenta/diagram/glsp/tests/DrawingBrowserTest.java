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
 * saves after each step: snap to grid.
 */
class DrawingBrowserTest {

	/** The grid's spacing in the client (grid.ts). */
	private static final double GRID = 20;
	/** A drag that is no multiple of the grid, so that a free move ends off it. */
	private static final int DX = 37;
	private static final int DY = 23;

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

			String output = BrowserScripts.run(folder, "drawing.mjs", new Gson().toJson(scenario), 180);
			JsonObject seen = JsonParser.parseString(BrowserScripts.lastLine(output)).getAsJsonObject();
			assertEquals(0, seen.getAsJsonArray("consoleErrors").size(), "console errors: " + seen.get("consoleErrors"));
			List<Path> steps = steps();
			assertEquals(List.of("01-moved-free", "02-moved-snapped"), steps.stream().map(step -> step.getFileName().toString()).toList());

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
		}
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
		DiagramFile diagram = (DiagramFile) DiagramFiles.stateResource(new ResourceSetImpl(), URI.createFileURI(modelFile.toString()))
				.getContents().get(0);
		return diagram.getViews().stream().filter(view -> "segment-tree".equals(view.getKind())).map(DiagramView::getNodes)
				.flatMap(List::stream).filter(layout -> node.equals(layout.getNode())).findFirst().orElse(null);
	}
}

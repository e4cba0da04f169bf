/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.glsp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.diagram.glsp.DiagramServer;
import org.segmenta.model.Persona;
import org.segmenta.model.Project;
import org.segmenta.model.Segment;
import org.segmenta.model.Segmentation;
import org.segmenta.tests.support.Examples;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The real server and the real web client in headless Chromium (Debian's chromium, driven by
 * puppeteer-core): the palette creates a segment inside a segmentation and connects it to a
 * persona; the EMF model must have both changes. Screenshots of each step go to
 * target/screenshots.
 */
class BrowserTest {

	@TempDir
	Path folder;

	@Test
	void paletteCreatesASegmentConnectsItToAPersonaAndDeletesAnother() throws Exception {
		Path model = Examples.modelCopy(folder);
		try (DiagramServer server = DiagramServer.start(model)) {
			Project project = server.project();
			Segmentation segmentation = project.getSegmentations().get(0);
			Persona persona = project.getPersonas().get(project.getPersonas().size() - 1);
			int segmentsBefore = segmentation.getSegments().size();
			Segment deleted = segmentation.getSegments().get(segmentsBefore - 1);

			String scenario = """
					{"url": "%s", "screenshots": "%s", "name": "segment-tree", "layers": ["st-personas"],
					 "createTool": "Segment", "container": "st-segmentation:%s", "newLabel": "New segment",
					 "connectTool": "Described by persona", "target": "st-persona:%s", "deleted": "st-segment:%s"}
					""".formatted(server.pageUrl("segment-tree"), BrowserScripts.screenshots(), segmentation.getId(), persona.getId(), deleted.getId());
			String output = BrowserScripts.run(folder, "create-and-connect.mjs", scenario, 120);

			assertFalse(segmentation.getSegments().contains(deleted), "the deletion tool deleted " + deleted.getName());
			assertEquals(segmentsBefore, segmentation.getSegments().size(), output);
			Segment created = segmentation.getSegments().get(segmentsBefore - 1);
			assertEquals("New segment", created.getName());
			assertEquals(List.of(persona), created.getPersonas(), "the edge drawn in the browser links the new segment");
			assertTrue(server.editingDomain().getCommandStack().canUndo());
		}
	}

	@Test
	void everyKindIsDrawnWithItsLabelsAndWithoutErrors() throws Exception {
		Path model = Examples.modelCopy(folder);
		try (DiagramServer server = DiagramServer.start(model)) {
			StringBuilder pages = new StringBuilder();
			for (String kind : server.kinds()) {
				pages.append(pages.isEmpty() ? "" : ",").append("{\"name\": \"%s\", \"url\": \"%s\"}".formatted(kind, server.pageUrl(kind)));
			}
			String output = BrowserScripts.run(folder, "show-kinds.mjs", "{\"pages\": [%s], \"screenshots\": \"%s\"}".formatted(pages, BrowserScripts.screenshots()), 120);
			JsonArray results = JsonParser.parseString(BrowserScripts.lastLine(output)).getAsJsonArray();
			assertEquals(server.kinds().size(), results.size());
			for (JsonElement element : results) {
				JsonObject result = element.getAsJsonObject();
				String kind = result.get("name").getAsString();
				assertTrue(result.get("nodes").getAsInt() > 0, kind + " draws no nodes");
				assertEquals(0, result.getAsJsonArray("errors").size(), kind + ": " + result.get("errors"));
			}
			// names keep their Nordic letters on the way through the server, JSON and the browser
			String personaBoard = results.asList().stream().map(JsonElement::getAsJsonObject)
					.filter(result -> result.get("name").getAsString().equals("persona-board")).findFirst().orElseThrow().get("labels").toString();
			Persona persona = server.project().getPersonas().stream().filter(p -> p.getName().matches(".*[æøåäöÆØÅÄÖ].*")).findFirst().orElseThrow();
			assertTrue(personaBoard.contains(persona.getName()), persona.getName() + " in " + personaBoard);
		}
	}
}

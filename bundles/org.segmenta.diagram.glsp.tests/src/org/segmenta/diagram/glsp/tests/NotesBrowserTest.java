/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.glsp.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.segmenta.diagram.state.DiagramNote;
import org.segmenta.diagram.state.DiagramView;
import org.segmenta.model.persistence.ModelLoadException;
import org.segmenta.tests.support.Examples;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Notes in Debian's Chromium (browser/notes.mjs): the palette's Note, its text written in place over
 * two lines, the palette's Note link, its node end dragged to another node, and undo, checked in the
 * diagram files the page saves after each step; the model file stays as it was.
 */
class NotesBrowserTest {

	private static final String FIRST_LINE = "Så hvad? Medlemmer i Århus vil have mere fællesskab";
	private static final String SECOND_LINE = "Näin päätettiin";

	@TempDir
	Path folder;

	@Test
	void aNoteIsMadeWrittenLinkedFromThePaletteAndReconnectedAndUndone() throws Exception {
		Path model = Examples.modelCopy(folder);
		try (DiagramServer server = DiagramServer.start(model)) {
			String target = "st-segment:" + server.project().getSegmentations().get(0).getSegments().get(0).getId();
			String newTarget = "st-segment:" + server.project().getSegmentations().get(0).getSegments().get(1).getId();
			JsonObject scenario = BrowserScripts.savingScenario(server, "segment-tree", model, folder);
			scenario.addProperty("note", "note:n1");
			scenario.addProperty("firstLine", FIRST_LINE);
			scenario.addProperty("secondLine", SECOND_LINE);
			scenario.addProperty("target", target);
			scenario.addProperty("newTarget", newTarget);
			scenario.addProperty("noteTool", "Note");
			scenario.addProperty("linkTool", "Note link");

			String output = BrowserScripts.run(folder, "notes.mjs", new Gson().toJson(scenario), 180);
			JsonObject seen = JsonParser.parseString(BrowserScripts.lastLine(output)).getAsJsonObject();
			assertEquals(0, seen.getAsJsonArray("consoleErrors").size(), "console errors: " + seen.get("consoleErrors"));
			assertTrue(seen.get("folded").getAsBoolean(), "the note is drawn with its folded corner");
			assertTrue(seen.get("editOpened").getAsBoolean(), "a double click opens the note's text for editing");
			List<Path> steps = steps();
			assertEquals(List.of("01-note-created", "02-note-written", "03-note-linked", "04-link-reconnected", "05-reconnect-undone",
					"06-link-undone", "07-text-undone"), steps.stream().map(step -> step.getFileName().toString()).toList());

			DiagramNote created = note(steps.get(0), model);
			assertTrue(created.isFramed());
			assertEquals("", created.getText());
			assertTrue(layoutOf(steps.get(0), model), "placed at the click, in the diagram file");
			assertEquals(FIRST_LINE + "\n" + SECOND_LINE, note(steps.get(1), model).getText(), "two lines, Nordic letters kept");
			assertEquals(List.of(target), note(steps.get(2), model).getAttachedTo());
			assertEquals(List.of(newTarget), note(steps.get(3), model).getAttachedTo(), "the link's end dragged to another segment");
			assertEquals(List.of(target), note(steps.get(4), model).getAttachedTo(), "undo puts it back");
			assertEquals(List.of(), note(steps.get(5), model).getAttachedTo(), "undo takes the link back");
			assertEquals("", note(steps.get(6), model).getText(), "and then the text");

			byte[] first = Files.readAllBytes(steps.get(0).resolve(model.getFileName()));
			for (Path step : steps) {
				assertArrayEquals(first, Files.readAllBytes(step.resolve(model.getFileName())), "the model file is untouched: " + step);
			}
		}
	}

	private static DiagramView view(Path step, Path model) throws ModelLoadException {
		DiagramFile file = (DiagramFile) DiagramFiles.stateResource(new ResourceSetImpl(),
				URI.createFileURI(step.resolve(model.getFileName()).toString())).getContents().get(0);
		return file.getViews().stream().filter(view -> "segment-tree".equals(view.getKind())).findFirst().orElseThrow();
	}

	private static DiagramNote note(Path step, Path model) throws ModelLoadException {
		List<DiagramNote> notes = view(step, model).getNotes();
		assertEquals(1, notes.size(), "one note in " + step);
		return notes.get(0);
	}

	private static boolean layoutOf(Path step, Path model) throws ModelLoadException {
		return view(step, model).getNodes().stream().anyMatch(layout -> layout.getNode().equals("note:n1") && layout.getWidth() == 180);
	}

	private List<Path> steps() throws IOException {
		List<Path> steps = new ArrayList<>();
		try (Stream<Path> listed = Files.list(folder.resolve("snapshots"))) {
			listed.sorted().forEach(steps::add);
		}
		return steps;
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.glsp.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.diagram.DiagramFiles;
import org.segmenta.diagram.glsp.DiagramServer;
import org.segmenta.diagram.state.DiagramFile;
import org.segmenta.diagram.state.DiagramView;
import org.segmenta.diagram.state.NodeLayout;
import org.segmenta.model.Persona;
import org.segmenta.model.Project;
import org.segmenta.model.Segment;
import org.segmenta.model.Segmentation;
import org.segmenta.model.ValueCommunity;
import org.segmenta.model.persistence.SegmentationFiles;
import org.segmenta.tests.support.Examples;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The editing a user reaches for, driven in the real web client in headless Chromium
 * (browser/editing.mjs) against the real server on a copy of the example: direct edit, cut (not
 * bound) and copy, reconnecting an edge, the context menu (a tool, delete from model, align,
 * distribute, export), the toolbar and its keys, reparenting by drag and drop, and hide, show hidden
 * elements, remove from diagram and pin with Arrange all, duplicate, and copy and paste (refused
 * where no create tool allows the copy). The page saves after each
 * action and after undoing it; this test reads every saved model and diagram file.
 */
class EditingBrowserTest {

	private static final String RENAMED = "Åse og Øystein";

	@TempDir
	Path folder;

	@Test
	void everyEditingActionChangesTheFilesAndUndoRestoresThem() throws Exception {
		Path model = Examples.modelCopy(folder);
		Path diagramFile = BrowserScripts.diagramFile(model);
		try (DiagramServer server = DiagramServer.start(model)) {
			Project project = server.project();
			Segmentation values = project.getSegmentations().get(0);
			Segmentation ladder = project.getSegmentations().get(1);
			Segment curious = segment(project, "seg-curious");
			Segment deep = segment(project, "seg-curious-deep");
			Segment broad = segment(project, "seg-curious-broad");
			Segment renamed = values.getSegments().stream().filter(segment -> !segment.getPersonas().isEmpty()).findFirst().orElseThrow();
			Persona row = renamed.getPersonas().get(0);
			Persona otherPersona = project.getPersonas().stream().filter(persona -> !renamed.getPersonas().contains(persona)).findFirst()
					.orElseThrow();
			Segment doomed = ladder.getSegments().get(ladder.getSegments().size() - 1);
			Segment newParent = values.getSegments().stream().filter(segment -> segment != curious).findFirst().orElseThrow();
			ValueCommunity flexible = community(project, "vc-balance-flex");
			ValueCommunity curiosity = community(project, "vc-curious");
			String oldName = renamed.getName();
			int segmentations = project.getSegmentations().size();

			JsonObject scenario = BrowserScripts.savingScenario(server, "segment-tree", model, folder);
			scenario.addProperty("communityUrl", server.pageUrl("value-community-map"));
			scenario.addProperty("downloads", folder.resolve("downloads").toString());
			scenario.add("rename", object("node", "st-segment:" + renamed.getId(), "row",
					"st-segment:" + renamed.getId() + "/st-segment-persona:" + row.getId(), "name", RENAMED));
			String edge = "st-described-by:st-segment:" + renamed.getId() + "->st-persona:" + row.getId();
			scenario.add("reconnect", object("edge", edge, "newTarget", "st-persona:" + otherPersona.getId(), "newEdge",
					"st-described-by:st-segment:" + renamed.getId() + "->st-persona:" + otherPersona.getId()));
			scenario.addProperty("menuDelete", "st-segment:" + doomed.getId());
			JsonArray aligned = new JsonArray();
			aligned.add("st-segmentation:" + values.getId());
			aligned.add("st-persona:" + otherPersona.getId());
			scenario.add("personas", aligned);
			JsonArray distributed = new JsonArray();
			distributed.add("st-segmentation:" + values.getId());
			distributed.add("st-segmentation:" + ladder.getId());
			distributed.add("st-persona:" + otherPersona.getId());
			scenario.add("distributed", distributed);
			scenario.add("reparent", object("refusedNode", "st-segment:" + curious.getId(), "refusedTarget", "st-segment:" + deep.getId(),
					"node", "st-segment:" + broad.getId(), "target", "st-segment:" + newParent.getId(), "edge",
					"st-has-sub-segment:st-segment:" + newParent.getId() + "->st-segment:" + broad.getId()));
			String hidden = "st-segment:" + deep.getId();
			String removed = "st-segment:" + broad.getId();
			String pinned = "st-segmentation:" + ladder.getId();
			scenario.add("visibility", object("hide", hidden, "remove", removed, "pin", pinned));
			scenario.add("community", object("node", "vc-sub-community:" + flexible.getId(), "target", "vc-community:" + curiosity.getId()));
			scenario.addProperty("personaUrl", server.pageUrl("persona-board"));
			scenario.add("duplicate", object("node", "st-segment:" + curious.getId(), "label", curious.getName()));
			Persona sanne = (Persona) project.eResource().getEObject("per-sanne");
			Persona paivi = (Persona) project.eResource().getEObject("per-paivi");
			scenario.add("paste", object("node", "pb-persona:" + sanne.getId(), "label", sanne.getName(), "refusedTarget", "pb-persona:" + paivi.getId()));
			Set<String> idsBefore = allIds(project);

			String output = BrowserScripts.run(folder, "editing.mjs", new Gson().toJson(scenario), 300);
			JsonObject seen = JsonParser.parseString(BrowserScripts.lastLine(output)).getAsJsonObject();
			assertEquals(0, seen.getAsJsonArray("consoleErrors").size(), "console errors: " + seen.get("consoleErrors"));

			List<Path> steps = new ArrayList<>();
			try (Stream<Path> listed = Files.list(folder.resolve("snapshots"))) {
				listed.sorted().forEach(steps::add);
			}
			assertEquals(List.of("01-renamed", "02-rename-undone", "03-reconnected", "04-reconnect-undone", "05-menu-created",
					"06-menu-create-undone", "07-menu-deleted", "08-menu-delete-undone", "09-aligned", "10-arranged", "11-arrange-undone",
					"12-align-undone", "13-reparented", "14-reparent-undone", "15-distributed", "16-distribute-undone", "17-community-reparented",
					"18-community-reparent-undone", "19-hidden", "20-hide-undone", "21-revealed", "22-reveal-undone", "23-removed",
					"24-remove-undone", "25-pinned", "26-pinned-arranged", "27-pinned-arrange-undone", "28-pin-undone", "29-duplicated",
					"30-duplicate-undone", "31-persona-pasted", "32-persona-paste-undone"),
					steps.stream().map(step -> step.getFileName().toString()).toList());
			Saved[] saved = new Saved[steps.size() + 1];
			for (int i = 0; i < steps.size(); i++) {
				saved[i + 1] = Saved.read(steps.get(i).resolve(model.getFileName()));
			}

			// direct edit only where the rename tool applies
			assertFalse(seen.get("rowEditOpened").getAsBoolean(), "a persona row's label opened for editing");
			assertTrue(seen.get("nameEditOpened").getAsBoolean(), "the segment's name did not open for editing");
			assertEquals(RENAMED, saved[1].segment(renamed.getId()).getName());
			assertEquals(oldName, saved[2].segment(renamed.getId()).getName());

			// cut is not bound and sends nothing; copy only asks the server what the selection holds
			assertEquals(List.of("requestClipboardData"), strings(seen.getAsJsonArray("clipboardKeysSent")));
			assertEquals(List.of(), strings(seen.getAsJsonArray("workbenchKeysSent")), "Alt+Shift+W and Alt+Enter send nothing outside the workbench");
			assertEquals(1, seen.getAsJsonArray("workbenchKeysSelection").size(), "and leave the selection as it was");

			// reconnect: the persona link moved to the other persona, and back
			assertTrue(seen.get("reconnectHandles").getAsInt() >= 2, "the selected edge shows its end handles");
			assertEquals(List.of(otherPersona.getId()), ids(saved[3].segment(renamed.getId()).getPersonas()));
			assertEquals(ids(renamed.getPersonas()), ids(saved[4].segment(renamed.getId()).getPersonas()));

			// context menu on the canvas: the top-level tool, the diagram-wide commands, nothing for a node
			List<String> canvasMenu = strings(seen.getAsJsonArray("canvasMenu"));
			assertTrue(canvasMenu.containsAll(List.of("segmenta.new", "segmenta.new.st-new-segmentation", "segmenta.arrange-all",
					"segmenta.export-svg", "segmenta.export-png")), canvasMenu.toString());
			assertFalse(canvasMenu.contains("segmenta.delete") || canvasMenu.contains("segmenta.new.st-new-segment"), canvasMenu.toString());
			Segmentation created = saved[5].project.getSegmentations().get(segmentations);
			assertEquals("New segmentation", created.getName());
			assertNotNull(saved[5].layout("segment-tree", "st-segmentation:" + created.getId()), "the new segmentation is placed");
			assertEquals(segmentations, saved[6].project.getSegmentations().size());
			assertNull(saved[6].layout("segment-tree", "st-segmentation:" + created.getId()));

			// context menu on a segment: its tools, rename, delete from model
			List<String> nodeMenu = strings(seen.getAsJsonArray("nodeMenu"));
			assertTrue(nodeMenu.containsAll(List.of("segmenta.rename", "segmenta.delete", "segmenta.new.st-new-sub-segment")), nodeMenu.toString());
			assertFalse(nodeMenu.contains("segmenta.new.st-new-segmentation"), nodeMenu.toString());
			assertFalse(nodeMenu.contains("segmenta.show-in-tree") || nodeMenu.contains("segmenta.properties"),
					"outside the workbench there is no model tree or Properties view to show: " + nodeMenu);
			assertNull(saved[7].find(doomed.getId()), "deleted from the model");
			assertNull(saved[7].layout("segment-tree", "st-segment:" + doomed.getId()));
			assertEquals(doomed.getName(), saved[8].segment(doomed.getId()).getName());

			// align top edges (two nodes selected), arrange all from the toolbar, undo both
			assertTrue(strings(seen.getAsJsonArray("twoNodeMenu")).contains("segmenta.align"));
			String first = aligned.get(0).getAsString();
			String second = aligned.get(1).getAsString();
			assertEquals(saved[9].layout("segment-tree", first).getY(), saved[9].layout("segment-tree", second).getY(), 0.01);
			assertNotEquals(saved[10].layout("segment-tree", first).getY(), saved[10].layout("segment-tree", second).getY(), 0.01);
			assertEquals(saved[9].layout("segment-tree", second).getY(), saved[11].layout("segment-tree", second).getY(), 0.01);
			assertNull(saved[12].layout("segment-tree", second), "undoing the align gives back the automatic layout, which is not saved");

			// toolbar and keys: zoom steps of 25 %, 100 %, fit at most 100 %; Alt+Shift+L arranges
			JsonObject zooms = seen.getAsJsonObject("zooms");
			double start = zooms.get("start").getAsDouble();
			assertEquals(start * 1.25, zooms.get("zoom-in").getAsDouble(), 1e-6);
			assertEquals(start, zooms.get("zoom-out").getAsDouble(), 1e-6);
			assertEquals(1, zooms.get("actual-size").getAsDouble(), 1e-9);
			double fit = zooms.get("fit").getAsDouble();
			assertTrue(fit <= 1, "fit zooms to at most 100 %: " + fit);
			assertEquals(fit * 1.25, zooms.get("key+").getAsDouble(), 1e-6);
			assertEquals(fit, zooms.get("key-").getAsDouble(), 1e-6);
			assertEquals(1, zooms.get("key0").getAsDouble(), 1e-9);
			assertTrue(strings(seen.getAsJsonArray("arrangeKeySent")).contains("layout"), seen.get("arrangeKeySent").toString());

			// export: the server's painter, SVG with the segments' names and a PNG at twice the size
			Path svg = onlyFile(folder.resolve("downloads"), ".svg");
			String svgText = Files.readString(svg, StandardCharsets.UTF_8);
			assertTrue(svgText.startsWith("<svg") || svgText.startsWith("<?xml"), svgText.substring(0, 40));
			assertTrue(svgText.contains(curious.getName()) && svgText.contains(doomed.getName()), "the SVG names the segments");
			Path png = onlyFile(folder.resolve("downloads"), ".png");
			assertTrue(ImageIO.read(png.toFile()).getWidth() > 400, "a PNG of the diagram");
			assertEquals("nordic-members-segment-tree.svg", svg.getFileName().toString());

			// reparent: refused into the segment's own sub-segment, with the reason shown, then onto another segment
			assertTrue(seen.get("refusal").getAsString().contains("cannot be moved into its own"), seen.get("refusal").getAsString());
			assertTrue(saved[13].segment(newParent.getId()).getSubSegments().stream().anyMatch(s -> s.getId().equals(broad.getId())));
			assertFalse(saved[13].segment(curious.getId()).getSubSegments().stream().anyMatch(s -> s.getId().equals(broad.getId())));
			assertEquals(ids(curious.getSubSegments()), ids(saved[14].segment(curious.getId()).getSubSegments()));
			assertNotNull(saved[13].layout("segment-tree", "st-segment:" + broad.getId()), "the moved segment keeps a place");

			// distribute three top-level nodes horizontally: equal gaps between them, in the order they had; undo gives back
			// the automatic layout
			assertTrue(strings(seen.getAsJsonArray("threeNodeMenu")).contains("segmenta.distribute"), seen.get("threeNodeMenu").toString());
			assertFalse(strings(seen.getAsJsonArray("nodeMenu")).contains("segmenta.distribute"), "one node is not distributed");
			assertFalse(strings(seen.getAsJsonArray("twoNodeMenu")).contains("segmenta.distribute"), "two nodes are not distributed");
			List<NodeLayout> spaced = new ArrayList<>();
			for (JsonElement node : distributed) {
				NodeLayout layout = saved[15].layout("segment-tree", node.getAsString());
				assertNotNull(layout, "every distributed node keeps its place: " + node);
				assertNull(saved[16].layout("segment-tree", node.getAsString()), "undone: " + node);
				spaced.add(layout);
			}
			spaced.sort((a, b) -> Double.compare(a.getX(), b.getX()));
			double firstGap = spaced.get(1).getX() - spaced.get(0).getX() - spaced.get(0).getWidth();
			double secondGap = spaced.get(2).getX() - spaced.get(1).getX() - spaced.get(1).getWidth();
			assertEquals(firstGap, secondGap, 0.01, "equal gaps");

			// a sub-community into another community, drawn inside it
			ValueCommunity moved = (ValueCommunity) saved[17].find(flexible.getId());
			assertEquals(curiosity.getId(), ((ValueCommunity) moved.eContainer()).getId());
			assertNotNull(saved[17].layout("value-community-map", "vc-sub-community:" + flexible.getId()));
			String formerParent = ((ValueCommunity) flexible.eContainer()).getId();
			assertEquals(formerParent, ((ValueCommunity) saved[18].find(flexible.getId()).eContainer()).getId());

			// every undo gave back the model as it was: the same file, byte for byte (from the reconnect's undo on:
			// undoing a reconnect puts the segment back in the persona's list of segments at its end, as EMF
			// restores the opposite end of a two-way reference)
			byte[] unchanged = Files.readAllBytes(steps.get(3).resolve(model.getFileName()));
			for (int undone : new int[] { 6, 8, 12, 14, 16, 18 }) {
				assertArrayEquals(unchanged, Files.readAllBytes(steps.get(undone - 1).resolve(model.getFileName())), steps.get(undone - 1).toString());
			}
			// and the diagram file as it was (layouts, layers), where the undone action had changed it
			Path diagramName = diagramFile.getFileName();
			byte[] layout = Files.readAllBytes(steps.get(3).resolve(diagramName));
			for (int undone : new int[] { 6, 8, 12, 14, 16 }) {
				assertArrayEquals(layout, Files.readAllBytes(steps.get(undone - 1).resolve(diagramName)), steps.get(undone - 1).toString());
			}
			// (the value-community map, opened last, adds a view of its own to the file: it keeps no layout after the undo)
			assertNull(saved[18].layout("value-community-map", "vc-sub-community:" + flexible.getId()));
			assertArrayEquals(Files.readAllBytes(steps.get(8).resolve(diagramName)), Files.readAllBytes(steps.get(10).resolve(diagramName)),
					"undoing Arrange All gives back the aligned layout");

			// hide from the menu, undone; hidden by its key and shown again from the dialog, undone: kept in the
			// representation, with the hidden node's place
			assertTrue(strings(seen.getAsJsonArray("hideMenu")).containsAll(List.of("segmenta.hide", "segmenta.remove-from-diagram",
					"segmenta.show-hidden", "segmenta.pin")), seen.get("hideMenu").toString());
			assertEquals(List.of(hidden), saved[19].view("segment-tree").getHiddenElements());
			assertNotNull(saved[19].layout("segment-tree", hidden), "a hidden node keeps its place");
			assertTrue(saved[20].view("segment-tree").getHiddenElements().isEmpty());
			assertArrayEquals(Files.readAllBytes(steps.get(17).resolve(diagramName)), Files.readAllBytes(steps.get(19).resolve(diagramName)),
					"undoing Hide gives back the diagram file");
			JsonObject listed = seen.getAsJsonArray("hiddenListed").get(0).getAsJsonObject();
			assertEquals(1, seen.getAsJsonArray("hiddenListed").size(), seen.get("hiddenListed").toString());
			assertEquals(hidden, listed.get("id").getAsString());
			assertEquals("Segment '" + deep.getName() + "'", listed.get("label").getAsString());
			assertTrue(saved[21].view("segment-tree").getHiddenElements().isEmpty(), "shown again");
			assertEquals(List.of(hidden), saved[22].view("segment-tree").getHiddenElements(), "showing undone");
			assertArrayEquals(Files.readAllBytes(steps.get(18).resolve(diagramName)), Files.readAllBytes(steps.get(21).resolve(diagramName)),
					"hidden by key as by the menu");
			// remove from diagram (by its key): hidden without its place, undone
			assertEquals(List.of(removed), saved[23].view("segment-tree").getHiddenElements());
			assertNull(saved[23].layout("segment-tree", removed), "a removed node forgets its place");
			assertArrayEquals(Files.readAllBytes(steps.get(17).resolve(diagramName)), Files.readAllBytes(steps.get(23).resolve(diagramName)),
					"undoing Remove from diagram gives back the diagram file");
			// pin: the moved node keeps its place through Arrange all, undone
			JsonObject pinnedAt = seen.getAsJsonObject("pinnedAt");
			assertTrue(strings(seen.getAsJsonArray("unpinMenu")).contains("segmenta.unpin"), seen.get("unpinMenu").toString());
			assertFalse(strings(seen.getAsJsonArray("unpinMenu")).contains("segmenta.pin"), seen.get("unpinMenu").toString());
			assertEquals(List.of(pinned), saved[25].view("segment-tree").getPinnedNodes());
			for (int step : new int[] { 25, 26 }) {
				assertEquals(pinnedAt.get("x").getAsDouble(), saved[step].layout("segment-tree", pinned).getX(), 0.01, "step " + step);
				assertEquals(pinnedAt.get("y").getAsDouble(), saved[step].layout("segment-tree", pinned).getY(), 0.01, "step " + step);
			}
			assertEquals(List.of(pinned), saved[26].view("segment-tree").getPinnedNodes());
			assertArrayEquals(Files.readAllBytes(steps.get(24).resolve(diagramName)), Files.readAllBytes(steps.get(26).resolve(diagramName)),
					"undoing Arrange all gives back the pinned layout");
			assertTrue(saved[28].view("segment-tree").getPinnedNodes().isEmpty(), "pin undone");
			for (int step = 19; step <= 28; step++) {
				assertArrayEquals(unchanged, Files.readAllBytes(steps.get(step - 1).resolve(model.getFileName())), "the model is not touched: " + step);
			}
			// Ctrl+D: a new segment beside the original, with a new id, the original's attributes and copies of its
			// sub-segments; undone, the files are as they were
			Segment duplicate = saved[29].segment(curious.getId()).getSegmentation().getSegments().stream()
					.filter(segment -> segment.getName().equals(curious.getName()) && !segment.getId().equals(curious.getId())).findFirst()
					.orElseThrow(() -> new AssertionError("no duplicate of " + curious.getName()));
			assertFalse(idsBefore.contains(duplicate.getId()), duplicate.getId() + " is a new id");
			assertEquals(curious.getShare(), duplicate.getShare());
			assertEquals(curious.getDescription(), duplicate.getDescription());
			assertEquals(curious.getSubSegments().stream().map(Segment::getName).toList(),
					duplicate.getSubSegments().stream().map(Segment::getName).toList(), "the sub-segments come along");
			duplicate.getSubSegments().forEach(sub -> assertFalse(idsBefore.contains(sub.getId()), sub.getId() + " is a new id"));
			NodeLayout duplicatePlace = saved[29].layout("segment-tree", "st-segment:" + duplicate.getId());
			NodeLayout originalPlace = saved[29].layout("segment-tree", "st-segment:" + curious.getId());
			assertNotNull(duplicatePlace, "the duplicate is placed in the diagram file");
			assertEquals(originalPlace.getX() + 30, duplicatePlace.getX(), 0.01, "right of its original");
			assertEquals(originalPlace.getY() + 30, duplicatePlace.getY(), 0.01, "and below it");
			assertArrayEquals(unchanged, Files.readAllBytes(steps.get(29).resolve(model.getFileName())), "undoing Duplicate gives back the model");
			assertArrayEquals(Files.readAllBytes(steps.get(27).resolve(diagramName)), Files.readAllBytes(steps.get(29).resolve(diagramName)),
					"and the diagram file");
			// Ctrl+C, Ctrl+V on the persona board: a new persona card beside the original, describing the same segments;
			// undone; pasted onto another card, refused with the reason, and nothing changed
			assertTrue(strings(seen.getAsJsonArray("personaMenu")).containsAll(List.of("segmenta.copy", "segmenta.paste", "segmenta.duplicate")),
					seen.get("personaMenu").toString());
			assertFalse(strings(seen.getAsJsonArray("personaMenu")).contains("segmenta.cut"));
			List<Persona> personas = saved[31].project.getPersonas();
			assertEquals(project.getPersonas().size() + 1, personas.size());
			Persona pasted = personas.get(personas.size() - 1);
			assertEquals(sanne.getName(), pasted.getName());
			assertFalse(idsBefore.contains(pasted.getId()), pasted.getId() + " is a new id");
			assertEquals(sanne.getQuote(), pasted.getQuote());
			assertEquals(ids(sanne.getSegments()), ids(pasted.getSegments()), "the copy describes the same segments");
			assertNotNull(saved[31].layout("persona-board", "pb-persona:" + pasted.getId()), "the copy is placed in the diagram file");
			assertEquals("Persona '" + sanne.getName() + "' cannot be pasted into Persona '" + paivi.getName()
					+ "': the Persona board holds no Persona there.", seen.get("pasteRefusal").getAsString());
			assertArrayEquals(unchanged, Files.readAllBytes(steps.get(31).resolve(model.getFileName())), "undone, and the refused paste changed nothing");
			assertNull(saved[32].layout("persona-board", "pb-persona:" + pasted.getId()));

			// and in memory, where the session goes on
			assertEquals(oldName, renamed.getName());
			assertTrue(curious.getSubSegments().contains(broad));
		}
	}

	/** A saved model and its diagram file, read back as a fresh resource set reads them. */
	private record Saved(Project project, DiagramFile diagram) {
		static Saved read(Path modelFile) throws IOException {
			ResourceSet resources = new ResourceSetImpl();
			Project project = SegmentationFiles.load(resources, modelFile);
			DiagramFile diagram = (DiagramFile) DiagramFiles.stateResource(resources, URI.createFileURI(modelFile.toString())).getContents().get(0);
			return new Saved(project, diagram);
		}

		EObject find(String id) {
			return project.eResource().getEObject(id);
		}

		Segment segment(String id) {
			return (Segment) project.eResource().getEObject(id);
		}

		DiagramView view(String kind) {
			return diagram.getViews().stream().filter(view -> kind.equals(view.getKind())).findFirst().orElseThrow();
		}

		NodeLayout layout(String kind, String node) {
			return diagram.getViews().stream().filter(view -> kind.equals(view.getKind())).map(DiagramView::getNodes).flatMap(List::stream)
					.filter(layout -> node.equals(layout.getNode())).findFirst().orElse(null);
		}
	}

	private static Segment segment(Project project, String id) {
		return (Segment) project.eResource().getEObject(id);
	}

	private static ValueCommunity community(Project project, String id) {
		return (ValueCommunity) project.eResource().getEObject(id);
	}

	private static List<String> ids(List<? extends org.segmenta.model.Identified> elements) {
		return elements.stream().map(org.segmenta.model.Identified::getId).toList();
	}

	private static Set<String> allIds(Project project) {
		Set<String> ids = new HashSet<>();
		project.eAllContents().forEachRemaining(element -> {
			if (element instanceof org.segmenta.model.Identified identified) {
				ids.add(identified.getId());
			}
		});
		return ids;
	}

	private static List<String> strings(JsonArray array) {
		return array.asList().stream().map(JsonElement::getAsString).toList();
	}

	private static JsonObject object(String... keysAndValues) {
		JsonObject object = new JsonObject();
		for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
			object.addProperty(keysAndValues[i], keysAndValues[i + 1]);
		}
		return object;
	}

	private static Path onlyFile(Path folder, String extension) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			List<Path> matching = files.filter(file -> file.getFileName().toString().endsWith(extension)).toList();
			assertEquals(1, matching.size(), matching.toString());
			return matching.get(0);
		}
	}
}

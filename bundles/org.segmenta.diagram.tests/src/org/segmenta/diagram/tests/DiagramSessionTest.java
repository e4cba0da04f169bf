/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.CommandStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.diagram.Bounds;
import org.segmenta.diagram.DiagramEdge;
import org.segmenta.diagram.DiagramFiles;
import org.segmenta.diagram.DiagramGraph;
import org.segmenta.diagram.DiagramNode;
import org.segmenta.diagram.DiagramSession;
import org.segmenta.diagram.Point;
import org.segmenta.diagram.state.DiagramFile;
import org.segmenta.diagram.state.NodeLayout;
import org.segmenta.model.Persona;
import org.segmenta.model.Segment;
import org.segmenta.model.Segmentation;
import org.segmenta.model.persistence.SegmentationFiles;
import org.segmenta.tests.support.Examples;

/** Diagram edits become EMF commands on the editing domain's stack: done, undone and redone. */
class DiagramSessionTest {

	@TempDir
	Path folder;

	@Test
	void theSegmentToolCreatesASegmentWhereItWasDroppedAndUndoRemovesIt() throws Exception {
		DiagramSession session = Fixtures.open(Examples.model(), "segment-tree");
		CommandStack stack = session.domain().getCommandStack();
		Segmentation segmentation = session.project().getSegmentations().get(0);
		int before = segmentation.getSegments().size();

		stack.execute(session.edits().createNode("st-new-segment", "st-segmentation:" + segmentation.getId(), new Point(700, 420)));
		assertEquals(before + 1, segmentation.getSegments().size());
		Segment created = segmentation.getSegments().get(before);
		assertEquals("New segment", created.getName());
		assertNotNull(created.getId(), "the model gives new elements ids");
		DiagramNode node = session.graph().node("st-segment:" + created.getId());
		assertNotNull(node);
		assertEquals(700, node.bounds().x());
		assertEquals(420, node.bounds().y());

		stack.execute(session.edits().createNode("st-new-segment", "st-segmentation:" + segmentation.getId(), null));
		assertEquals("New segment 2", segmentation.getSegments().get(before + 1).getName());

		stack.undo();
		stack.undo();
		assertEquals(before, segmentation.getSegments().size());
		assertNull(session.graph().node("st-segment:" + created.getId()));
		stack.redo();
		assertEquals(before + 1, segmentation.getSegments().size());
		assertNotNull(session.graph().node("st-segment:" + created.getId()));
	}

	@Test
	void connectingAPersonaLinksBothSidesAndReconnectingMovesTheLink() throws Exception {
		DiagramSession session = Fixtures.open(Examples.model(), "segment-tree");
		// persona nodes are a layer, off by default
		session.domain().getCommandStack().execute(session.edits().showLayer("st-personas", true));
		CommandStack stack = session.domain().getCommandStack();
		Segmentation segmentation = session.project().getSegmentations().get(0);
		Segment first = segmentation.getSegments().get(0);
		Segment second = segmentation.getSegments().get(1);
		Persona persona = session.project().getPersonas().stream()
				.filter(p -> !p.getSegments().contains(first) && !p.getSegments().contains(second)).findFirst().orElseThrow();

		stack.execute(session.edits().createEdge("st-link-persona", "st-segment:" + first.getId(), "st-persona:" + persona.getId()));
		assertTrue(first.getPersonas().contains(persona));
		assertTrue(persona.getSegments().contains(first), "the opposite reference follows");
		String edgeId = "st-described-by:st-segment:" + first.getId() + "->st-persona:" + persona.getId();
		assertNotNull(session.graph().edge(edgeId));

		IllegalArgumentException again = assertThrows(IllegalArgumentException.class,
				() -> session.edits().createEdge("st-link-persona", "st-segment:" + first.getId(), "st-persona:" + persona.getId()));
		assertTrue(again.getMessage().contains("already connected"), again.getMessage());

		stack.execute(session.edits().reconnectEdge(edgeId, "st-segment:" + second.getId(), "st-persona:" + persona.getId()));
		assertFalse(first.getPersonas().contains(persona));
		assertTrue(second.getPersonas().contains(persona));
		stack.undo();
		assertTrue(first.getPersonas().contains(persona));
		assertFalse(second.getPersonas().contains(persona));
		stack.undo();
		assertFalse(first.getPersonas().contains(persona));
	}

	@Test
	void deletingASegmentRemovesTheReferencesToItAndUndoRestoresThem() throws Exception {
		DiagramSession session = Fixtures.open(Examples.model(), "segment-tree");
		CommandStack stack = session.domain().getCommandStack();
		Segment segment = session.project().getSegmentations().get(0).getSegments().stream()
				.filter(candidate -> !candidate.getPersonas().isEmpty()).findFirst().orElseThrow();
		List<Persona> personas = List.copyOf(segment.getPersonas());

		stack.execute(session.edits().delete(List.of("st-segment:" + segment.getId())));
		assertNull(segment.eContainer());
		for (Persona persona : personas) {
			assertFalse(persona.getSegments().contains(segment), persona.getName());
		}
		stack.undo();
		assertNotNull(segment.eContainer());
		for (Persona persona : personas) {
			assertTrue(persona.getSegments().contains(segment), persona.getName());
		}
	}

	@Test
	void labelsAreEditedInPlaceButNeverEmptied() throws Exception {
		DiagramSession session = Fixtures.open(Examples.model(), "buying-centre-map");
		CommandStack stack = session.domain().getCommandStack();
		DiagramNode role = session.graph().nodes().stream().filter(node -> node.mapping().getId().equals("bc-role")).findFirst().orElseThrow();
		String old = role.label();
		stack.execute(session.edits().editLabel(role.id(), "  Åsa Lindqvist-Mäkinen "));
		assertEquals("Åsa Lindqvist-Mäkinen", session.graph().node(role.id()).label());
		IllegalArgumentException empty = assertThrows(IllegalArgumentException.class, () -> session.edits().editLabel(role.id(), " "));
		assertTrue(empty.getMessage().contains("cannot be empty"), empty.getMessage());
		stack.undo();
		assertEquals(old, session.graph().node(role.id()).label());
	}

	@Test
	void toolsRefuseWhatTheDescriptionDoesNotAllowAndSayWhy() throws Exception {
		DiagramSession session = Fixtures.open(Examples.model(), "segment-tree");
		// persona nodes are a layer, off by default
		session.domain().getCommandStack().execute(session.edits().showLayer("st-personas", true));
		Persona persona = session.project().getPersonas().get(0);
		IllegalArgumentException wrongContainer = assertThrows(IllegalArgumentException.class,
				() -> session.edits().createNode("st-new-segment", "st-persona:" + persona.getId(), null));
		assertTrue(wrongContainer.getMessage().contains("cannot create inside Persona '" + persona.getName() + "'"),
				wrongContainer.getMessage());
		IllegalArgumentException unknownTool = assertThrows(IllegalArgumentException.class,
				() -> session.edits().createNode("st-new-galaxy", null, null));
		assertTrue(unknownTool.getMessage().contains("has no tool 'st-new-galaxy'"), unknownTool.getMessage());
		IllegalArgumentException wrongEnd = assertThrows(IllegalArgumentException.class, () -> session.edits().createEdge("st-link-persona",
				"st-persona:" + persona.getId(), "st-persona:" + session.project().getPersonas().get(1).getId()));
		assertTrue(wrongEnd.getMessage().contains("cannot start at Persona"), wrongEnd.getMessage());
	}

	@Test
	void movedNodesKeepTheirPlaceAcrossSaveAndReopen() throws Exception {
		Path model = Examples.modelCopy(folder);
		DiagramSession session = Fixtures.open(model, "value-community-map");
		DiagramGraph laidOut = session.graph();
		DiagramNode moved = laidOut.roots().get(0);
		DiagramNode still = laidOut.roots().get(1);
		Bounds target = new Bounds(moved.bounds().x() + 333, moved.bounds().y() + 77, moved.bounds().width() + 40, moved.bounds().height());
		session.domain().getCommandStack().execute(session.layout().changeBounds(Map.of(moved.id(), target)));
		assertEquals(target, session.graph().node(moved.id()).bounds());
		List<String> saved = ((DiagramFile) session.stateResource().getContents().get(0)).getViews().stream()
				.filter(view -> view.getKind().equals("value-community-map")).flatMap(view -> view.getNodes().stream())
				.map(NodeLayout::getNode).toList();
		assertEquals(saved.stream().distinct().toList(), saved, "one layout per node: the moved one once, at its new place");

		SegmentationFiles.save(session.project(), model);
		DiagramFiles.save(session.stateResource());
		Path stateFile = folder.resolve("nordic-members.segmentationdiagram");
		assertTrue(Files.isRegularFile(stateFile));

		DiagramGraph reopened = Fixtures.open(model, "value-community-map").graph();
		assertEquals(target, reopened.node(moved.id()).bounds());
		assertEquals(still.bounds(), reopened.node(still.id()).bounds(), "the first move saved the automatic layout of the others");
		assertTrue(reopened.edges().stream().allMatch(edge -> edge.route().size() >= 2));
		// ELK's orthogonal routes repeat coordinates; every one of them must come back
		for (DiagramEdge edge : laidOut.edges()) {
			if (edge.source() != moved && edge.target() != moved && edge.source().parent() != moved && edge.target().parent() != moved) {
				assertEquals(edge.route(), reopened.edge(edge.id()).route(), edge.id());
			}
		}
	}

	@Test
	void aCorruptDiagramFileIsReportedWithItsLine() throws Exception {
		Path model = Examples.modelCopy(folder);
		Files.writeString(folder.resolve("nordic-members.segmentationdiagram"), "<?xml version=\"1.0\"?>\n<diagramstate:DiagramFile\n  oops");
		Exception refusal = assertThrows(Exception.class, () -> Fixtures.open(model, "segment-tree"));
		assertTrue(refusal.getMessage().contains("nordic-members.segmentationdiagram"), refusal.getMessage());
		assertTrue(refusal.getMessage().contains(":3"), refusal.getMessage());
	}

	@Test
	void aToolOfALayerThatIsOffIsRefusedUntilTheLayerIsOn() throws Exception {
		DiagramSession session = Fixtures.open(Examples.model(), "persona-board");
		var channelTool = session.description().getTools().stream().filter(tool -> tool.getId().equals("pb-new-channel")).findFirst()
				.orElseThrow();
		assertFalse(session.isAvailable(channelTool), "channels as nodes are off by default");
		IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
				() -> session.edits().createNode("pb-new-channel", null, null));
		assertTrue(refusal.getMessage().contains("belongs to the layer 'Channels, linked', which is off"), refusal.getMessage());

		int channels = session.project().getChannels().size();
		session.domain().getCommandStack().execute(session.edits().showLayer("pb-channels", true));
		assertTrue(session.isAvailable(channelTool));
		session.domain().getCommandStack().execute(session.edits().createNode("pb-new-channel", null, null));
		assertEquals(channels + 1, session.project().getChannels().size());
		var created = session.project().getChannels().get(channels);
		assertNotNull(session.graph().node("pb-channel:" + created.getId()), "the new channel is seen");
	}

	@Test
	void aRowIsTakenOutOfItsCardAndAnElementDroppedOnACompartmentIsListed() throws Exception {
		DiagramSession session = Fixtures.open(Examples.model(), "persona-board");
		var stack = session.domain().getCommandStack();
		var sanne = session.project().getPersonas().stream().filter(persona -> persona.getId().equals("per-sanne")).findFirst()
				.orElseThrow();
		var balance = sanne.getSegments().get(0);
		String card = "pb-persona:" + sanne.getId();
		String row = card + "/pb-card-segment:" + balance.getId();
		assertNotNull(session.graph().node(row));

		stack.execute(session.edits().delete(List.of(row)));
		assertFalse(sanne.getSegments().contains(balance), "deleting the row unlinks the segment");
		assertNotNull(balance.eResource(), "and keeps the segment");
		assertNull(session.graph().node(row));
		stack.undo();
		assertTrue(sanne.getSegments().contains(balance));

		var career = session.project().getSegmentations().get(0).getSegments().stream().filter(s -> !sanne.getSegments().contains(s))
				.findFirst().orElseThrow();
		stack.execute(session.edits().addToCompartment(card, "pb-card-segment", career.getId()));
		assertTrue(sanne.getSegments().contains(career));
		assertNotNull(session.graph().node(card + "/pb-card-segment:" + career.getId()), "the card lists the dropped segment");
		IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
				() -> session.edits().addToCompartment(card, "pb-card-segment", career.getId()));
		assertTrue(twice.getMessage().contains("lists it already"), twice.getMessage());
		IllegalArgumentException wrongKind = assertThrows(IllegalArgumentException.class,
				() -> session.edits().addToCompartment(card, "pb-card-segment", "job-pay"));
		assertTrue(wrongKind.getMessage().contains("lists no element 'job-pay'"), wrongKind.getMessage());
		stack.undo();
		assertFalse(sanne.getSegments().contains(career));
	}
}

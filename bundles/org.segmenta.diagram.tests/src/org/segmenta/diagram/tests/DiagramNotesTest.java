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

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.CommandStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.segmenta.diagram.Bounds;
import org.segmenta.diagram.DiagramEdge;
import org.segmenta.diagram.DiagramFiles;
import org.segmenta.diagram.DiagramGraph;
import org.segmenta.diagram.DiagramImages;
import org.segmenta.diagram.DiagramNode;
import org.segmenta.diagram.DiagramNotes;
import org.segmenta.diagram.DiagramSession;
import org.segmenta.diagram.Point;
import org.segmenta.diagram.description.LineStyle;
import org.segmenta.diagram.state.DiagramNote;
import org.segmenta.tests.support.Examples;

/**
 * Notes and text boxes: kept in the diagram file, never in the model; created, written, linked,
 * moved and deleted as commands that undo takes back; drawn in the export.
 */
class DiagramNotesTest {

	private static final String TEXT = "Så hvad? Medlemmer i Århus vil have mere fællesskab";

	@TempDir
	Path folder;

	@Test
	void aNoteIsWrittenLinkedMovedAndDeletedInTheDiagramFileOnlyAndUndone() throws Exception {
		Path model = Examples.modelCopy(folder);
		byte[] modelBefore = Files.readAllBytes(model);
		DiagramSession session = Fixtures.open(model, "segment-tree");
		CommandStack stack = session.domain().getCommandStack();
		DiagramNode segment = session.graph().roots().stream().filter(node -> !DiagramNotes.isNote(node)).findFirst().orElseThrow();

		stack.execute(session.edits().createNode(DiagramNotes.NOTE_TOOL, null, new Point(700, 40)));
		assertEquals(1, session.notes().notes().size());
		DiagramNote note = session.notes().notes().get(0);
		String noteNode = DiagramNotes.NODE_PREFIX + note.getId();
		assertEquals(new Bounds(700, 40, DiagramNotes.DEFAULT_WIDTH, DiagramNotes.DEFAULT_HEIGHT), session.graph().node(noteNode).bounds());
		assertTrue(note.isFramed());
		assertEquals(segment.bounds(), session.graph().node(segment.id()).bounds(), "the automatic layout of the others was saved first");

		stack.execute(session.edits().editLabel(noteNode, TEXT));
		assertEquals(TEXT, session.graph().node(noteNode).label());

		stack.execute(session.edits().createEdge(DiagramNotes.LINK_TOOL, noteNode, segment.id()));
		String link = DiagramNotes.LINK_PREFIX + note.getId() + ":" + segment.id();
		DiagramEdge edge = session.graph().edge(link);
		assertNotNull(edge);
		assertEquals(LineStyle.DASHED, edge.appearance().lineStyle());
		assertEquals(segment.id(), edge.target().id());
		assertThrows(IllegalArgumentException.class, () -> session.edits().createEdge(DiagramNotes.LINK_TOOL, segment.id(), noteNode),
				"linked once only, whichever end the link was drawn from");

		IllegalArgumentException copied = assertThrows(IllegalArgumentException.class, () -> session.edits().duplicate(List.of(noteNode)));
		assertTrue(copied.getMessage().startsWith("nothing selected can be copied"), copied.getMessage());
		int elements = elements(session);
		stack.execute(session.edits().duplicate(List.of(noteNode, segment.id())));
		assertEquals(1, session.notes().notes().size(), "duplicating a note with a node copies the node's element only");
		assertTrue(elements(session) > elements);
		stack.undo();

		Bounds moved = new Bounds(650, 300, 240, 120);
		stack.execute(session.layout().changeBounds(Map.of(noteNode, moved)));
		assertEquals(moved, session.graph().node(noteNode).bounds());
		assertTrue(session.graph().edge(link).route().size() >= 2);

		String svg = DiagramImages.svg(session.graph());
		assertTrue(svg.contains("Så hvad?") && svg.contains("Århus"), "the export draws the note's text");
		DiagramFiles.save(session.stateResource());
		assertTrue(Arrays.equals(modelBefore, Files.readAllBytes(model)), "the model file is untouched");

		DiagramSession reopened = Fixtures.open(model, "segment-tree");
		DiagramGraph graph = reopened.graph();
		assertEquals(TEXT, graph.node(noteNode).label());
		assertEquals(moved, graph.node(noteNode).bounds());
		assertNotNull(graph.edge(link));
		String diagramFile = Files.readString(folder.resolve("nordic-members.segmentationdiagram"), StandardCharsets.UTF_8);
		assertTrue(diagramFile.contains(TEXT), diagramFile);

		stack.execute(session.edits().delete(List.of(link)));
		assertNull(session.graph().edge(link));
		assertNotNull(session.graph().node(noteNode), "deleting the link keeps the note");
		stack.undo();
		assertNotNull(session.graph().edge(link));

		stack.execute(session.edits().delete(List.of(noteNode, link)));
		assertNull(session.graph().node(noteNode));
		assertNull(session.graph().edge(link));
		assertTrue(session.representation().getNodes().stream().noneMatch(layout -> layout.getNode().equals(noteNode)), "its place goes with it");

		stack.undo();
		assertEquals(moved, session.graph().node(noteNode).bounds());
		stack.undo(); // the move
		assertEquals(new Bounds(700, 40, DiagramNotes.DEFAULT_WIDTH, DiagramNotes.DEFAULT_HEIGHT), session.graph().node(noteNode).bounds());
		stack.undo(); // the link
		assertNull(session.graph().edge(link));
		stack.undo(); // the text
		assertEquals("", session.graph().node(noteNode).label());
		stack.undo(); // the note
		assertNull(session.graph().node(noteNode));
		assertTrue(session.notes().notes().isEmpty());
		assertFalse(stack.canUndo(), "each edit was one command");
	}

	@Test
	void aNodeDeletedOrRemovedFromTheDiagramTakesTheNotesLinksToItAlongAndUndoBringsThemBack() throws Exception {
		Path model = Examples.modelCopy(folder);
		DiagramSession session = Fixtures.open(model, "segment-tree");
		CommandStack stack = session.domain().getCommandStack();
		String deep = "st-segment:seg-curious-deep";
		String balance = "st-segment:seg-balance";
		stack.execute(session.edits().createNode(DiagramNotes.NOTE_TOOL, null, new Point(700, 40)));
		DiagramNote note = session.notes().notes().get(0);
		String noteNode = DiagramNotes.NODE_PREFIX + note.getId();
		stack.execute(session.edits().createEdge(DiagramNotes.LINK_TOOL, noteNode, deep));
		stack.execute(session.edits().createEdge(DiagramNotes.LINK_TOOL, balance, noteNode));
		assertEquals(List.of(deep, balance), note.getAttachedTo());

		stack.execute(session.edits().delete(List.of(balance)));
		assertEquals(List.of(deep), note.getAttachedTo(), "the link to the deleted segment goes, the other stays");
		assertNotNull(session.graph().node(noteNode), "the note stays");
		stack.undo();
		assertEquals(List.of(deep, balance), note.getAttachedTo());
		assertNotNull(session.graph().edge(DiagramNotes.LINK_PREFIX + note.getId() + ":" + balance));

		// a sub-segment goes with its segment, though it is drawn beside it
		stack.execute(session.edits().delete(List.of("st-segment:seg-curious")));
		assertEquals(List.of(balance), note.getAttachedTo());
		DiagramFiles.save(session.stateResource());
		assertEquals(List.of(balance), Fixtures.open(model, "segment-tree").notes().notes().get(0).getAttachedTo(), "so the diagram file says");
		stack.undo();
		assertEquals(List.of(deep, balance), note.getAttachedTo());

		stack.execute(session.visibility().remove(List.of(deep)));
		assertEquals(List.of(balance), note.getAttachedTo(), "removed from this diagram, the node is no longer linked");
		stack.undo();
		assertEquals(List.of(deep, balance), note.getAttachedTo());

		String deepLink = DiagramNotes.LINK_PREFIX + note.getId() + ":" + deep;
		stack.execute(session.visibility().hide(List.of(deep)));
		assertEquals(List.of(deep, balance), note.getAttachedTo(), "a hidden node keeps its links");
		assertNull(session.graph().edge(deepLink));
		stack.execute(session.visibility().show(List.of(deep)));
		assertNotNull(session.graph().edge(deepLink), "the link comes back with the node");
	}

	@Test
	void aLinkKeepsItsPlaceAmongTheNotesLinksWhenItsNodeEndMovesAndNeedsANoteAtOneEnd() throws Exception {
		DiagramSession session = Fixtures.open(Examples.modelCopy(folder), "segment-tree");
		CommandStack stack = session.domain().getCommandStack();
		stack.execute(session.edits().createNode(DiagramNotes.NOTE_TOOL, null, new Point(700, 40)));
		DiagramNote note = session.notes().notes().get(0);
		String noteNode = DiagramNotes.NODE_PREFIX + note.getId();
		String balance = "st-segment:seg-balance";
		String career = "st-segment:seg-career";
		stack.execute(session.edits().createEdge(DiagramNotes.LINK_TOOL, noteNode, balance));
		stack.execute(session.edits().createEdge(DiagramNotes.LINK_TOOL, noteNode, career));
		String link = DiagramNotes.LINK_PREFIX + note.getId() + ":" + balance;

		stack.execute(session.edits().reconnectEdge(link, "st-segment:seg-purpose", noteNode));
		assertEquals(List.of("st-segment:seg-purpose", career), note.getAttachedTo(), "dragged at either end, the note stays the note");
		assertNull(session.graph().edge(link));
		stack.undo();
		assertEquals(List.of(balance, career), note.getAttachedTo());

		IllegalArgumentException noNote = assertThrows(IllegalArgumentException.class,
				() -> session.edits().reconnectEdge(link, "st-segment:seg-purpose", balance));
		assertEquals("a note link joins a note to a diagram element", noNote.getMessage());
		assertThrows(IllegalArgumentException.class, () -> session.edits().reconnectEdge(link, noteNode, career), "linked once only");
	}

	@ParameterizedTest
	@ValueSource(strings = { "segment-tree", "value-community-map", "persona-board", "buying-centre-map" })
	void everyKindTakesATextBoxWhichArrangeAllKeeps(String kind) throws Exception {
		DiagramSession session = Fixtures.open(Examples.modelCopy(folder), kind);
		CommandStack stack = session.domain().getCommandStack();
		stack.execute(session.edits().createNode(DiagramNotes.TEXT_TOOL, null, new Point(10, 10)));
		String node = DiagramNotes.NODE_PREFIX + session.notes().notes().get(0).getId();
		stack.execute(session.edits().editLabel(node, "Tekst\nmed to linjer"));
		DiagramNode text = session.graph().node(node);
		assertFalse(DiagramNotes.isFramed(text));
		assertEquals("Tekst\nmed to linjer", text.label());
		String svg = DiagramImages.svg(session.graph());
		assertTrue(svg.contains("Tekst") && svg.contains("med to linjer"), "both lines are drawn");
		stack.execute(session.layout().arrange());
		assertNotNull(session.graph().node(node), "arranged with the rest");
		assertTrue(session.representation().getNodes().stream().anyMatch(layout -> layout.getNode().equals(node)));
	}

	/** How many elements the model holds. */
	private static int elements(DiagramSession session) {
		int count = 0;
		for (var all = session.project().eAllContents(); all.hasNext(); all.next()) {
			count++;
		}
		return count;
	}
}

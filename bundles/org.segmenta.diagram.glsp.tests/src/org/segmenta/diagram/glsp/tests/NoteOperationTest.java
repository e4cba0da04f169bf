/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.glsp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.util.GraphUtil;
import org.eclipse.glsp.server.actions.MessageAction;
import org.eclipse.glsp.server.features.contextactions.RequestContextActions;
import org.eclipse.glsp.server.features.contextactions.SetContextActions;
import org.eclipse.glsp.server.features.contextmenu.ContextMenuItemProvider;
import org.eclipse.glsp.server.features.contextmenu.MenuItem;
import org.eclipse.glsp.server.features.directediting.ApplyLabelEditOperation;
import org.eclipse.glsp.server.features.directediting.LabeledAction;
import org.eclipse.glsp.server.features.typehints.RequestTypeHintsAction;
import org.eclipse.glsp.server.features.typehints.SetTypeHintsAction;
import org.eclipse.glsp.server.features.undoredo.UndoAction;
import org.eclipse.glsp.server.operations.CreateEdgeOperation;
import org.eclipse.glsp.server.operations.CreateNodeOperation;
import org.eclipse.glsp.server.operations.DeleteOperation;
import org.eclipse.glsp.server.operations.ReconnectEdgeOperation;
import org.eclipse.glsp.server.types.EdgeTypeHint;
import org.eclipse.glsp.server.types.EditorContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.tests.support.Examples;

/**
 * The palette's Note and Note link, and editing a note's text in place, through the GLSP operations
 * the web client sends: what they write is in the diagram file (not the model), and undo takes it back.
 */
class NoteOperationTest {

	private static final String TEXT = "Så hvad? Medlemmer i Århus vil have mere fællesskab";

	@TempDir
	Path folder;

	private GlspTestSession session;

	@BeforeEach
	void open() throws Exception {
		session = GlspTestSession.open(Examples.modelCopy(folder), "segment-tree");
	}

	@AfterEach
	void close() {
		session.close();
	}

	@Test
	void aNoteFromThePaletteIsWrittenInPlaceLinkedAndUndone() throws Exception {
		session.dispatchAndAwaitModel(new CreateNodeOperation("node:note", GraphUtil.point(640, 40), null, Map.of("toolId", "segmenta.note")));
		GNode note = notes().get(0);
		assertEquals("note", note.getArgs().get("shape"));
		assertEquals(640, note.getPosition().getX(), 1e-9);
		GLabel text = (GLabel) note.getChildren().get(0);
		assertEquals(true, text.getArgs().get("editable"), "the note's text is edited in place");
		assertEquals(true, text.getArgs().get("multiline"));
		assertEquals(List.of(""), savedTexts());

		session.dispatchAndAwaitModel(new ApplyLabelEditOperation(text.getId(), TEXT + "\nNæste linje"));
		assertEquals(TEXT + "\nNæste linje", ((GLabel) session.node(note.getId()).getChildren().get(0)).getText());
		assertEquals(List.of(TEXT + "\nNæste linje"), savedTexts(), "kept in the diagram file");

		String segment = "st-segment:" + session.project().getSegmentations().get(0).getSegments().get(0).getId();
		session.dispatchAndAwaitModel(new CreateEdgeOperation("edge:note-link", note.getId(), segment, Map.of("toolId", "segmenta.note-link")));
		GEdge link = session.edges().stream().filter(edge -> edge.getType().equals("edge:note-link")).findFirst().orElseThrow();
		assertEquals(segment, link.getTargetId());
		assertEquals("6 4", link.getArgs().get("dash"), "drawn dashed");

		session.dispatchAndAwaitModel(new DeleteOperation(List.of(link.getId())));
		assertTrue(session.edges().stream().noneMatch(edge -> edge.getType().equals("edge:note-link")));
		assertEquals(1, notes().size(), "the note stays");
		session.dispatchAndAwaitModel(new UndoAction());
		assertEquals(1, session.edges().stream().filter(edge -> edge.getType().equals("edge:note-link")).count());

		session.dispatchAndAwaitModel(new UndoAction());
		assertTrue(session.edges().stream().noneMatch(edge -> edge.getType().equals("edge:note-link")));
		session.dispatchAndAwaitModel(new UndoAction());
		assertEquals(List.of(""), savedTexts());
		session.dispatchAndAwaitModel(new UndoAction());
		assertTrue(notes().isEmpty());
		assertEquals(List.of(), savedTexts());
		assertFalse(session.project().eResource().isModified(), "the model is untouched");
	}

	@Test
	void eitherEndOfANoteLinkIsDraggedToAnotherNodeOrNoteAndUndoTakesItBack() throws Exception {
		session.dispatch(new RequestTypeHintsAction());
		EdgeTypeHint hint = ((SetTypeHintsAction) session.await(SetTypeHintsAction.class)).getEdgeHints().stream()
				.filter(candidate -> candidate.getElementTypeId().equals("edge:note-link")).findFirst().orElseThrow();
		assertTrue(hint.isRepositionable(), "the client lets the ends be dragged");

		session.dispatchAndAwaitModel(new CreateNodeOperation("node:note", GraphUtil.point(640, 40), null, Map.of("toolId", "segmenta.note")));
		session.dispatchAndAwaitModel(new CreateNodeOperation("node:note", GraphUtil.point(640, 240), null, Map.of("toolId", "segmenta.note")));
		String first = notes().get(0).getId();
		String second = notes().get(1).getId();
		String balance = "st-segment:seg-balance";
		String curious = "st-segment:seg-curious";
		session.dispatchAndAwaitModel(new CreateEdgeOperation("edge:note-link", first, balance, Map.of("toolId", "segmenta.note-link")));

		session.dispatchAndAwaitModel(new ReconnectEdgeOperation(link().getId(), first, curious));
		assertEquals(List.of(List.of(curious), List.of()), savedLinks(), "the node end moved");
		assertEquals(curious, link().getTargetId());
		session.dispatchAndAwaitModel(new ReconnectEdgeOperation(link().getId(), second, curious));
		assertEquals(List.of(List.of(), List.of(curious)), savedLinks(), "the note end moved");
		assertEquals(second, link().getSourceId());

		session.dispatch(new ReconnectEdgeOperation(link().getId(), second, first));
		String toNote = ((MessageAction) session.await(MessageAction.class)).getMessage();
		assertTrue(toNote.contains("not to another note"), toNote);
		session.dispatchAndAwaitModel(new CreateEdgeOperation("edge:note-link", second, balance, Map.of("toolId", "segmenta.note-link")));
		String curiousLink = "note-link:" + second.substring("note:".length()) + ":" + curious;
		session.dispatch(new ReconnectEdgeOperation(curiousLink, second, balance));
		String twice = ((MessageAction) session.await(MessageAction.class)).getMessage();
		assertTrue(twice.contains("already linked to 'Balance Seekers'"), twice);
		assertEquals(List.of(List.of(), List.of(curious, balance)), savedLinks(), "refused, nothing changed");

		session.dispatchAndAwaitModel(new UndoAction()); // the second link
		session.dispatchAndAwaitModel(new UndoAction());
		assertEquals(List.of(List.of(curious), List.of()), savedLinks());
		session.dispatchAndAwaitModel(new UndoAction());
		assertEquals(List.of(List.of(balance), List.of()), savedLinks());
		assertEquals(balance, link().getTargetId());
	}

	/** The one note link the diagram shows. */
	private GEdge link() {
		List<GEdge> links = session.edges().stream().filter(edge -> edge.getType().equals("edge:note-link")).toList();
		assertEquals(1, links.size(), links.toString());
		return links.get(0);
	}

	@Test
	void aTextBoxIsDrawnWithoutFrame() throws Exception {
		session.dispatchAndAwaitModel(new CreateNodeOperation("node:note", GraphUtil.point(20, 20), null, Map.of("toolId", "segmenta.text")));
		assertEquals("text", notes().get(0).getArgs().get("shape"));
	}

	@Test
	void theContextMenuOffersNoteAndTextOnTheCanvasAndNoteLinkOnANode() throws Exception {
		assertTrue(menuIds(List.of()).containsAll(List.of("segmenta.new.segmenta.note", "segmenta.new.segmenta.text")));
		String segment = "st-segment:" + session.project().getSegmentations().get(0).getSegments().get(0).getId();
		assertTrue(menuIds(List.of(segment)).contains("segmenta.connect.segmenta.note-link"));
	}

	/** The ids of the context menu's items (groups and their entries) for the selection. */
	private List<String> menuIds(List<String> selected) throws Exception {
		EditorContext context = new EditorContext();
		context.setSelectedElementIds(selected);
		context.setLastMousePosition(GraphUtil.point(40, 40));
		session.dispatch(new RequestContextActions(ContextMenuItemProvider.KEY, context));
		List<String> ids = new ArrayList<>();
		for (LabeledAction action : ((SetContextActions) session.await(SetContextActions.class)).getActions()) {
			MenuItem group = (MenuItem) action;
			ids.add(group.getId());
			group.getChildren().forEach(child -> ids.add(child.getId()));
		}
		return ids;
	}

	private List<GNode> notes() {
		List<GNode> notes = new ArrayList<>();
		for (var all = session.model().eAllContents(); all.hasNext();) {
			if (all.next() instanceof GNode node && node.getType().equals("node:note")) {
				notes.add(node);
			}
		}
		return notes;
	}

	/** The texts of the notes in the diagram file, as the domain holds it. */
	private List<String> savedTexts() {
		return saved("text").stream().map(String.class::cast).toList();
	}

	/** The ids of the nodes each note of the diagram file is linked to. */
	private List<List<Object>> savedLinks() {
		return saved("attachedTo").stream().map(value -> List.<Object>copyOf((List<?>) value)).toList();
	}

	/** The value of the feature {@code name} of each note in the diagram file, as the domain holds it. */
	private List<Object> saved(String name) {
		List<Object> values = new ArrayList<>();
		for (Resource resource : session.context.editingDomain().getResourceSet().getResources()) {
			if (resource.getURI().toString().endsWith(".segmentationdiagram")) {
				for (var all = resource.getAllContents(); all.hasNext();) {
					EObject object = all.next();
					if (object.eClass().getName().equals("DiagramNote")) {
						values.add(object.eGet(object.eClass().getEStructuralFeature(name)));
					}
				}
			}
		}
		return values;
	}
}

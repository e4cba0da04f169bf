/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.command.CommandStack;
import org.junit.jupiter.api.Test;
import org.segmenta.diagram.DiagramEdits;
import org.segmenta.diagram.DiagramNode;
import org.segmenta.diagram.DiagramSession;
import org.segmenta.diagram.Point;
import org.segmenta.diagram.description.DiagramDescription;
import org.segmenta.diagram.description.NodeMapping;
import org.segmenta.model.Segment;
import org.segmenta.model.ValueCommunity;
import org.segmenta.tests.support.Examples;

/**
 * Reparenting by drag and drop, and what the descriptions allow the diagram's editing gestures:
 * one undoable command that moves the element where a create tool would have put it, refused
 * with the reason where the metamodel or the description does not allow it.
 */
class DiagramReparentTest {

	@Test
	void aSubSegmentDroppedOnAnotherSegmentBecomesItsSubSegmentInOneUndoableCommand() throws Exception {
		DiagramSession session = Fixtures.open(Examples.model(), "segment-tree");
		CommandStack stack = session.domain().getCommandStack();
		Segment curious = segment(session, "seg-curious");
		Segment broad = segment(session, "seg-curious-broad");
		Segment balance = segment(session, "seg-balance");
		List<Segment> before = List.copyOf(curious.getSubSegments());

		stack.execute(session.edits().reparent("st-segment:seg-curious-broad", "st-segment:seg-balance", new Point(900, 640)));
		assertEquals(List.of(broad), balance.getSubSegments());
		assertFalse(curious.getSubSegments().contains(broad));
		DiagramNode moved = session.graph().node("st-segment:seg-curious-broad");
		assertEquals(900, moved.bounds().x(), 0.01, "placed where it was dropped");
		assertEquals(640, moved.bounds().y(), 0.01);
		assertNotNull(session.graph().edge("st-has-sub-segment:st-segment:seg-balance->st-segment:seg-curious-broad"));

		stack.undo();
		assertEquals(before, curious.getSubSegments(), "undo puts it back in its place among its siblings");
		assertTrue(balance.getSubSegments().isEmpty());
		stack.redo();
		assertEquals(List.of(broad), balance.getSubSegments());
	}

	@Test
	void reparentingIsRefusedWithTheReasonWhereTheModelOrTheDescriptionDoesNotAllowIt() throws Exception {
		DiagramSession session = Fixtures.open(Examples.model(), "segment-tree");
		IllegalArgumentException ownChild = assertThrows(IllegalArgumentException.class,
				() -> session.edits().reparent("st-segment:seg-curious", "st-segment:seg-curious-deep", null));
		assertEquals("Segment 'Curious Specialists' cannot be moved into its own Segment 'Deep Specialists'", ownChild.getMessage());
		IllegalArgumentException alreadyThere = assertThrows(IllegalArgumentException.class,
				() -> session.edits().reparent("st-segment:seg-curious-deep", "st-segment:seg-curious", null));
		assertTrue(alreadyThere.getMessage().endsWith("is in Segment 'Curious Specialists' already"), alreadyThere.getMessage());
		IllegalArgumentException onTheDiagram = assertThrows(IllegalArgumentException.class,
				() -> session.edits().reparent("st-segment:seg-curious-deep", null, new Point(10, 10)));
		assertTrue(onTheDiagram.getMessage().contains("cannot be moved into the diagram itself"), onTheDiagram.getMessage());
		assertFalse(session.domain().getCommandStack().canUndo(), "nothing was changed");
	}

	@Test
	void aSubCommunityDroppedIntoAnotherCommunityIsDrawnInsideIt() throws Exception {
		DiagramSession session = Fixtures.open(Examples.model(), "value-community-map");
		CommandStack stack = session.domain().getCommandStack();
		ValueCommunity flexible = (ValueCommunity) session.project().eResource().getEObject("vc-balance-flex");
		ValueCommunity balance = (ValueCommunity) flexible.eContainer();
		ValueCommunity curiosity = (ValueCommunity) session.project().eResource().getEObject("vc-curious");
		DiagramNode target = session.graph().node("vc-community:vc-curious");
		double x = target.absoluteBounds().x() + 20;
		double y = target.absoluteBounds().y() + 90;

		stack.execute(session.edits().reparent("vc-sub-community:vc-balance-flex", "vc-community:vc-curious", new Point(x, y)));
		assertTrue(curiosity.getSubCommunities().contains(flexible));
		DiagramNode moved = session.graph().node("vc-sub-community:vc-balance-flex");
		assertEquals("vc-community:vc-curious", moved.parent().id(), "drawn inside its new community");
		assertEquals(20, moved.bounds().x(), 0.01, "placed relative to its new parent");
		stack.undo();
		assertEquals(balance, flexible.eContainer());

		// onto the canvas: a community of its own
		stack.execute(session.edits().reparent("vc-sub-community:vc-balance-flex", null, new Point(40, 40)));
		assertTrue(session.project().getValueCommunities().contains(flexible));
		assertNotNull(session.graph().node("vc-community:vc-balance-flex"));
	}

	@Test
	void theDescriptionsSayWhatMayBeRenamedReconnectedAndReparented() throws Exception {
		DiagramDescription tree = Fixtures.kinds().get("segment-tree");
		assertTrue(DiagramEdits.isRenamable(tree, nodeMapping(tree, "st-segment")));
		assertFalse(DiagramEdits.isRenamable(tree, nodeMapping(tree, "st-segment-persona")), "a persona is renamed as a node, not as a row in its segment");
		assertTrue(DiagramEdits.canReconnect(tree, tree.getEdgeMappings().stream().filter(m -> m.getId().equals("st-described-by")).findFirst().orElseThrow()));
		assertFalse(DiagramEdits.canReconnect(tree, tree.getEdgeMappings().stream().filter(m -> m.getId().equals("st-has-segment")).findFirst().orElseThrow()),
				"a segmentation's segments are its containment, not a link to drag");
		assertTrue(DiagramEdits.canReparent(tree, nodeMapping(tree, "st-segment")));
		assertFalse(DiagramEdits.canReparent(tree, nodeMapping(tree, "st-segmentation")), "segmentations live in the project only");
		assertTrue(DiagramEdits.canReparent(tree, nodeMapping(tree, "st-persona")), "personas are listed in segments' rows");
		DiagramDescription board = Fixtures.kinds().get("persona-board");
		assertFalse(DiagramEdits.canReparent(board, nodeMapping(board, "pb-persona")), "cards have one place only");
	}

	private static Segment segment(DiagramSession session, String id) {
		return (Segment) session.project().eResource().getEObject(id);
	}

	private static NodeMapping nodeMapping(DiagramDescription description, String id) {
		for (var contents = description.eAllContents(); contents.hasNext();) {
			if (contents.next() instanceof NodeMapping mapping && mapping.getId().equals(id)) {
				return mapping;
			}
		}
		throw new AssertionError("no node mapping " + id);
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.segmenta.diagram.Bounds;
import org.segmenta.diagram.DiagramChanges;
import org.segmenta.diagram.DiagramEdge;
import org.segmenta.diagram.DiagramGraph;
import org.segmenta.diagram.DiagramNode;
import org.segmenta.diagram.DiagramSession;
import org.segmenta.model.Segment;
import org.segmenta.model.ValueCommunity;
import org.segmenta.validation.ValidationReport;
import org.segmenta.tests.support.Examples;

/**
 * A session hands out the same graph until something changes, and {@link DiagramChanges} between
 * two builds lists exactly what a viewer has to replace.
 */
class DiagramChangesTest {

	@Test
	void theGraphIsReusedUntilTheModelTheLayoutOrTheValidationChanges() throws Exception {
		DiagramSession session = Fixtures.open(Examples.model(), "segment-tree");
		Segment segment = session.project().getSegmentations().get(0).getSegments().get(0);
		DiagramGraph first = session.graph();
		assertSame(first, session.graph(), "nothing changed");

		// a change outside any command counts as well
		segment.setName("Läsare i Åbo");
		DiagramGraph renamed = session.graph();
		assertNotSame(first, renamed);
		assertEquals("Läsare i Åbo", renamed.node("st-segment:" + segment.getId()).label());

		CommandStack stack = session.domain().getCommandStack();
		stack.execute(session.layout().changeBounds(Map.of("st-segment:" + segment.getId(), new Bounds(900, 40, 180, 70))));
		DiagramGraph moved = session.graph();
		assertNotSame(renamed, moved, "the layout is in the diagram file, in the same resource set");
		assertEquals(900, moved.node("st-segment:" + segment.getId()).bounds().x());

		ValidationReport report = new ValidationReport(Diagnostic.OK_INSTANCE, List.of(), List.of());
		session.showValidation(report);
		DiagramGraph validated = session.graph();
		assertNotSame(moved, validated, "other findings");
		session.showValidation(report);
		assertSame(validated, session.graph(), "the same findings again");

		session.dispose();
		segment.setName("Läsare i Vasa");
		assertEquals("Läsare i Vasa", session.graph().node("st-segment:" + segment.getId()).label(),
				"a disposed session still builds, only without keeping the graph");
	}

	@Test
	void aRenameReplacesOneNodeAndAnUnchangedModelNothing() throws Exception {
		DiagramSession session = Fixtures.open(Examples.model(), "segment-tree");
		DiagramGraph before = session.graph();
		assertTrue(DiagramChanges.between(before, before).isEmpty());

		Segment segment = session.project().getSegmentations().get(0).getSegments().get(1);
		session.domain().getCommandStack().execute(session.edits().editLabel("st-segment:" + segment.getId(), "Hyttefolk på Ærø"));
		DiagramChanges changes = DiagramChanges.between(before, session.graph());
		String id = "st-segment:" + segment.getId();
		assertEquals(List.of(id), changes.removed());
		assertEquals(List.of(id), changes.added().stream().map(DiagramNode::id).toList());
		assertEquals("Hyttefolk på Ærø", changes.added().get(0).label());
		assertTrue(changes.edges().isEmpty(), "the edges keep their ends and routes");
	}

	@Test
	void aNewSubCommunityIsAddedInsideItsParentAndADeletedCommunityGoesWithItsSubtreeAndEdges() throws Exception {
		DiagramSession session = Fixtures.open(Examples.model(), "value-community-map");
		CommandStack stack = session.domain().getCommandStack();
		ValueCommunity community = session.project().getValueCommunities().stream()
				.filter(candidate -> candidate.getSubCommunities().isEmpty()).findFirst().orElseThrow();
		String communityNode = session.graph().nodesOf(community).get(0).id();
		// the first edit saves the automatic layout; compare from there on
		stack.execute(session.layout().changeBounds(Map.of(communityNode, session.graph().node(communityNode).bounds())));
		DiagramGraph before = session.graph();

		stack.execute(session.edits().createNode("vc-new-sub-community", communityNode, null));
		DiagramGraph after = session.graph();
		DiagramChanges added = DiagramChanges.between(before, after);
		DiagramNode parent = after.node(communityNode);
		DiagramNode sub = after.nodesOf(community.getSubCommunities().get(0)).get(0);
		assertSame(parent, sub.parent(), "drawn inside its community");
		assertEquals(1, added.added().size(), "one subtree: " + added.added());
		DiagramNode given = added.added().get(0);
		assertTrue(given == sub || given == parent, "the new node, or its parent with it: " + given);
		assertEquals(given == parent ? List.of(communityNode) : List.of(),
				added.removed().stream().filter(id -> before.node(id) != null).toList(), "no other node is replaced");

		List<String> edgesAtCommunity = after.edges().stream()
				.filter(edge -> edge.source() == parent || edge.target() == parent).map(DiagramEdge::id).toList();
		stack.execute(session.edits().delete(List.of(communityNode)));
		DiagramChanges deleted = DiagramChanges.between(after, session.graph());
		assertTrue(deleted.removed().contains(communityNode));
		assertTrue(deleted.removed().containsAll(edgesAtCommunity), "its edges go too");
		String child = parent.children().get(0).id();
		assertFalse(deleted.removed().contains(child), "the sub-community goes with its parent, not on its own");
		assertTrue(deleted.added().isEmpty());
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.diagram.Bounds;
import org.segmenta.diagram.DiagramEdge;
import org.segmenta.diagram.DiagramFiles;
import org.segmenta.diagram.DiagramGraph;
import org.segmenta.diagram.DiagramNode;
import org.segmenta.diagram.DiagramSession;
import org.segmenta.diagram.DiagramVisibility;
import org.segmenta.diagram.Point;
import org.segmenta.diagram.Representations;
import org.segmenta.diagram.state.DiagramView;
import org.segmenta.diagram.state.NodeLayout;
import org.segmenta.model.Project;
import org.segmenta.model.persistence.SegmentationFiles;
import org.segmenta.tests.support.Examples;

/**
 * Hide, Remove from diagram, Show hidden elements, Hide label, Pin and Unpin: commands on the
 * shared editing domain, undone like model edits, kept per representation in the diagram file.
 */
class DiagramVisibilityTest {

	private static final String CURIOUS = "st-segment:seg-curious";
	private static final String DEEP = "st-segment:seg-curious-deep";
	private static final String BROAD = "st-segment:seg-curious-broad";
	private static final String CURIOUS_TO_DEEP = "st-has-sub-segment:" + CURIOUS + "->" + DEEP;

	@TempDir
	Path folder;

	@Test
	void hideAndRemoveHideInOneRepresentationOnlyAreUndoneAndSurviveReopening() throws Exception {
		Path model = Examples.modelCopy(folder);
		Representations representations = open(model);
		CommandStack stack = representations.domain().getCommandStack();
		stack.execute(representations.create("segment-tree", null, "Tree A"));
		stack.execute(representations.create("segment-tree", null, "Tree B"));
		DiagramSession a = representation(representations, "Tree A");
		DiagramSession b = representation(representations, "Tree B");
		Bounds curiousBounds = a.graph().node(CURIOUS).bounds();
		assertNotNull(a.graph().edge(CURIOUS_TO_DEEP));

		stack.execute(a.visibility().hide(List.of(CURIOUS)));
		assertNull(a.graph().node(CURIOUS), "hidden in A");
		assertNull(a.graph().edge(CURIOUS_TO_DEEP), "its edges go with it");
		assertNotNull(a.graph().node(DEEP), "its sub-segment is a node of its own and stays");
		assertNotNull(b.graph().node(CURIOUS), "B shows it still");
		assertEquals(curiousBounds, savedBounds(a.representation(), CURIOUS), "a hidden node keeps its place");
		assertNotNull(savedBounds(a.representation(), BROAD), "the others keep theirs: hiding saves the automatic layout");
		assertTrue(representations.project().eResource().getEObject("seg-curious") != null, "the model keeps the segment");

		stack.execute(a.visibility().remove(List.of(DEEP)));
		assertNull(a.graph().node(DEEP));
		assertNull(savedBounds(a.representation(), DEEP), "a removed node forgets its place");
		assertEquals(List.of(CURIOUS, DEEP), a.representation().getHiddenElements());
		assertEquals(List.of(new DiagramVisibility.Hidden(CURIOUS, "Segment 'Curious Specialists'"),
				new DiagramVisibility.Hidden(DEEP, "Segment 'Deep Specialists'")), a.visibility().hidden());
		assertTrue(b.visibility().hidden().isEmpty());
		IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> a.visibility().hide(List.of(CURIOUS)));
		assertTrue(unknown.getMessage().contains(CURIOUS), unknown.getMessage());
		save(representations, model);

		stack.undo();
		assertNotNull(a.graph().node(DEEP), "remove undone");
		assertEquals(List.of(CURIOUS), a.representation().getHiddenElements());
		stack.undo();
		assertEquals(curiousBounds, a.graph().node(CURIOUS).bounds(), "hide undone");
		assertTrue(a.representation().getNodes().isEmpty(), "and the automatic layout is no longer saved");

		String file = Files.readString(folder.resolve("nordic-members.segmentationdiagram"));
		assertTrue(file.contains("<hiddenElements>" + CURIOUS + "</hiddenElements>\n    <hiddenElements>" + DEEP + "</hiddenElements>"), file);
		Representations reopened = open(model);
		DiagramSession again = representation(reopened, "Tree A");
		assertNull(again.graph().node(CURIOUS));
		assertNull(again.graph().node(DEEP));
		assertNotNull(representation(reopened, "Tree B").graph().node(CURIOUS), "B hides nothing after reopening either");

		reopened.domain().getCommandStack().execute(again.visibility().show(List.of(CURIOUS, DEEP)));
		assertEquals(curiousBounds, again.graph().node(CURIOUS).bounds(), "shown again where it was");
		DiagramNode deep = again.graph().node(DEEP);
		assertNotNull(deep, "a removed node comes back too, placed anew");
		assertTrue(again.visibility().hidden().isEmpty());
		assertThrows(IllegalArgumentException.class, () -> again.visibility().show(List.of(BROAD)), "not hidden");
		reopened.domain().getCommandStack().undo();
		assertNull(again.graph().node(CURIOUS), "show undone");
	}

	@Test
	void aHiddenEdgeLabelIsListedAndShownAgain() throws Exception {
		Path model = Examples.modelCopy(folder);
		DiagramSession session = null;
		DiagramEdge labelled = null;
		for (String kind : List.of("segment-tree", "value-community-map", "buying-centre-map", "persona-board")) {
			DiagramSession candidate = Fixtures.open(model, kind);
			labelled = candidate.graph().edges().stream().filter(edge -> !edge.label().isEmpty()).findFirst().orElse(null);
			if (labelled != null) {
				session = candidate;
				break;
			}
		}
		assertNotNull(labelled, "an example diagram draws an edge label");
		String id = labelled.id();
		String label = labelled.label();
		DiagramSession diagram = session;
		CommandStack stack = diagram.domain().getCommandStack();
		stack.execute(diagram.visibility().hideLabels(List.of(id)));
		assertEquals("", diagram.graph().edge(id).label());
		assertEquals(id + DiagramVisibility.LABEL_SUFFIX, diagram.visibility().hidden().get(0).id());
		assertTrue(diagram.visibility().hidden().get(0).label().startsWith("the label of "), diagram.visibility().hidden().toString());
		assertThrows(IllegalArgumentException.class, () -> diagram.visibility().hideLabels(List.of(id)), "no label left to hide");
		stack.execute(diagram.visibility().show(List.of(id + DiagramVisibility.LABEL_SUFFIX)));
		assertEquals(label, diagram.graph().edge(id).label());
		stack.undo();
		assertEquals("", diagram.graph().edge(id).label());
		stack.undo();
		assertEquals(label, diagram.graph().edge(id).label());
		assertTrue(diagram.representation().getHiddenLabels().isEmpty());
	}

	@Test
	void pinnedNodesKeepTheirPlaceThroughArrangeAllWithTheirEdgesAttached() throws Exception {
		Path model = Examples.modelCopy(folder);
		DiagramSession tree = Fixtures.open(model, "segment-tree");
		CommandStack stack = tree.domain().getCommandStack();
		Bounds curious = tree.graph().node(CURIOUS).bounds();
		Bounds broad = tree.graph().node(BROAD).bounds();
		Bounds pinnedPlace = new Bounds(curious.x() + 400, curious.y() + 260, curious.width(), curious.height());
		Bounds movedBroad = new Bounds(broad.x() + 300, broad.y() + 300, broad.width(), broad.height());
		stack.execute(tree.layout().changeBounds(Map.of(CURIOUS, pinnedPlace, BROAD, movedBroad)));
		stack.execute(tree.visibility().pin(List.of(CURIOUS), true));
		assertTrue(tree.graph().node(CURIOUS).isPinned());
		assertFalse(tree.graph().node(BROAD).isPinned());
		assertThrows(IllegalArgumentException.class,
				() -> tree.visibility().pin(List.of(tree.graph().nodes().stream().filter(DiagramNode::isRow).findFirst()
						.orElseThrow(() -> new AssertionError("a segment tree with rows")).id()), true), "a row moves with its list");

		stack.execute(tree.layout().arrange());
		DiagramGraph arranged = tree.graph();
		assertEquals(pinnedPlace, arranged.node(CURIOUS).bounds(), "the pinned node stays");
		assertNotEquals(movedBroad, arranged.node(BROAD).bounds(), "an unpinned one is arranged");
		assertEquals(broad, arranged.node(BROAD).bounds(), "where ELK put it before");
		DiagramEdge edge = arranged.edge(CURIOUS_TO_DEEP);
		assertTrue(touches(edge.route().get(0), arranged.node(CURIOUS).absoluteBounds()), "the edge starts at the pinned node: " + edge.route());
		assertTrue(touches(edge.route().get(edge.route().size() - 1), arranged.node(DEEP).absoluteBounds()), edge.route().toString());

		Path diagramFile = folder.resolve("nordic-members.segmentationdiagram");
		SegmentationFiles.save(tree.project(), model);
		DiagramFiles.save(tree.stateResource());
		assertTrue(Files.readString(diagramFile).contains("<pinnedNodes>" + CURIOUS + "</pinnedNodes>"));
		DiagramSession reopened = Fixtures.open(model, "segment-tree");
		assertTrue(reopened.graph().node(CURIOUS).isPinned(), "still pinned after reopening");
		assertEquals(pinnedPlace, reopened.graph().node(CURIOUS).bounds());

		stack.undo();
		assertEquals(movedBroad, tree.graph().node(BROAD).bounds(), "arrange undone");
		stack.undo();
		assertFalse(tree.graph().node(CURIOUS).isPinned(), "pin undone");
		stack.execute(tree.layout().arrange());
		assertEquals(curious, tree.graph().node(CURIOUS).bounds(), "unpinned, it is arranged with the rest");

		reopened.domain().getCommandStack().execute(reopened.visibility().pin(List.of(CURIOUS), false));
		reopened.domain().getCommandStack().execute(reopened.layout().arrange());
		assertEquals(curious, reopened.graph().node(CURIOUS).bounds(), "unpinned after reopening");
	}

	private static boolean touches(Point point, Bounds bounds) {
		return point.x() >= bounds.x() - 2 && point.x() <= bounds.x() + bounds.width() + 2 && point.y() >= bounds.y() - 2
				&& point.y() <= bounds.y() + bounds.height() + 2;
	}

	private static Bounds savedBounds(DiagramView view, String node) {
		return view.getNodes().stream().filter(layout -> layout.getNode().equals(node)).findFirst()
				.map(DiagramVisibilityTest::bounds).orElse(null);
	}

	private static Bounds bounds(NodeLayout layout) {
		return new Bounds(layout.getX(), layout.getY(), layout.getWidth(), layout.getHeight());
	}

	private static Representations open(Path model) throws Exception {
		AdapterFactoryEditingDomain domain = Fixtures.newDomain();
		Project project = SegmentationFiles.load(domain.getResourceSet(), model);
		return Representations.of(domain, project, Fixtures.kinds());
	}

	private static DiagramSession representation(Representations representations, String name) throws Exception {
		return DiagramSession.openRepresentation(representations.domain(), representations.project(), Fixtures.kinds(), name);
	}

	private static void save(Representations representations, Path model) throws Exception {
		SegmentationFiles.save(representations.project(), model);
		DiagramFiles.save(representations.stateResource());
	}
}

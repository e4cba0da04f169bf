/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.glsp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.util.GraphUtil;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.features.core.model.UpdateModelAction;
import org.eclipse.glsp.server.features.directediting.ApplyLabelEditOperation;
import org.eclipse.glsp.server.operations.CreateEdgeOperation;
import org.eclipse.glsp.server.operations.CreateNodeOperation;
import org.eclipse.glsp.server.operations.DeleteOperation;
import org.eclipse.glsp.server.features.undoredo.UndoAction;
import org.eclipse.glsp.server.features.undoredo.RedoAction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.diagram.DiagramKinds;
import org.segmenta.diagram.DiagramSession;
import org.segmenta.diagram.glsp.internal.ChangesUpdateAction;
import org.segmenta.diagram.glsp.internal.DiagramGraphToGModel;
import org.segmenta.diagram.glsp.internal.ToggleAction;
import org.segmenta.model.Persona;
import org.segmenta.model.Segment;
import org.segmenta.model.Segmentation;
import org.segmenta.model.ValueCommunity;
import org.segmenta.tests.support.Examples;

/**
 * After an edit the server sends only the elements that changed, and the client's model, once it
 * has applied them, is the whole diagram the server would send: checked after every step of an
 * editing session on the example's segment tree, undo and redo included, against a GModel built
 * from scratch.
 */
class ChangesUpdateTest {

	private static final String KIND = "segment-tree";
	private static final String MAP = "value-community-map";

	@TempDir
	Path folder;

	private GlspTestSession session;

	@BeforeEach
	void open() throws Exception {
		session = GlspTestSession.open(Examples.modelCopy(folder), KIND);
	}

	@AfterEach
	void close() {
		session.close();
	}

	@Test
	void editsSendOnlyTheChangedElementsAndTheClientEndsUpWithTheWholeDiagram() throws Exception {
		Segmentation segmentation = session.project().getSegmentations().get(0);
		String segmentationNode = "st-segmentation:" + segmentation.getId();
		// persona nodes are a layer, off by default
		session.dispatchAndAwaitModel(new ToggleAction(ToggleAction.LAYER, "st-personas", true));
		int nodesShown = countNodes(session.model());

		// the first edit also saves the automatic layout; the diagram must still match
		session.dispatchAndAwaitModel(new CreateNodeOperation("node:st-segment", GraphUtil.point(40, 60), segmentationNode,
				Map.of("toolId", "st-new-segment")));
		assertShowsTheWholeDiagram("after creating a segment");
		Segment created = segmentation.getSegments().get(segmentation.getSegments().size() - 1);
		String createdNode = "st-segment:" + created.getId();

		session.dispatchAndAwaitModel(new ApplyLabelEditOperation(createdNode + "#name", "Søstrene på Åland – Väst"));
		List<ChangesUpdateAction.Match> renamed = changes();
		assertEquals(List.of(createdNode), addedIds(renamed), "a rename sends the renamed node");
		assertEquals(createdNode, renamed.get(0).leftId(), "and takes the old one away");
		assertShowsTheWholeDiagram("after renaming it");

		Segment segment = segmentation.getSegments().get(0);
		Persona persona = session.project().getPersonas().stream().filter(p -> !segment.getPersonas().contains(p)).findFirst()
				.orElseThrow();
		session.dispatchAndAwaitModel(new CreateEdgeOperation("edge:st-described-by", "st-segment:" + segment.getId(),
				"st-persona:" + persona.getId(), Map.of("toolId", "st-link-persona")));
		assertTrue(changes().size() < nodesShown / 2, "an edge sends a few elements, not the diagram of " + nodesShown + " nodes");
		assertShowsTheWholeDiagram("after linking a persona");

		session.dispatchAndAwaitModel(new DeleteOperation(List.of(createdNode)));
		assertTrue(changes().stream().anyMatch(match -> createdNode.equals(match.leftId()) && match.right() == null),
				"a deletion takes the node away");
		assertShowsTheWholeDiagram("after deleting the new segment");

		session.dispatchAndAwaitModel(new UndoAction());
		assertShowsTheWholeDiagram("after undoing the deletion");
		session.dispatchAndAwaitModel(new UndoAction());
		assertShowsTheWholeDiagram("after undoing the link");
		session.dispatchAndAwaitModel(new RedoAction());
		assertShowsTheWholeDiagram("after redoing the link");

		// a layer switch changes the root's switches: the whole diagram is sent
		session.dispatchAndAwaitModel(new ToggleAction(ToggleAction.LAYER, "st-personas", false));
		assertEquals(UpdateModelAction.class, session.lastUpdate().getClass());
		assertShowsTheWholeDiagram("after hiding the personas");
		session.dispatchAndAwaitModel(new UndoAction());
		assertShowsTheWholeDiagram("after showing them again");
	}

	@Test
	void nestedNodesAreReplacedWithTheirParentsOnTheValueCommunityMap() throws Exception {
		session.close();
		session = GlspTestSession.open(Examples.modelCopy(Files.createDirectory(folder.resolve("map"))), MAP);
		ValueCommunity community = session.project().getValueCommunities().stream()
				.filter(candidate -> candidate.getSubCommunities().isEmpty()).findFirst().orElseThrow();
		String communityNode = "vc-community:" + community.getId();

		session.dispatchAndAwaitModel(new CreateNodeOperation("node:vc-sub-community", GraphUtil.point(20, 60), communityNode,
				Map.of("toolId", "vc-new-sub-community")));
		assertShowsTheWholeDiagram(MAP, "after creating a sub-community inside " + community.getName());
		String subNode = "vc-sub-community:" + community.getSubCommunities().get(0).getId();

		session.dispatchAndAwaitModel(new ApplyLabelEditOperation(subNode + "#name", "Vi som älskar fjällen"));
		assertShowsTheWholeDiagram(MAP, "after renaming the sub-community");
		session.dispatchAndAwaitModel(new ApplyLabelEditOperation(communityNode + "#name", "Vi som værner om naturen"));
		assertTrue(changes().stream().anyMatch(match -> match.right() != null && communityNode.equals(match.right().getId())
				&& GlspTestSession.find(match.right(), subNode) != null), "a renamed community is sent with what it frames");
		assertShowsTheWholeDiagram(MAP, "after renaming the community");

		session.dispatchAndAwaitModel(new DeleteOperation(List.of(communityNode)));
		assertShowsTheWholeDiagram(MAP, "after deleting the community with its sub-community");
		session.dispatchAndAwaitModel(new UndoAction());
		assertShowsTheWholeDiagram(MAP, "after undoing the deletion");
	}

	private List<ChangesUpdateAction.Match> changes() {
		Action update = session.lastUpdate();
		return assertInstanceOf(ChangesUpdateAction.class, update, "an update by changes").getMatches();
	}

	private static List<String> addedIds(List<ChangesUpdateAction.Match> matches) {
		return matches.stream().filter(match -> match.right() != null).map(match -> match.right().getId()).toList();
	}

	/** The client's model equals a GModel built from scratch from the model as it is now. */
	private void assertShowsTheWholeDiagram(String when) throws Exception {
		assertShowsTheWholeDiagram(KIND, when);
	}

	private void assertShowsTheWholeDiagram(String kind, String when) throws Exception {
		DiagramSession fresh = DiagramSession.open(session.context.editingDomain(), session.project(), DiagramKinds.getDefault(), kind);
		String expected = canonical(DiagramGraphToGModel.toGModel(fresh.graph(), fresh));
		assertEquals(expected, canonical(session.model()), when);
	}

	/**
	 * An element with its attributes, args and children, children in a fixed order: sprotty appends
	 * what an update adds, so the order of siblings (drawing order of nodes that do not overlap) may
	 * differ from a fresh build without anything looking different.
	 */
	private static String canonical(EObject element) {
		StringBuilder text = new StringBuilder(element.eClass().getName()).append('{');
		for (EAttribute attribute : element.eClass().getEAllAttributes()) {
			if (!attribute.getName().equals("revision") && element.eIsSet(attribute)) {
				text.append(attribute.getName()).append('=').append(element.eGet(attribute)).append(';');
			}
		}
		for (EReference reference : element.eClass().getEAllContainments()) {
			if (element.eIsSet(reference)) {
				Object value = element.eGet(reference);
				List<String> contents = new ArrayList<>();
				for (Object child : value instanceof List<?> list ? list : List.of(value)) {
					contents.add(canonical((EObject) child));
				}
				contents.sort(null);
				text.append(reference.getName()).append(contents.stream().collect(Collectors.joining(",", "[", "]")));
			}
		}
		return text.append('}').toString();
	}

	private static int countNodes(GModelElement element) {
		int count = element.getType().startsWith("node:") ? 1 : 0;
		for (GModelElement child : element.getChildren()) {
			count += countNodes(child);
		}
		return count;
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.glsp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.GraphFactory;
import org.eclipse.glsp.graph.GDimension;
import org.eclipse.glsp.graph.GPoint;
import org.eclipse.glsp.graph.util.GraphUtil;
import org.eclipse.glsp.server.actions.MessageAction;
import org.eclipse.glsp.server.features.directediting.ApplyLabelEditOperation;
import org.eclipse.glsp.server.features.undoredo.UndoAction;
import org.eclipse.glsp.server.operations.ChangeBoundsOperation;
import org.eclipse.glsp.server.operations.ChangeContainerOperation;
import org.eclipse.glsp.server.operations.CreateEdgeOperation;
import org.eclipse.glsp.server.operations.CreateNodeOperation;
import org.eclipse.glsp.server.operations.DeleteOperation;
import org.eclipse.glsp.server.operations.ReconnectEdgeOperation;
import org.eclipse.glsp.server.types.ElementAndBounds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.diagram.glsp.internal.ToggleAction;
import org.segmenta.model.Persona;
import org.segmenta.model.Segment;
import org.segmenta.model.Segmentation;
import org.segmenta.tests.support.Examples;

/**
 * Each GLSP operation on the segment tree of the example changes the EMF model (or the diagram
 * file) through the editing domain, and undo brings the model back.
 */
class DiagramOperationTest {

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

	private Segmentation segmentation() {
		return session.project().getSegmentations().get(0);
	}

	private static String nodeId(String mapping, String elementId) {
		return mapping + ":" + elementId;
	}

	@Test
	void theModelIsShownThroughTheDescription() {
		Segmentation segmentation = segmentation();
		GNode node = session.node(nodeId("st-segmentation", segmentation.getId()));
		assertEquals("node:st-segmentation", node.getType());
		GLabel name = (GLabel) node.getChildren().get(0);
		assertEquals(segmentation.getName(), name.getText());
		Segment segment = segmentation.getSegments().get(0);
		assertEquals(segment.getId(), session.node(nodeId("st-segment", segment.getId())).getArgs().get("element"));
		assertTrue(session.edges().stream().anyMatch(edge -> edge.getSourceId().equals(node.getId())),
				"segmentation-to-segment edges");
	}

	@Test
	void createNodeAddsASegmentAndUndoRemovesIt() throws Exception {
		Segmentation segmentation = segmentation();
		int before = segmentation.getSegments().size();
		session.dispatchAndAwaitModel(new CreateNodeOperation("node:st-segment", GraphUtil.point(40, 60),
				nodeId("st-segmentation", segmentation.getId()), Map.of("toolId", "st-new-segment")));
		assertEquals(before + 1, segmentation.getSegments().size());
		Segment created = segmentation.getSegments().get(before);
		assertEquals("New segment", created.getName());
		assertEquals("New segment", ((GLabel) session.node(nodeId("st-segment", created.getId())).getChildren().get(0)).getText());
		assertTrue(session.context.editingDomain().getCommandStack().canUndo());

		session.dispatchAndAwaitModel(new UndoAction());
		assertEquals(before, segmentation.getSegments().size());
		assertFalse(segmentation.getSegments().contains(created));
	}

	@Test
	void creatingWhereTheDescriptionDoesNotAllowItIsRefusedWithAReason() throws Exception {
		int before = segmentation().getSegments().size();
		session.dispatch(new CreateNodeOperation("node:st-segment", GraphUtil.point(10, 10), null, Map.of("toolId", "st-new-segment")));
		MessageAction message = (MessageAction) session.await(MessageAction.class);
		assertTrue(message.getMessage().contains("Segmentation"), message.getMessage());
		assertEquals(before, segmentation().getSegments().size());
		assertFalse(session.context.editingDomain().getCommandStack().canUndo());
	}

	@Test
	void createEdgeLinksAPersonaAndUndoUnlinksIt() throws Exception {
		// persona nodes are a layer, off by default
		session.dispatchAndAwaitModel(new ToggleAction(ToggleAction.LAYER, "st-personas", true));
		Segment segment = segmentation().getSegments().get(0);
		Persona persona = session.project().getPersonas().stream().filter(p -> !segment.getPersonas().contains(p)).findFirst().orElseThrow();
		session.dispatchAndAwaitModel(new CreateEdgeOperation("edge:st-described-by", nodeId("st-segment", segment.getId()),
				nodeId("st-persona", persona.getId()), Map.of("toolId", "st-link-persona")));
		assertTrue(segment.getPersonas().contains(persona));
		assertTrue(session.edges().stream().anyMatch(edge -> edge.getTargetId().equals(nodeId("st-persona", persona.getId()))
				&& edge.getSourceId().equals(nodeId("st-segment", segment.getId()))));

		session.dispatchAndAwaitModel(new UndoAction());
		assertFalse(segment.getPersonas().contains(persona));
	}

	@Test
	void aPersonaDroppedOnASegmentsPersonasIsListedThere() throws Exception {
		session.dispatchAndAwaitModel(new ToggleAction(ToggleAction.LAYER, "st-personas", true));
		Segment segment = segmentation().getSegments().stream().filter(s -> !s.getPersonas().isEmpty()).findFirst().orElseThrow();
		Persona persona = session.project().getPersonas().stream().filter(p -> !segment.getPersonas().contains(p)).findFirst().orElseThrow();
		session.dispatchAndAwaitModel(new ChangeContainerOperation(nodeId("st-persona", persona.getId()),
				nodeId("st-segment", segment.getId()) + "#compartment-st-segment-persona"));
		assertTrue(segment.getPersonas().contains(persona), "the drop links the persona to the segment");
		String row = nodeId("st-segment", segment.getId()) + "/st-segment-persona:" + persona.getId();
		boolean listed = false;
		for (var all = session.model().eAllContents(); all.hasNext();) {
			listed |= all.next() instanceof GModelElement element && row.equals(element.getId());
		}
		assertTrue(listed, "the segment lists it as a row");

		session.dispatchAndAwaitModel(new UndoAction());
		assertFalse(segment.getPersonas().contains(persona));
	}

	@Test
	void reconnectMovesAnEdgeToAnotherPersona() throws Exception {
		// persona nodes are a layer, off by default
		session.dispatchAndAwaitModel(new ToggleAction(ToggleAction.LAYER, "st-personas", true));
		Segment segment = segmentation().getSegments().stream().filter(s -> !s.getPersonas().isEmpty()).findFirst().orElseThrow();
		Persona from = segment.getPersonas().get(0);
		Persona to = session.project().getPersonas().stream().filter(p -> !segment.getPersonas().contains(p)).findFirst().orElseThrow();
		GEdge edge = session.edges().stream().filter(e -> e.getType().equals("edge:st-described-by")
				&& e.getSourceId().equals(nodeId("st-segment", segment.getId())) && e.getTargetId().equals(nodeId("st-persona", from.getId())))
				.findFirst().orElseThrow();
		session.dispatchAndAwaitModel(new ReconnectEdgeOperation(edge.getId(), edge.getSourceId(), nodeId("st-persona", to.getId())));
		assertTrue(segment.getPersonas().contains(to));
		assertFalse(segment.getPersonas().contains(from));

		session.dispatchAndAwaitModel(new UndoAction());
		assertTrue(segment.getPersonas().contains(from));
		assertFalse(segment.getPersonas().contains(to));
	}

	@Test
	void deleteRemovesTheSegmentAndUndoRestoresIt() throws Exception {
		Segmentation segmentation = segmentation();
		Segment segment = segmentation.getSegments().get(segmentation.getSegments().size() - 1);
		int before = segmentation.getSegments().size();
		session.dispatchAndAwaitModel(new DeleteOperation(List.of(nodeId("st-segment", segment.getId()))));
		assertEquals(before - 1, segmentation.getSegments().size());
		assertFalse(segmentation.getSegments().contains(segment));

		session.dispatchAndAwaitModel(new UndoAction());
		assertEquals(before, segmentation.getSegments().size());
		assertTrue(segmentation.getSegments().contains(segment));
	}

	@Test
	void moveAndResizeChangeTheDiagramFileAndUndoRestoresTheLayout() throws Exception {
		String id = nodeId("st-segment", segmentation().getSegments().get(0).getId());
		GNode before = session.node(id);
		double x = before.getPosition().getX(), y = before.getPosition().getY();
		double width = before.getSize().getWidth(), height = before.getSize().getHeight();
		ElementAndBounds change = new ElementAndBounds();
		change.setElementId(id);
		change.setNewPosition(point(x + 120, y + 45));
		change.setNewSize(dimension(width + 30, height + 10));
		session.dispatchAndAwaitModel(new ChangeBoundsOperation(List.of(change)));
		GNode moved = session.node(id);
		assertEquals(x + 120, moved.getPosition().getX(), 1e-9);
		assertEquals(y + 45, moved.getPosition().getY(), 1e-9);
		assertEquals(width + 30, moved.getSize().getWidth(), 1e-9);
		assertEquals(height + 10, moved.getSize().getHeight(), 1e-9);
		assertTrue(session.context.editingDomain().getCommandStack().canUndo(), "the move is a command on the domain");

		session.dispatchAndAwaitModel(new UndoAction());
		GNode restored = session.node(id);
		assertEquals(x, restored.getPosition().getX(), 1e-9);
		assertEquals(width, restored.getSize().getWidth(), 1e-9);
	}

	@Test
	void labelEditRenamesTheSegmentKeepingNordicLettersAndUndoRestoresTheName() throws Exception {
		Segment segment = segmentation().getSegments().get(0);
		String old = segment.getName();
		String id = nodeId("st-segment", segment.getId());
		session.dispatchAndAwaitModel(new ApplyLabelEditOperation(id + "#name", "Æblegårdens søstre – Väst"));
		assertEquals("Æblegårdens søstre – Väst", segment.getName());
		assertEquals("Æblegårdens søstre – Väst", ((GLabel) session.node(id).getChildren().get(0)).getText());
		assertNotEquals(old, segment.getName());

		session.dispatchAndAwaitModel(new UndoAction());
		assertEquals(old, segment.getName());
	}

	private static GPoint point(double x, double y) {
		return GraphUtil.point(x, y);
	}

	private static GDimension dimension(double width, double height) {
		GDimension dimension = GraphFactory.eINSTANCE.createGDimension();
		dimension.setWidth(width);
		dimension.setHeight(height);
		return dimension;
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.segmenta.diagram.Bounds;
import org.segmenta.diagram.DiagramNode;
import org.segmenta.diagram.DiagramSession;
import org.segmenta.diagram.Point;
import org.segmenta.model.BuyingCenter;
import org.segmenta.model.BuyingRole;
import org.segmenta.model.Identified;
import org.segmenta.model.Persona;
import org.segmenta.model.Segment;
import org.segmenta.tests.support.Examples;

/**
 * Duplicate, copy and paste in diagrams: one undoable command that adds copies with new ids, their
 * contents and their references (inside the copied set to the copies, outside to the originals),
 * placed beside their originals, and refused with the reason where no create tool allows them.
 */
class DiagramCopyTest {

	@Test
	void aDuplicatedBuyingCentreHasNewIdsAndItsRolesInfluenceTheCopiedRoles() throws Exception {
		DiagramSession session = Fixtures.open(Examples.model(), "buying-centre-map");
		CommandStack stack = session.domain().getCommandStack();
		Resource model = session.project().eResource();
		BuyingCenter original = (BuyingCenter) model.getEObject("bc-brinkhoj");
		Bounds originalBounds = session.graph().node("bc-centre:bc-brinkhoj").bounds();
		Set<String> idsBefore = ids(model);

		stack.execute(session.edits().duplicate(List.of("bc-centre:bc-brinkhoj")));

		assertEquals(2, session.project().getBuyingCenters().size());
		BuyingCenter copy = session.project().getBuyingCenters().get(1);
		assertEquals(original.getName(), copy.getName(), "named as the model tree names copies: as the original");
		assertEquals(original.getPurchase(), copy.getPurchase());
		assertEquals(original.getRoles().size(), copy.getRoles().size(), "the roles come along");
		Set<String> newIds = new HashSet<>();
		newIds.add(copy.getId());
		copy.getRoles().forEach(role -> newIds.add(role.getId()));
		assertEquals(1 + original.getRoles().size(), newIds.size(), "every copy has an id of its own");
		for (String id : newIds) {
			assertFalse(idsBefore.contains(id), id + " is new");
			assertNotNull(model.getEObject(id), "the resource finds " + id);
		}
		BuyingRole decisionMaker = copy.getRoles().get(0);
		BuyingRole copiedBuyer = copy.getRoles().stream().filter(role -> role.getName().equals("Karin Holmström")).findFirst().orElseThrow();
		assertEquals(List.of(copiedBuyer), decisionMaker.getInfluences(), "an influence inside the copy points to the copied role");
		BuyingRole copiedUser = copy.getRoles().stream().filter(role -> role.getName().equals("Mårten Öberg")).findFirst().orElseThrow();
		assertSame(model.getEObject("per-marten"), copiedUser.getPersona(), "a reference outside the copy keeps its original");
		assertEquals(List.of(model.getEObject("role-buyer")), ((BuyingRole) model.getEObject("role-dm")).getInfluences(), "the original is as it was");

		DiagramNode placed = session.graph().node("bc-centre:" + copy.getId());
		assertNotNull(placed, "the diagram shows the copy");
		assertEquals(originalBounds.x() + 30, placed.bounds().x(), 0.01, "placed right of its original");
		assertEquals(originalBounds.y() + 30, placed.bounds().y(), 0.01, "and below it");
		assertEquals(copy.getRoles().size(), placed.children().stream().filter(child -> child.mapping().getId().equals("bc-role")).count());

		stack.undo();
		assertEquals(List.of(original), session.project().getBuyingCenters());
		assertEquals(idsBefore, ids(model), "undo leaves the model as it was");
		assertTrue(session.representation().getNodes().stream().noneMatch(layout -> layout.getNode().contains(copy.getId())),
				"and the layout without the copy");
		stack.redo();
		assertEquals(copy, session.project().getBuyingCenters().get(1));

		stack.execute(session.edits().duplicate(List.of("bc-centre:bc-brinkhoj")));
		BuyingCenter second = session.project().getBuyingCenters().get(2);
		assertEquals(originalBounds.x() + 60, session.graph().node("bc-centre:" + second.getId()).bounds().x(), 0.01,
				"a second duplicate does not hide the first");
	}

	@Test
	void aPastedPersonaDescribesTheSameSegmentsAndUndoTakesThatBackToo() throws Exception {
		DiagramSession session = Fixtures.open(Examples.model(), "persona-board");
		CommandStack stack = session.domain().getCommandStack();
		Resource model = session.project().eResource();
		Persona sanne = (Persona) model.getEObject("per-sanne");
		Segment balance = (Segment) model.getEObject("seg-balance");
		int personas = session.project().getPersonas().size();

		stack.execute(session.edits().paste(List.of("pb-persona:per-sanne"), null, new Point(1200, 40)));

		assertEquals(personas + 1, session.project().getPersonas().size());
		Persona copy = session.project().getPersonas().get(personas);
		assertNotEquals("per-sanne", copy.getId());
		assertEquals(sanne.getQuote(), copy.getQuote());
		assertEquals(sanne.getSegments(), copy.getSegments(), "a two-way reference to elements outside the copy is kept");
		assertTrue(balance.getPersonas().contains(copy));
		DiagramNode placed = session.graph().node("pb-persona:" + copy.getId());
		assertEquals(1200, placed.bounds().x(), 0.01, "placed where it was pasted");

		stack.undo();
		assertEquals(personas, session.project().getPersonas().size());
		assertFalse(balance.getPersonas().contains(copy), "undo takes the back reference away");
		assertEquals(List.of(sanne), balance.getPersonas().stream().filter(persona -> persona.getName().equals(sanne.getName())).toList());
	}

	@Test
	void pasteIsRefusedWithTheReasonWhereNoCreateToolAllowsTheCopyAndNothingChanges() throws Exception {
		DiagramSession session = Fixtures.open(Examples.model(), "persona-board");
		IllegalArgumentException intoPersona = assertThrows(IllegalArgumentException.class,
				() -> session.edits().paste(List.of("pb-persona:per-sanne"), "pb-persona:per-paivi", null));
		assertEquals("Persona 'Sanne Højbjerg' cannot be pasted into Persona 'Päivi Kärkkäinen': the Persona board holds no Persona there",
				intoPersona.getMessage());
		DiagramSession tree = Fixtures.open(Examples.model(), "segment-tree");
		IllegalArgumentException onTheDiagram = assertThrows(IllegalArgumentException.class,
				() -> tree.edits().paste(List.of("st-segment:seg-curious"), null, null));
		assertTrue(onTheDiagram.getMessage().contains("cannot be pasted into the diagram itself"), onTheDiagram.getMessage());
		assertFalse(session.domain().getCommandStack().canUndo(), "nothing was changed");
		assertFalse(tree.domain().getCommandStack().canUndo());
	}

	@Test
	void aDuplicatedSegmentComesWithItsSubSegmentsBesideTheOriginals() throws Exception {
		DiagramSession session = Fixtures.open(Examples.model(), "segment-tree");
		Resource model = session.project().eResource();
		Segment curious = (Segment) model.getEObject("seg-curious");
		int siblings = ((List<?>) curious.eContainer().eGet(curious.eContainingFeature())).size();
		Bounds deep = session.graph().node("st-segment:seg-curious-deep").bounds();

		session.domain().getCommandStack().execute(session.edits().duplicate(List.of("st-segment:seg-curious", "st-segment:seg-curious-deep")));

		List<?> segments = (List<?>) curious.eContainer().eGet(curious.eContainingFeature());
		assertEquals(siblings + 1, segments.size(), "a sub-segment selected with its segment is copied once, with it");
		Segment copy = (Segment) segments.get(siblings);
		assertEquals(curious.getSubSegments().size(), copy.getSubSegments().size());
		Segment deepCopy = copy.getSubSegments().stream().filter(sub -> sub.getName().equals("Deep Specialists")).findFirst().orElseThrow();
		assertEquals(curious.getShare(), copy.getShare());
		DiagramNode placed = session.graph().node("st-segment:" + deepCopy.getId());
		assertEquals(deep.x() + 30, placed.bounds().x(), 0.01, "a copied sub-segment is placed beside its original too");
		assertNotNull(session.graph().edge("st-has-sub-segment:st-segment:" + copy.getId() + "->st-segment:" + deepCopy.getId()));
	}

	private static Set<String> ids(Resource model) {
		Set<String> ids = new HashSet<>();
		model.getAllContents().forEachRemaining(element -> {
			if (element instanceof Identified identified) {
				ids.add(identified.getId());
			}
		});
		return ids;
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.segmenta.diagram.Bounds;
import org.segmenta.diagram.DiagramKinds;
import org.segmenta.diagram.DiagramNode;
import org.segmenta.diagram.DiagramNode.Compartment;
import org.segmenta.diagram.DiagramNotes;
import org.segmenta.diagram.DiagramSession;
import org.segmenta.diagram.Point;
import org.segmenta.diagram.description.DiagramDescription;
import org.segmenta.diagram.internal.DescriptionTranslations;
import org.segmenta.model.Project;
import org.segmenta.model.persistence.SegmentationFiles;
import org.segmenta.tests.support.Examples;

/**
 * The diagrams in Danish, Swedish and Finnish: every text of every description translated, the
 * compartment headings, labels, numbers and enumeration values in the language, and the reasons an
 * edit is refused too; English stays as the descriptions are written.
 */
class DiagramLanguageTest {

	@ParameterizedTest
	@ValueSource(strings = { "da", "sv", "fi" })
	void everyTextOfEveryDescriptionHasATranslationAndEveryTranslationATextToTranslate(String language) throws Exception {
		// the product's descriptions; the test bundle's own contributes one without translations
		for (DiagramDescription description : Fixtures.kinds().all().stream()
				.filter(description -> description.eResource().getURI().segment(1).equals("org.segmenta.diagram")).toList()) {
			Properties texts = DescriptionTranslations.read(description, language);
			assertEquals(List.of(), DescriptionTranslations.untranslated(description, texts),
					description.getId() + " has texts without a " + language + " translation");
			assertEquals(List.of(), DescriptionTranslations.unknownKeys(description, texts),
					description.getId() + "_" + language + ".properties names texts the description does not have");
		}
	}

	@Test
	void aDanishDiagramHasDanishHeadingsLabelsNumbersAndEnumerationValues() throws Exception {
		DiagramSession map = open("value-community-map", "da");
		assertEquals("Værdifællesskabskort", map.description().getLabel());
		DiagramNode community = map.graph().nodes().stream().filter(node -> node.mapping().getId().equals("vc-community"))
				.findFirst().orElseThrow();
		assertEquals(List.of("Værdier", "Medlemssegmenter"), community.compartments().stream().map(Compartment::label).toList());
		assertTrue(community.details().stream().anyMatch(line -> line.matches("\\d+\u00A0% af målgruppen")), community.details().toString());

		DiagramSession tree = open("segment-tree", "da");
		DiagramNode segmentation = tree.graph().node("st-segmentation:" + tree.project().getSegmentations().get(0).getId());
		assertTrue(String.join(" ", segmentation.details()).matches("Perspektiv: værdier og holdninger \\d+ segmenter"),
				segmentation.details().toString());
		DiagramNode deep = tree.graph().node("st-segment:seg-curious-deep");
		assertEquals(List.of("11\u00A0% · 528 personer"), deep.details());

		DiagramSession centres = open("buying-centre-map", "da");
		String role = String.join(" ", centres.graph().node("bc-role:role-dm").details());
		assertTrue(role.startsWith("Beslutningstager · Chief Operating Officer"), role);
		assertTrue(role.contains("Indflydelse 30\u00A0% · motivation middel Vurderer ud fra: strategisk"), role);
	}

	@Test
	void swedishAndFinnishGroupThousandsAndWriteDecimalsTheirWay() throws Exception {
		DiagramSession board = open("persona-board", "sv");
		List<String> jobs = board.graph().nodes().stream().filter(node -> node.mapping().getId().equals("pb-card-job"))
				.map(DiagramNode::label).toList();
		assertTrue(jobs.stream().anyMatch(job -> job.matches(".* · \\d+,\\d\\d")), jobs.toString());
		assertTrue(jobs.stream().noneMatch(job -> job.matches(".*\\d\\.\\d\\d")), jobs.toString());
		DiagramSession tree = open("segment-tree", "fi");
		DiagramNode largest = tree.graph().node("st-segment:seg-balance");
		assertTrue(largest.details().get(0).matches("\\d+\u00A0% · \\d\u00A0\\d{3} henkilöä"), largest.details().toString());
	}

	@Test
	void aRefusedEditSaysWhyInTheDiagramsLanguage() throws Exception {
		DiagramSession session = open("segment-tree", "da");
		IllegalArgumentException ownChild = assertThrows(IllegalArgumentException.class,
				() -> session.edits().reparent("st-segment:seg-curious", "st-segment:seg-curious-deep", null));
		assertEquals("Segment 'Curious Specialists' kan ikke flyttes ind i sin egen Segment 'Deep Specialists'", ownChild.getMessage());
		IllegalArgumentException onTheDiagram = assertThrows(IllegalArgumentException.class,
				() -> session.edits().reparent("st-segment:seg-curious-deep", null, null));
		assertTrue(onTheDiagram.getMessage().contains("kan ikke flyttes ind i selve diagrammet"), onTheDiagram.getMessage());
		IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
				() -> session.edits().editLabel("st-segment:seg-curious", " "));
		assertEquals("navnet på Segment 'Curious Specialists' må ikke være tomt", empty.getMessage());
		assertEquals("Omdøb", session.edits().editLabel("st-segment:seg-curious", "Nysgerrige").getLabel());
	}

	@ParameterizedTest
	@CsvSource({ "en, Note, Note link", "da, Note, Notelinje", "sv, Anteckning, Anteckningslänk", "fi, Muistiinpano, Muistiinpanon linkki" })
	void notesAndTheirLinksAreNamedInTheDiagramsLanguage(String language, String note, String link) throws Exception {
		DiagramSession session = open("segment-tree", language);
		CommandStack stack = session.domain().getCommandStack();
		stack.execute(session.edits().createNode(DiagramNotes.NOTE_TOOL, null, new Point(700, 40)));
		String noteNode = DiagramNotes.NODE_PREFIX + session.notes().notes().get(0).getId();
		stack.execute(session.edits().editLabel(noteNode, "Husk"));
		stack.execute(session.edits().createEdge(DiagramNotes.LINK_TOOL, noteNode, "st-segment:seg-curious"));
		String linkId = DiagramNotes.LINK_PREFIX + session.notes().notes().get(0).getId() + ":st-segment:seg-curious";

		DiagramNode noteShown = session.graph().node(noteNode);
		assertEquals(note, noteShown.mapping().getLabel());
		assertEquals(link, session.graph().edge(linkId).mapping().getLabel());
		IllegalArgumentException moved = assertThrows(IllegalArgumentException.class,
				() -> session.edits().reparent(noteNode, "st-segment:seg-curious", null));
		assertTrue(moved.getMessage().contains(note + " 'Husk'"), moved.getMessage());
		IllegalArgumentException unlabelled = assertThrows(IllegalArgumentException.class,
				() -> session.visibility().hideLabels(List.of(linkId)));
		assertTrue(unlabelled.getMessage().contains(link), unlabelled.getMessage());
		assertTrue(session.edits().reconnectEdge(linkId, noteNode, "st-segment:seg-balance").getLabel().endsWith(link),
				"the undo history names what was reconnected");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "en|Delete|Arrange All|Move|Move 2 Elements|Route Edge",
			"da|Slet|Arranger alle|Flyt|Flyt 2 elementer|Ændr forbindelsens forløb",
			"sv|Ta bort|Ordna alla|Flytta|Flytta 2 element|Ändra förbindelsens väg",
			"fi|Poista|Järjestä kaikki|Siirrä|Siirrä 2 elementtiä|Muuta yhteyden reittiä" })
	void theUndoHistoryNamesLayoutAndDeleteEditsInTheDiagramsLanguage(String language, String delete, String arrange, String moveOne,
			String moveTwo, String route) throws Exception {
		DiagramSession session = open("segment-tree", language);
		String curious = "st-segment:seg-curious";
		String deep = "st-segment:seg-curious-deep";
		assertEquals(delete, session.edits().delete(List.of(deep)).getLabel());
		assertEquals(arrange, session.layout().arrange().getLabel());
		Bounds bounds = session.graph().node(curious).bounds();
		assertEquals(moveOne, session.layout().changeBounds(Map.of(curious, bounds)).getLabel());
		assertEquals(moveTwo, session.layout().changeBounds(Map.of(curious, bounds, deep, session.graph().node(deep).bounds())).getLabel());
		String edge = "st-has-sub-segment:" + curious + "->" + deep;
		assertEquals(route, session.layout().changeRoutes(Map.of(edge, List.of(new Point(10, 10)))).getLabel());
	}

	@Test
	void englishIsTheDescriptionsAsWritten() {
		DiagramKinds kinds = Fixtures.kinds();
		assertSame(kinds, kinds.in(Locale.ENGLISH));
		assertSame(kinds, kinds.in(Locale.UK).in(Locale.of("da")).in(Locale.ENGLISH), "translations start from the originals");
		assertSame(kinds.in(Locale.of("da")), kinds.in(Locale.of("da", "DK")), "one translation per language");
		assertEquals("Segment tree", kinds.get("segment-tree").getLabel());
		assertEquals(Locale.ENGLISH, DiagramKinds.language(kinds.get("segment-tree")));
	}

	private static DiagramSession open(String kind, String language) throws Exception {
		AdapterFactoryEditingDomain domain = Fixtures.newDomain();
		Project project = SegmentationFiles.load(domain.getResourceSet(), Examples.model());
		return DiagramSession.open(domain, project, Fixtures.kinds().in(Locale.of(language)), kind);
	}
}

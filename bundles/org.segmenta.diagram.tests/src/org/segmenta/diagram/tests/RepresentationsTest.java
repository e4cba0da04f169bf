/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.diagram.Bounds;
import org.segmenta.diagram.DiagramFiles;
import org.segmenta.diagram.DiagramGraph;
import org.segmenta.diagram.DiagramNode;
import org.segmenta.diagram.DiagramSession;
import org.segmenta.diagram.Representations;
import org.segmenta.diagram.state.DiagramView;
import org.segmenta.model.Persona;
import org.segmenta.model.Project;
import org.segmenta.model.Segment;
import org.segmenta.model.persistence.ModelLoadException;
import org.segmenta.model.persistence.SegmentationFiles;
import org.segmenta.tests.support.Examples;

/** Several named representations per model, each of a kind and from a root, kept in the diagram file. */
class RepresentationsTest {

	@TempDir
	Path folder;

	private static Representations open(Path model) throws Exception {
		AdapterFactoryEditingDomain domain = Fixtures.newDomain();
		Project project = SegmentationFiles.load(domain.getResourceSet(), model);
		return Representations.of(domain, project, Fixtures.kinds());
	}

	@Test
	void createRenameAndDeleteAreUndoneAndRedone() throws Exception {
		Representations representations = open(Examples.modelCopy(folder));
		CommandStack stack = representations.domain().getCommandStack();
		stack.execute(representations.create("persona-board", "segm-values-2026", "Personas of the values segmentation"));
		DiagramView board = representations.require("personas of the VALUES segmentation");
		assertEquals("persona-board", board.getKind());
		assertEquals("segm-values-2026", board.getRoot());

		stack.execute(representations.rename(board, "Værdier – personaer"));
		assertEquals(board, representations.require("Værdier – personaer"), "Nordic letters in a name");
		assertTrue(representations.find("Personas of the values segmentation").isEmpty());
		IllegalArgumentException taken = assertThrows(IllegalArgumentException.class,
				() -> representations.create("segment-tree", null, "værdier – PERSONAER"));
		assertTrue(taken.getMessage().contains("nordic-members.segmentation: there is already a representation 'Værdier – personaer'"),
				taken.getMessage());
		assertThrows(IllegalArgumentException.class, () -> representations.rename(board, "  "));

		stack.execute(representations.delete(board));
		assertTrue(representations.all().isEmpty());
		stack.undo();
		assertEquals("Værdier – personaer", representations.require("Værdier – personaer").getName());
		stack.undo();
		assertEquals("Personas of the values segmentation", board.getName());
		stack.undo();
		assertTrue(representations.all().isEmpty());
		stack.redo();
		stack.redo();
		stack.redo();
		assertTrue(representations.all().isEmpty(), "redone: created, renamed and deleted again");
	}

	/** The undo history names the edits in the kinds' language: the workbench's (-nl) in the workbench. */
	@Test
	void editsAreNamedInTheKindsLanguage() throws Exception {
		Map<String, List<String>> expected = Map.of("en", List.of("New Representation", "Rename Representation", "Delete Representation"),
				"da", List.of("Ny repræsentation", "Omdøb repræsentation", "Slet repræsentation"),
				"sv", List.of("Ny representation", "Byt namn på representation", "Ta bort representation"),
				"fi", List.of("Uusi esitys", "Nimeä esitys uudelleen", "Poista esitys"));
		for (Map.Entry<String, List<String>> language : expected.entrySet()) {
			Path model = Examples.modelCopy(Files.createDirectories(folder.resolve(language.getKey())));
			AdapterFactoryEditingDomain domain = Fixtures.newDomain();
			Representations representations = Representations.of(domain, SegmentationFiles.load(domain.getResourceSet(), model),
					Fixtures.kinds().in(Locale.of(language.getKey())));
			CommandStack stack = domain.getCommandStack();
			stack.execute(representations.create("segment-tree", null, "Træ"));
			DiagramView tree = representations.require("Træ");
			stack.execute(representations.rename(tree, "Puu"));
			stack.execute(representations.delete(tree));
			List<String> names = new ArrayList<>();
			for (int i = 0; i < 3; i++) {
				names.add(0, stack.getUndoCommand().getLabel());
				stack.undo();
			}
			assertEquals(language.getValue(), names, language.getKey());
		}
	}

	/** A diagram file beside the model that holds something else is refused in the language asked for. */
	@Test
	void aDiagramFileHoldingSomethingElseIsRefusedInEachLanguage() throws Exception {
		Path model = Examples.modelCopy(folder);
		Path diagramFile = folder.resolve("nordic-members.segmentationdiagram");
		Files.copy(model, diagramFile, StandardCopyOption.REPLACE_EXISTING);

		ModelLoadException refused = assertThrows(ModelLoadException.class, () -> open(model));

		assertEquals(diagramFile + ": holds no Segmenta diagram file", refused.getMessage());
		assertEquals(diagramFile + ": indeholder ikke en Segmenta-diagramfil", refused.getMessage(Locale.of("da")));
		assertEquals(diagramFile + ": innehåller ingen Segmenta-diagramfil", ModelLoadException.messageOf(refused, Locale.of("sv")));
		assertEquals(diagramFile + ": ei sisällä Segmenta-kaaviotiedostoa", refused.getMessage(Locale.of("fi")));
	}

	@Test
	void twoPersonaBoardsWithDifferentRootsShowDifferentPersonasAndKeepTheirLayouts() throws Exception {
		Path model = Examples.modelCopy(folder);
		Representations representations = open(model);
		CommandStack stack = representations.domain().getCommandStack();
		stack.execute(representations.create("persona-board", "seg-rel-loyal", "Loyal members"));
		stack.execute(representations.create("persona-board", "seg-career", "Career Climbers"));
		Project project = representations.project();

		DiagramSession loyal = DiagramSession.openRepresentation(representations.domain(), project, Fixtures.kinds(), "Loyal members");
		DiagramSession career = DiagramSession.openRepresentation(representations.domain(), project, Fixtures.kinds(), "Career Climbers");
		assertEquals(Set.of("Sanne Højbjerg", "Riitta Hämäläinen"), personas(loyal.graph()));
		assertEquals(Set.of("Mårten Öberg"), personas(career.graph()));
		// Sanne belongs to Balance Seekers too, a segment of the other segmentation: her card here lists only the loyal one
		assertEquals(List.of("seg-rel-loyal"), segmentRows(card(loyal.graph(), "Sanne Højbjerg")));
		assertEquals(List.of("seg-balance", "seg-rel-loyal"),
				segmentRows(card(DiagramSession.open(representations.domain(), project, Fixtures.kinds(), "persona-board").graph(), "Sanne Højbjerg")),
				"the board of the whole model lists all her segments");
		assertEquals(6, personas(DiagramSession.open(representations.domain(), project, Fixtures.kinds(), "persona-board").graph()).size(),
				"the board of the whole model still shows every persona");

		DiagramNode sanne = card(loyal.graph(), "Sanne Højbjerg");
		Bounds movedSanne = new Bounds(sanne.bounds().x() + 250, sanne.bounds().y() + 40, sanne.bounds().width(), sanne.bounds().height());
		stack.execute(loyal.layout().changeBounds(Map.of(sanne.id(), movedSanne)));
		DiagramNode marten = card(career.graph(), "Mårten Öberg");
		Bounds movedMarten = new Bounds(marten.bounds().x() + 90, marten.bounds().y() + 300, marten.bounds().width(), marten.bounds().height());
		stack.execute(career.layout().changeBounds(Map.of(marten.id(), movedMarten)));
		SegmentationFiles.save(project, model);
		DiagramFiles.save(representations.stateResource());
		assertTrue(Files.readString(folder.resolve("nordic-members.segmentationdiagram")).contains("name=\"Loyal members\""));

		Representations reopened = open(model);
		DiagramGraph loyalAgain = DiagramSession.openRepresentation(reopened.domain(), reopened.project(), Fixtures.kinds(), "Loyal members").graph();
		DiagramGraph careerAgain = DiagramSession.openRepresentation(reopened.domain(), reopened.project(), Fixtures.kinds(), "Career Climbers").graph();
		assertEquals(movedSanne, card(loyalAgain, "Sanne Højbjerg").bounds());
		assertEquals(movedMarten, card(careerAgain, "Mårten Öberg").bounds());
		assertEquals(card(loyal.graph(), "Riitta Hämäläinen").bounds(), card(loyalAgain, "Riitta Hämäläinen").bounds());
		assertEquals(Set.of("Mårten Öberg"), personas(careerAgain));
	}

	@Test
	void aValueCommunityMapOfOneCommunityShowsItAndItsSubCommunitiesOnly() throws Exception {
		DiagramSession session = DiagramSession.preview(SegmentationFiles.load(Examples.model()), Fixtures.kinds(), "value-community-map",
				"vc-balance");
		Set<String> communities = session.graph().nodes().stream().filter(node -> node.mapping().getDomainClass().equals("ValueCommunity"))
				.map(DiagramNode::label).collect(Collectors.toSet());
		assertEquals(Set.of("Work-life balance", "Parents of young children", "Flexible work"), communities);
		assertTrue(session.graph().edges().stream().allMatch(edge -> session.graph().node(edge.source().id()) != null));

		DiagramSession sub = DiagramSession.preview(SegmentationFiles.load(Examples.model()), Fixtures.kinds(), "value-community-map",
				"vc-curious-deep");
		assertEquals(1, sub.graph().roots().size(), "a sub-community drawn as the map's only top-level node");
		assertEquals("Craft masters", sub.graph().roots().get(0).label());
	}

	@Test
	void aRootOfTheWrongKindOrAnUnknownIdIsRefusedNamingTheFileAndTheChoices() throws Exception {
		Project project = SegmentationFiles.load(Examples.model());
		IllegalArgumentException wrongType = assertThrows(IllegalArgumentException.class,
				() -> DiagramSession.preview(project, Fixtures.kinds(), "buying-centre-map", "per-sanne"));
		assertTrue(wrongType.getMessage().startsWith("nordic-members.segmentation: Persona 'Sanne Højbjerg' cannot be the root of a buying-centre-map;"),
				wrongType.getMessage());
		assertTrue(wrongType.getMessage().contains("BuyingCenter"), wrongType.getMessage());
		IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
				() -> DiagramSession.preview(project, Fixtures.kinds(), "persona-board", "seg-nowhere"));
		assertTrue(unknown.getMessage().startsWith("nordic-members.segmentation: no element with id 'seg-nowhere'"), unknown.getMessage());
		assertTrue(unknown.getMessage().contains("segm-values-2026 Segmentation 'Values segmentation 2026'"), unknown.getMessage());
	}

	@Test
	void aDiagramFileOfTheFormerFormatIsReadWithTheKindsAsNamesAndItsLayout() throws Exception {
		Path model = Examples.modelCopy(folder);
		// as written before representations: one view per kind, keyed by the kind, without names
		Fixtures.writeDiagramFile(folder, """
				  <views kind="persona-board">
				    <nodes node="pb-persona:per-sanne" x="700.0" y="900.0" width="320.0" height="400.0"/>
				  </views>
				  <views kind="segment-tree" activeLayers="st-personas" customised="true"/>
				""");
		Representations representations = open(model);
		assertEquals("Persona board, Segment tree",
				representations.all().stream().map(DiagramView::getName).collect(Collectors.joining(", ")));
		assertNull(representations.require("Persona board").getRoot());
		DiagramSession board = DiagramSession.openRepresentation(representations.domain(), representations.project(), Fixtures.kinds(),
				"Persona board");
		Bounds sanne = board.graph().node("pb-persona:per-sanne").bounds();
		// a card grows to hold its rows; place and width are the saved ones
		assertEquals(List.of(700.0, 900.0, 320.0), List.of(sanne.x(), sanne.y(), sanne.width()));
		DiagramSession tree = DiagramSession.open(representations.domain(), representations.project(), Fixtures.kinds(), "segment-tree");
		assertEquals("Segment tree", tree.representation().getName());
		assertEquals(Set.of("st-personas"), tree.activeLayers());

		DiagramFiles.save(representations.stateResource());
		String saved = Files.readString(folder.resolve("nordic-members.segmentationdiagram"));
		assertTrue(saved.contains("name=\"Persona board\""), saved);
		assertFalse(open(model).all().stream().anyMatch(view -> view.getName() == null));
	}

	private static Set<String> personas(DiagramGraph graph) {
		return graph.roots().stream().filter(node -> node.element() instanceof Persona).map(DiagramNode::label).collect(Collectors.toSet());
	}

	private static List<String> segmentRows(DiagramNode card) {
		List<String> rows = new ArrayList<>();
		card.children().forEach(child -> collectSegments(child, rows));
		return rows.stream().sorted().toList();
	}

	private static void collectSegments(DiagramNode node, List<String> into) {
		if (node.element() instanceof Segment segment) {
			into.add(segment.getId());
		}
		node.children().forEach(child -> collectSegments(child, into));
	}

	private static DiagramNode card(DiagramGraph graph, String persona) {
		return graph.roots().stream().filter(node -> node.element() instanceof Persona && node.label().equals(persona)).findFirst()
				.orElseThrow(() -> new AssertionError("no card for " + persona));
	}
}

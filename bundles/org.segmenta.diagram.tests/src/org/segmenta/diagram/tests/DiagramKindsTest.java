/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.segmenta.diagram.DiagramGraph;
import org.segmenta.diagram.DiagramImages;
import org.segmenta.diagram.DiagramKinds;
import org.segmenta.diagram.DiagramSession;
import org.segmenta.diagram.description.DiagramDescription;
import org.segmenta.model.DataSource;
import org.segmenta.model.Project;
import org.segmenta.model.Segment;
import org.segmenta.model.Variable;
import org.segmenta.model.persistence.SegmentationFiles;
import org.segmenta.tests.support.Examples;
import org.segmenta.tests.support.LayoutFigures;

class DiagramKindsTest {

	@TempDir
	Path folder;

	@Test
	void theBuiltInKindsAndAContributedOneLoadWithoutProblems() {
		List<String> problems = new ArrayList<>();
		DiagramKinds kinds = DiagramKinds.fromExtensions(Platform.getExtensionRegistry(), problems::add);
		assertEquals(List.of(), problems);
		List<String> ids = kinds.all().stream().map(DiagramDescription::getId).toList();
		assertTrue(ids.containsAll(List.of("segment-tree", "value-community-map", "persona-board", "buying-centre-map",
				"data-lineage")), ids.toString());
	}

	@Test
	void aKindContributedAsDataAloneDrawsTheModel() throws Exception {
		DiagramGraph graph = Fixtures.open(Examples.model(), "data-lineage").graph();
		Project project = (Project) graph.roots().get(0).element().eContainer();
		assertEquals(project.getDataSources().size() + project.getVariables().size(), graph.nodes().size());
		long readFrom = project.getVariables().stream().map(Variable::getDataSource).filter(source -> source != null).count();
		assertTrue(readFrom > 0, "the example's variables name their data sources");
		assertEquals(readFrom, graph.edges().size());

		String svg = DiagramImages.svg(graph);
		for (DataSource source : project.getDataSources()) {
			assertTrue(svg.contains(source.getName()), "the rendering shows " + source.getName());
		}
		LayoutFigures figures = LayoutFiguresTest.figures(graph);
		assertEquals(List.of(), figures.nodeOverlaps(), "the contributed kind is laid out like the built-in ones");
		assertEquals(0, figures.crossings(), figures.toString());
	}

	@Test
	void aDescriptionThatDoesNotFitTheMetamodelIsRefusedWithTheReason() throws Exception {
		Path broken = copyOfSegmentTree("segmentations.segments.subSegments*", "segmentations.segmnts");
		IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
				() -> DiagramKinds.load(DiagramKinds.newResourceSet(), URI.createFileURI(broken.toString())));
		assertTrue(refusal.getMessage().contains(broken.getFileName().toString()), refusal.getMessage());
		assertTrue(refusal.getMessage().contains("node mapping 'st-segment'"), refusal.getMessage());
		assertTrue(refusal.getMessage().contains("Segmentation has no feature 'segmnts'"), refusal.getMessage());
	}

	@Test
	void aToolThatCannotHoldWhatItCreatesIsRefused() throws Exception {
		Path broken = copyOfSegmentTree("containerFeature=\"segments\"", "containerFeature=\"basisVariables\"");
		IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
				() -> DiagramKinds.load(DiagramKinds.newResourceSet(), URI.createFileURI(broken.toString())));
		assertTrue(refusal.getMessage().contains("tool 'st-new-segment': Segmentation has no containment reference 'basisVariables' that holds a Segment"),
				refusal.getMessage());
	}

	@Test
	void aDescriptionWithADoctypeIsNotParsed() throws Exception {
		Path hostile = copyOfSegmentTree("<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
				"<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>");
		IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
				() -> DiagramKinds.load(DiagramKinds.newResourceSet(), URI.createFileURI(hostile.toString())));
		assertTrue(refusal.getMessage().contains("cannot be read"), refusal.getMessage());
	}

	@Test
	void conditionsJoinComparisonsWithOrAndNotAndComputeArithmetic() throws Exception {
		Path described = copyOfSegmentTree("condition=\"audienceShare &lt; 0.05\" mappings=\"st-segment\"",
				"condition=\"not (audienceShare &gt;= 0.15 or size * 2 &gt; 1500)\" mappings=\"st-segment\"");
		DiagramDescription description = DiagramKinds.load(DiagramKinds.newResourceSet(), URI.createFileURI(described.toString()));
		AdapterFactoryEditingDomain domain = Fixtures.newDomain();
		Project project = SegmentationFiles.load(domain.getResourceSet(), Examples.model());
		DiagramSession session = DiagramSession.open(domain, project, DiagramKinds.of(List.of(description), Map.of()), "segment-tree");
		domain.getCommandStack().execute(session.edits().applyFilter("st-hide-small", true));
		DiagramGraph graph = session.graph();
		int hidden = 0;
		int shown = 0;
		for (var all = project.eAllContents(); all.hasNext();) {
			if (all.next() instanceof Segment segment) {
				boolean filtered = !(segment.getAudienceShare() >= 0.15 || segment.getSize() * 2 > 1500);
				assertEquals(filtered, graph.node("st-segment:" + segment.getId()) == null, segment.getName());
				hidden += filtered ? 1 : 0;
				shown += filtered ? 0 : 1;
			}
		}
		assertTrue(hidden > 0 && shown > 0, "the example has segments on both sides: " + hidden + " hidden, " + shown + " shown");
	}

	@Test
	void aMalformedConditionIsRefusedNamingTheDescriptionTheMappingAndTheColumn() throws Exception {
		Path broken = copyOfSegmentTree("condition=\"primary = true\"", "condition=\"primary = true or (share &gt; 0.1\"");
		IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
				() -> DiagramKinds.load(DiagramKinds.newResourceSet(), URI.createFileURI(broken.toString())));
		assertTrue(refusal.getMessage().contains(broken.getFileName().toString()), refusal.getMessage());
		assertTrue(refusal.getMessage().contains("node mapping 'st-segmentation'"), refusal.getMessage());
		assertTrue(refusal.getMessage().contains("at column 31: expected ')', found the end"), refusal.getMessage());
	}

	@Test
	void unknownKindsAreNamedWithTheKnownOnes() {
		IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class, () -> Fixtures.kinds().get("org-chart"));
		assertTrue(refusal.getMessage().contains("no diagram kind 'org-chart'"), refusal.getMessage());
		assertTrue(refusal.getMessage().contains("segment-tree"), refusal.getMessage());
	}

	private Path copyOfSegmentTree(String replaced, String replacement) throws Exception {
		String text;
		try (var in = DiagramKinds.class.getResourceAsStream("/descriptions/segment-tree.diagramdescription")) {
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		assertTrue(text.contains(replaced), replaced);
		Path copy = folder.resolve("broken.diagramdescription");
		Files.writeString(copy, text.replace(replaced, replacement));
		return copy;
	}
}

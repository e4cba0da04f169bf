/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.report.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.model.Project;
import org.segmenta.model.Segment;
import org.segmenta.model.SegmentaFactory;
import org.segmenta.model.Segmentation;
import org.segmenta.model.persistence.SegmentationFiles;
import org.segmenta.report.ReportExporter;
import org.segmenta.report.ReportFigure;
import org.segmenta.report.ReportFigure.Place;
import org.segmenta.report.ReportFindings;
import org.segmenta.report.ReportInput;
import org.segmenta.report.ReportLimits;
import org.segmenta.report.internal.HtmlExporter;
import org.segmenta.report.internal.PptxExporter;
import org.segmenta.report.internal.ReportContributions;
import org.segmenta.tests.support.Examples;

/** The reports of the example carry its four diagrams, contributed through org.segmenta.report.figures. */
class DiagramFiguresTest {

	@Test
	void theFigureSourceDrawsEveryKindInItsPlace() throws Exception {
		Project project = SegmentationFiles.load(Examples.model());
		List<ReportFigure> figures = ReportContributions.getDefault().figures(project, Examples.model(), Assertions::fail);
		assertEquals(List.of(Place.SEGMENTATIONS, Place.PERSONAS, Place.VALUE_COMMUNITIES, Place.BUYING_CENTRES),
				figures.stream().map(ReportFigure::place).toList());
		String buyingCentre = figures.get(3).figure().svg();
		assertTrue(buyingCentre.contains("Henrik Brinkhøj"), "the diagram's labels are SVG text, Nordic letters intact");
	}

	@Test
	void theHtmlReportShowsTheDiagramsAsInlineSvg() throws Exception {
		Project project = SegmentationFiles.load(Examples.model());
		List<ReportFigure> figures = ReportContributions.getDefault().figures(project, Examples.model(), Assertions::fail);
		String html = export(new HtmlExporter(), ReportInput.of(project, Examples.model(), ReportFindings.NONE, figures));
		for (String title : List.of("Segment tree", "Persona board", "Value-community map", "Buying-centre map")) {
			String caption = title + ": Nordfag member segmentation 2026";
			assertTrue(html.contains("aria-label=\"" + caption + "\"><svg"), title);
			assertTrue(html.contains("<figcaption>" + caption + "</figcaption>"), title);
		}
		assertTrue(html.indexOf("aria-label=\"Value-community map:") > html.indexOf("id=\"communities\""),
				"the map sits in the value-communities section");
	}

	@Test
	void theDeckGetsASlidePerDiagram() throws Exception {
		Project project = SegmentationFiles.load(Examples.model());
		List<ReportFigure> figures = ReportContributions.getDefault().figures(project, Examples.model(), Assertions::fail);
		int without = slides(export(new PptxExporter(), ReportInput.of(project, Examples.model(), ReportFindings.NONE)));
		int with = slides(export(new PptxExporter(), ReportInput.of(project, Examples.model(), ReportFindings.NONE, figures)));
		assertTrue(with >= without + 4, without + " slides without the diagrams, " + with + " with");
	}

	/**
	 * A segmentation of 2,100 segments: its segment tree is left out, before any layout, with a notice
	 * in its place; the other kinds are still drawn.
	 */
	@Test
	void aDiagramOverTheLimitIsNamedInsteadOfDrawn(@TempDir Path folder) throws Exception {
		Project project = SegmentationFiles.load(Examples.model());
		Segmentation wide = project.getPrimarySegmentation();
		for (int i = 0; i < 2_100; i++) {
			Segment segment = SegmentaFactory.eINSTANCE.createSegment();
			segment.setId("wide-" + i);
			segment.setName("Åland " + i);
			wide.getSegments().add(segment);
		}
		Path model = folder.resolve("wide.segmentation");
		SegmentationFiles.save(project, model);
		long started = System.nanoTime();
		List<ReportFigure> figures = ReportContributions.getDefault().figures(project, model, Assertions::fail);
		ReportFigure tree = figures.get(0);
		assertEquals(Place.SEGMENTATIONS, tree.place());
		assertNull(tree.figure());
		assertEquals("Segment tree", tree.leftOut().name());
		assertTrue(tree.leftOut().elements() > ReportLimits.DIAGRAM_NODES, tree.leftOut().toString());
		assertNotNull(figures.get(1).figure(), "the persona board is still drawn");
		assertTrue(System.nanoTime() - started < 60_000_000_000L, "no layout of the large tree was attempted");

		String html = export(new HtmlExporter(), ReportInput.of(project, model, ReportFindings.NONE, figures));
		assertFalse(html.contains("aria-label=\"Segment tree:"));
		assertTrue(html.contains("Segment tree: " + String.format(Locale.ENGLISH, "%,d", tree.leftOut().elements())
				+ " elements, more than the 2,000 a report draws."), "the notice stands in the diagram's place");
		assertTrue(html.contains("aria-label=\"Persona board: Nordfag member segmentation 2026\"><svg"));
		int slides = slides(export(new PptxExporter(), ReportInput.of(project, model, ReportFindings.NONE, figures)));
		int without = slides(export(new PptxExporter(), ReportInput.of(project, model, ReportFindings.NONE)));
		assertTrue(slides >= without + 3, "a slide for each diagram drawn, none for the one left out");
	}

	private static String export(ReportExporter exporter, ReportInput input) throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		exporter.export(input, name -> bytes, new NullProgressMonitor());
		return bytes.toString(StandardCharsets.ISO_8859_1);
	}

	private static int slides(String pptx) throws Exception {
		try (InputStream in = new ByteArrayInputStream(pptx.getBytes(StandardCharsets.ISO_8859_1));
				XMLSlideShow deck = new XMLSlideShow(in)) {
			return deck.getSlides().size();
		}
	}
}

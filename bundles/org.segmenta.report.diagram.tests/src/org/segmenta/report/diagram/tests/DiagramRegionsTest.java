/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.report.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.jfree.svg.SVGGraphics2D;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.segmenta.diagram.Bounds;
import org.segmenta.diagram.DiagramImages;
import org.segmenta.diagram.DiagramKinds;
import org.segmenta.diagram.DiagramNode;
import org.segmenta.diagram.DiagramSession;
import org.segmenta.model.Project;
import org.segmenta.model.persistence.SegmentationFiles;
import org.segmenta.report.ReportChart;
import org.segmenta.report.ReportChart.Region;
import org.segmenta.report.ReportFigure;
import org.segmenta.report.ReportFigure.Place;
import org.segmenta.report.ReportFindings;
import org.segmenta.report.ReportInput;
import org.segmenta.report.internal.PdfExporter;
import org.segmenta.report.internal.ReportContributions;
import org.segmenta.tests.support.Examples;
import org.segmenta.tests.support.GeneratedModels;

/**
 * A diagram too large for a page is split by what reads on its own: the value-community map one
 * community with its neighbours a page, each captioned with the community, every community whole
 * on some page; a tree or a buying centre stays one region.
 */
class DiagramRegionsTest {

	/** 0 is the example; other seeds are generated models of 15 communities with 25 overlaps. */
	@ParameterizedTest
	@ValueSource(longs = { 0, 1, 2, 3 })
	void everyTopLevelNodeLiesWholeInARegionNamedAfterIt(long seed, @TempDir Path folder) throws Exception {
		Path model = seed == 0 ? Examples.model() : GeneratedModels.write(seed, folder);
		Project project = SegmentationFiles.load(model);
		List<ReportFigure> figures = ReportContributions.getDefault().figures(project, model, Assertions::fail);
		for (ReportFigure figure : figures) {
			String kind = figure.figure().id().substring("diagram-".length());
			List<Region> leaves = new ArrayList<>();
			figure.figure().regions().forEach(region -> addAll(region, leaves));
			assertFalse(leaves.isEmpty(), kind + " has regions");
			DiagramSession session = DiagramSession.open(SegmentationFiles.load(model), DiagramKinds.getDefault(), kind);
			for (DiagramNode root : session.graph().roots()) {
				Bounds box = root.absoluteBounds();
				// as drawn in the figure, inside the image's margin
				Rectangle2D bounds = new Rectangle2D.Double(DiagramImages.MARGIN + box.x(), DiagramImages.MARGIN + box.y(),
						box.width(), box.height());
				assertTrue(figure.figure().regions().stream().anyMatch(region -> region.bounds().contains(bounds)),
						kind + ": " + root.label() + " lies whole in a top-level region");
				Region group = figure.figure().regions().stream().filter(region -> region.bounds().contains(bounds))
						.findFirst().orElseThrow();
				String name = root.label().strip().lines().findFirst().orElse("");
				if (!group.parts().isEmpty()) {
					// a group split by node: one region is this node alone, named after it
					assertTrue(leaves.stream().anyMatch(leaf -> leaf.name().equals(name) && leaf.bounds().contains(bounds)),
							kind + ": " + name + " has a region of its own");
				}
			}
			if (kind.equals("segment-tree") || kind.equals("buying-centre-map")) {
				// trees and centres are read whole: one region each, never split by node
				assertTrue(figure.figure().regions().stream().allMatch(region -> region.parts().isEmpty()), kind);
			}
		}
	}

	/**
	 * The example's value-community map does not fit a page with its text at 6 pt: its pages are
	 * captioned with the communities they show, and each of its top-level communities is named.
	 */
	@ParameterizedTest
	@ValueSource(longs = { 0, 2 })
	void theMapsPdfPagesAreCaptionedWithTheirCommunities(long seed, @TempDir Path folder) throws Exception {
		Path model = seed == 0 ? Examples.model() : GeneratedModels.write(seed, folder);
		Project project = SegmentationFiles.load(model);
		List<ReportFigure> figures = ReportContributions.getDefault().figures(project, model, Assertions::fail);
		ReportFigure map = figures.stream().filter(figure -> figure.place() == Place.VALUE_COMMUNITIES).findFirst()
				.orElseThrow();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		new PdfExporter().export(ReportInput.of(project, model, ReportFindings.NONE, figures), name -> bytes,
				new NullProgressMonitor());
		String text;
		try (PDDocument document = Loader.loadPDF(bytes.toByteArray())) {
			text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
		Matcher parts = Pattern.compile("Value-community map: [^–]+ – (.+?) \\(part (\\d+) of (\\d+)\\)").matcher(text);
		List<String> named = new ArrayList<>();
		int count = -1;
		while (parts.find()) {
			named.add(parts.group(1));
			count = Integer.parseInt(parts.group(3));
		}
		assertEquals(count, named.size(), "one caption a part: " + named);
		assertTrue(count > 1, "the map is split: " + named);
		DiagramSession session = DiagramSession.open(SegmentationFiles.load(model), DiagramKinds.getDefault(),
				"value-community-map");
		for (DiagramNode root : session.graph().roots()) {
			String name = root.label().strip().lines().findFirst().orElse("");
			assertTrue(named.stream().anyMatch(caption -> caption.contains(name) || caption.endsWith("…")),
					name + " is named in " + named + " (" + map.figure().regions().size() + " regions)");
		}
	}

	/**
	 * A region drawn on its own draws the top-level nodes it shows and none of the others, so that
	 * no sliver of a neighbour lies at a page's edge; drawn whole, the figure draws every node.
	 */
	@ParameterizedTest
	@ValueSource(longs = { 0, 1, 2, 3 })
	void aRegionDrawsItsOwnNodesAndNoOthers(long seed, @TempDir Path folder) throws Exception {
		Path model = seed == 0 ? Examples.model() : GeneratedModels.write(seed, folder);
		Project project = SegmentationFiles.load(model);
		for (ReportFigure figure : ReportContributions.getDefault().figures(project, model, Assertions::fail)) {
			ReportChart chart = figure.figure();
			String kind = chart.id().substring("diagram-".length());
			List<DiagramNode> roots = DiagramSession.open(SegmentationFiles.load(model), DiagramKinds.getDefault(), kind)
					.graph().roots();
			assertTrue(drawnTexts(chart, Set.of()).containsAll(roots.stream().map(DiagramNode::label).toList()),
					kind + " drawn whole shows every node");
			List<Region> all = new ArrayList<>();
			chart.regions().forEach(region -> addAll(region, all));
			for (Region region : all) {
				assertFalse(region.shows().isEmpty(), kind + ": " + region.name() + " names what it shows");
				Set<String> drawn = drawnTexts(chart, region.shows());
				for (DiagramNode root : roots) {
					boolean own = region.shows().contains(root.id());
					assertEquals(own, drawn.contains(root.label()), kind + ": " + region.name() + (own ? " draws " : " leaves out ")
							+ root.label());
				}
			}
		}
	}

	/**
	 * Each page of the example's split map carries the text of the communities it shows only, not
	 * the whole map's clipped away, so a search of the PDF for a community finds its pages.
	 */
	@Test
	void eachPageOfTheSplitMapCarriesOnlyTheTextOfItsCommunities() throws Exception {
		Path model = Examples.model();
		Project project = SegmentationFiles.load(model);
		List<ReportFigure> figures = ReportContributions.getDefault().figures(project, model, Assertions::fail);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		new PdfExporter().export(ReportInput.of(project, model, ReportFindings.NONE, figures), name -> bytes,
				new NullProgressMonitor());
		List<String> communities = DiagramSession.open(SegmentationFiles.load(model), DiagramKinds.getDefault(),
				"value-community-map").graph().roots().stream().map(DiagramNode::label).toList();
		int mapPages = 0;
		try (PDDocument document = Loader.loadPDF(bytes.toByteArray())) {
			PDFTextStripper stripper = new PDFTextStripper();
			for (int page = 1; page <= document.getNumberOfPages(); page++) {
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				String text = stripper.getText(document).replaceAll("\\s+", " ");
				if (!text.contains("Value-community map: ")) {
					continue;
				}
				mapPages++;
				long shown = communities.stream().filter(name -> text.contains(name.replaceAll("\\s+", " "))).count();
				assertTrue(shown > 0 && shown < communities.size(),
						"page " + page + " shows " + shown + " of the " + communities.size() + " communities");
			}
		}
		assertTrue(mapPages > 1, "the map is split over pages: " + mapPages);
	}

	/** The texts {@code chart} draws with only the elements {@code shown} (all where it is empty). */
	private static Set<String> drawnTexts(ReportChart chart, Set<String> shown) {
		SVGGraphics2D graphics = new SVGGraphics2D(chart.width(), chart.height());
		chart.draw(graphics, shown);
		Set<String> texts = new HashSet<>();
		Matcher text = Pattern.compile("<text[^>]*>([^<]*)</text>").matcher(graphics.getSVGElement());
		while (text.find()) {
			texts.add(text.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
					.replace("&apos;", "'").replace("&amp;", "&"));
		}
		return texts;
	}

	private static void addAll(Region region, List<Region> into) {
		into.add(region);
		region.parts().forEach(part -> addAll(part, into));
	}
}

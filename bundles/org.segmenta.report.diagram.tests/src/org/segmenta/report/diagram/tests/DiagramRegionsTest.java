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
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Assertions;
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

	private static void addAll(Region region, List<Region> into) {
		into.add(region);
		region.parts().forEach(part -> addAll(part, into));
	}
}

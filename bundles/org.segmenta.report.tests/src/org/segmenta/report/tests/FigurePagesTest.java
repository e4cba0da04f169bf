/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.segmenta.model.Project;
import org.segmenta.model.persistence.SegmentationFiles;
import org.segmenta.report.ReportChart;
import org.segmenta.report.ReportFigure;
import org.segmenta.report.ReportFigure.Place;
import org.segmenta.report.ReportFindings;
import org.segmenta.report.ReportFonts;
import org.segmenta.report.ReportInput;
import org.segmenta.report.ReportLimits;
import org.segmenta.report.internal.PdfExporter;
import org.segmenta.tests.support.Examples;

/**
 * How report.pdf places a contributed figure by its size and its smallest text: in the flow when it
 * fits at a readable size; otherwise on pages of its own, landscape when it is wider than tall, split
 * into captioned parts when even a page of its own would set its text under 6 pt; named in a notice
 * when that would take more than {@link ReportLimits#FIGURE_PARTS} pages.
 */
class FigurePagesTest {

	@Test
	void aSmallFigureStaysInTheFlowWithItsCaption() throws Exception {
		Pages pages = report(grid("small", 500, 300, 10));
		assertEquals(0, pages.landscape, "no landscape page");
		assertTrue(pages.text.contains("Value-community map: Nordfag"));
		assertTrue(pages.text.contains("small 0,0"), "the figure's labels are text");
		assertTrue(pages.smallest >= 6 - 0.01, pages.smallest + " pt");
	}

	@Test
	void aWideFigureGetsALandscapePageOfItsOwn() throws Exception {
		// 1,100 units wide: 0.44 pt a unit on a portrait page (4.4 pt text), 0.66 on a landscape one
		Pages pages = report(grid("wide", 1_100, 500, 10));
		assertEquals(1, pages.landscape);
		assertEquals("Value-community map: Nordfag", pages.landscapeCaptions.get(0));
		assertTrue(pages.smallest >= 6 - 0.01, pages.smallest + " pt");
	}

	@Test
	void aFigureTooLargeForAnyPageIsSplitIntoReadableParts() throws Exception {
		// 3,000 units wide with 8-unit labels: 0.75 pt a unit keeps them at 6 pt, 2,250 pt in all
		Pages pages = report(grid("huge", 3_000, 900, 8));
		assertTrue(pages.landscape >= 4, pages.landscape + " landscape pages");
		for (int i = 1; i <= pages.landscape; i++) {
			String caption = "Value-community map: Nordfag (part " + i + " of " + pages.landscape + ")";
			assertTrue(pages.landscapeCaptions.contains(caption), caption + " in " + pages.landscapeCaptions);
		}
		assertTrue(pages.text.contains("huge 0,0") && pages.text.contains("huge 29,8"), "first and last labels");
		assertTrue(pages.smallest >= 6 - 0.01, pages.smallest + " pt");
	}

	@Test
	void aFigureThatWouldTakeTooManyPagesIsNamedInstead() throws Exception {
		Pages pages = report(grid("vast", 20_000, 12_000, 8));
		assertEquals(0, pages.landscape);
		assertFalse(pages.text.contains("vast 0,0"));
		assertTrue(pages.text.replaceAll("\\s+", " ").contains("Value-community map: Nordfag would take"),
				"the notice names the figure");
	}

	/** A figure of {@code width} × {@code height} units with a label every 100 × 100 units at {@code size}. */
	private static ReportFigure grid(String name, int width, int height, float size) {
		ReportChart chart = new ReportChart(name, name, (graphics, area) -> {
			graphics.setColor(Color.WHITE);
			graphics.fill(area);
			graphics.setColor(Color.DARK_GRAY);
			graphics.setFont(ReportFonts.awt(Font.PLAIN, size));
			for (int x = 0; x * 100 < width; x++) {
				for (int y = 0; y * 100 < height; y++) {
					graphics.draw(new Rectangle2D.Double(x * 100 + 5, y * 100 + 5, 90, 90));
					graphics.drawString(name + " " + x + "," + y, x * 100 + 10, y * 100 + 50);
				}
			}
		}, width, height);
		return new ReportFigure(Place.VALUE_COMMUNITIES, chart, new ReportFigure.Caption("value-community-map", "Nordfag"));
	}

	private static Pages report(ReportFigure figure) throws Exception {
		Project project = SegmentationFiles.load(Examples.model());
		ReportInput input = ReportInput.of(project, Examples.model(), ReportFindings.NONE, List.of(figure));
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		new PdfExporter().export(input, name -> bytes, new NullProgressMonitor());
		return Pages.read(bytes.toByteArray());
	}

	/** The PDF's text, its smallest text size on the page, and its landscape pages' captions. */
	private static final class Pages extends PDFTextStripper {
		String text;
		double smallest = Double.POSITIVE_INFINITY;
		int landscape;
		final List<String> landscapeCaptions = new ArrayList<>();

		private Pages() throws IOException {
		}

		static Pages read(byte[] pdf) throws IOException {
			Pages pages = new Pages();
			try (PDDocument document = Loader.loadPDF(pdf)) {
				pages.text = pages.getText(document);
				for (int i = 0; i < document.getNumberOfPages(); i++) {
					PDPage page = document.getPage(i);
					if (page.getMediaBox().getWidth() > page.getMediaBox().getHeight()) {
						pages.landscape++;
						PDFTextStripper stripper = new PDFTextStripper();
						stripper.setStartPage(i + 1);
						stripper.setEndPage(i + 1);
						stripper.getText(document).lines().filter(line -> line.startsWith("Value-community map"))
								.forEach(pages.landscapeCaptions::add);
					}
				}
			}
			return pages;
		}

		@Override
		protected void processTextPosition(TextPosition position) {
			super.processTextPosition(position);
			if (!position.getUnicode().isBlank()) {
				smallest = Math.min(smallest, Math.min(position.getXScale(), position.getYScale()));
			}
		}
	}
}

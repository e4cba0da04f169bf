/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.segmenta.model.BuyingRole;
import org.segmenta.model.Job;
import org.segmenta.model.Project;
import org.segmenta.model.Segment;
import org.segmenta.model.Segmentation;
import org.segmenta.model.ValueCommunity;
import org.segmenta.model.persistence.SegmentationFiles;
import org.segmenta.report.BuyingCentreInfluenceChart;
import org.segmenta.report.ChartPalette;
import org.segmenta.report.CommunityOverlapHeatMap;
import org.segmenta.report.OpportunityLandscape;
import org.segmenta.report.ProfileIndexHeatMap;
import org.segmenta.report.ReportChart;
import org.segmenta.report.ReportCharts;
import org.segmenta.report.ReportFonts;
import org.segmenta.report.ReportLanguage;
import org.segmenta.report.SegmentCountCurves;
import org.segmenta.report.SegmentCountScores;
import org.segmenta.report.SegmentPotentialMatrix;
import org.segmenta.report.SegmentSizeChart;
import org.segmenta.tests.support.Examples;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/** The chart factories on the example: titles, axis labels, legends, colours, and well-formed SVG and PNG. */
class ChartFactoriesTest {

	private static Project project;
	private static Segmentation values;

	@BeforeAll
	static void load() throws Exception {
		project = SegmentationFiles.load(Examples.model());
		values = project.getSegmentations().stream().filter(Segmentation::isPrimary).findFirst().orElseThrow();
	}

	private static String svg(JFreeChart chart, String id) throws Exception {
		String svg = new ReportChart(id, chart, 800, 450).svg();
		Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
				.parse(new InputSource(new StringReader(svg)));
		assertEquals("svg", document.getDocumentElement().getNodeName());
		return svg;
	}

	/** JFreeSVG writes colours as rgb(r,g,b). */
	private static String rgb(Color colour) {
		return "rgb(" + colour.getRed() + "," + colour.getGreen() + "," + colour.getBlue() + ")";
	}

	@Test
	void segmentSizesShowEverySegmentInItsOwnColour() throws Exception {
		JFreeChart chart = SegmentSizeChart.create(values);
		assertTrue(chart.getTitle().getText().contains(values.getName()));
		assertNotNull(chart.getLegend());
		String svg = svg(chart, "sizes");
		assertTrue(svg.contains("Share of the audience (%)"), "axis label");
		for (Segment segment : values.getSegments()) {
			assertTrue(svg.contains(segment.getName()), segment.getName());
			assertTrue(svg.contains(rgb(ChartPalette.of(segment, 0))), "colour of " + segment.getName());
		}
	}

	@Test
	void segmentWithoutColourTakesThePaletteColour() {
		Segment segment = values.getSegments().get(2);
		Segment copy = EcoreUtil.copy(segment);
		copy.setColour("not a colour");
		assertEquals(ChartPalette.series(2), ChartPalette.of(copy, 2));
		assertEquals(Color.decode(segment.getColour()), ChartPalette.of(segment, 2));
	}

	@Test
	void potentialMatrixPlacesSegmentsBySizeAndPotential() throws Exception {
		JFreeChart chart = SegmentPotentialMatrix.create(values);
		assertEquals(values.getSegments().size(), chart.getXYPlot().getDataset().getSeriesCount());
		for (int i = 0; i < values.getSegments().size(); i++) {
			Segment segment = values.getSegments().get(i);
			assertEquals(segment.getShare() * 100, chart.getXYPlot().getDataset().getXValue(i, 0), 1e-9);
			assertEquals(segment.getPotential(), chart.getXYPlot().getDataset().getYValue(i, 0), 1e-9);
		}
		String svg = svg(chart, "matrix");
		assertTrue(svg.contains("Potential (0-10)"));
	}

	@Test
	void profileHeatMapWritesEachIndex() throws Exception {
		String svg = svg(ProfileIndexHeatMap.create(values), "profile");
		Segment balance = values.getSegments().get(0);
		for (var entry : balance.getProfile()) {
			assertTrue(svg.contains(">" + ReportLanguage.ENGLISH.number(entry.index(), 0) + "<"), "index of " + entry.getVariable().getName());
		}
		assertTrue(svg.contains("Index (segment / total"), "scale legend");
	}

	@Test
	void overlapHeatMapHoldsTheJaccardIndices() throws Exception {
		List<ValueCommunity> communities = project.getValueCommunities();
		String svg = svg(CommunityOverlapHeatMap.create(communities), "overlap");
		for (ValueCommunity community : communities) {
			assertTrue(svg.contains(community.getName()), community.getName());
			community.getOverlaps().forEach(o -> assertTrue(
					svg.contains(">" + ReportLanguage.ENGLISH.number(o.getJaccard(), 2) + "<"),
					community.getName() + " / " + o.getOther().getName()));
		}
	}

	@Test
	void opportunityLandscapeShowsEveryJob() throws Exception {
		String svg = svg(OpportunityLandscape.create(project.getJobs()), "jobs");
		for (Job job : project.getJobs()) {
			assertTrue(svg.contains(job.getName()), job.getName());
		}
		assertTrue(svg.contains("Importance (0-10)") && svg.contains("Satisfaction today (0-10)"));
	}

	@Test
	void influenceChartShowsEveryRoleWithItsWeight() throws Exception {
		var centre = project.getBuyingCenters().get(0);
		String svg = svg(BuyingCentreInfluenceChart.create(centre), "influence");
		for (BuyingRole role : centre.getRoles()) {
			assertTrue(svg.contains(role.getName()), role.getName());
			assertTrue(svg.contains(">" + ReportLanguage.ENGLISH.number(role.getInfluenceWeight() * 100, 0) + " %<"), role.getName());
		}
		assertTrue(svg.contains("Motivation high"), "legend");
	}

	@Test
	void segmentCountCurvesLeaveOutMissingMeasures() throws Exception {
		double nan = Double.NaN;
		SegmentCountScores scores = new SegmentCountScores(new int[] { 3, 4, 5, 6 },
				new double[] { 9100, 7400, 6600, 6200 }, new double[] { 0.24, 0.27, 0.29, 0.31 },
				new double[] { nan, nan, nan, nan }, 6);
		String svg = svg(SegmentCountCurves.create(scores), "curves");
		assertTrue(svg.contains("Inertia") && svg.contains("Silhouette"));
		assertFalse(svg.contains("BIC"));
	}

	@Test
	void pngsHaveTwiceTheLayoutSizeAndTheBundledFontRenders() throws Exception {
		for (ReportChart chart : new ReportCharts(project).all()) {
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(chart.png()));
			assertEquals(chart.width() * ReportChart.PNG_SCALE, image.getWidth(), chart.id());
			assertEquals(chart.height() * ReportChart.PNG_SCALE, image.getHeight(), chart.id());
		}
		assertTrue(Arrays.asList(GraphicsEnvironment.getLocalGraphicsEnvironment()
				.getAvailableFontFamilyNames()).contains(ReportFonts.FAMILY));
	}

	@Test
	void everyReportChartIdIsUniqueSoInlineSvgsDoNotClash() {
		List<String> ids = new ReportCharts(project).all().stream().map(ReportChart::id).toList();
		assertEquals(ids.size(), ids.stream().distinct().count(), ids.toString());
	}
}

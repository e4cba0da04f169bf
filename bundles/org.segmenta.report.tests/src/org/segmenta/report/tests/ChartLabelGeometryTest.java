/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.segmenta.model.Project;
import org.segmenta.model.Segment;
import org.segmenta.model.Segmentation;
import org.segmenta.model.persistence.SegmentationFiles;
import org.segmenta.report.OpportunityLandscape;
import org.segmenta.report.ReportLanguage;
import org.segmenta.report.SegmentCountCurves;
import org.segmenta.report.SegmentCountScores;
import org.segmenta.report.SegmentPotentialMatrix;
import org.segmenta.report.internal.BubbleLabels;
import org.segmenta.report.internal.LabelPlacement;
import org.segmenta.tests.support.Examples;

/**
 * The names on the bubble charts, measured in the drawn chart: each is nearer to its own bubble
 * than to any other, inside the plot, and clear of the other names.
 */
class ChartLabelGeometryTest {

	private static Project project;
	private static Segmentation values;

	@BeforeAll
	static void load() throws Exception {
		project = SegmentationFiles.load(Examples.model());
		values = project.getPrimarySegmentation();
	}

	@Test
	void sizeByPotentialNamesSitAtTheirOwnBubbles() {
		assertLabelsAtTheirBubbles(SegmentPotentialMatrix.create(values), values.getSegments().size());
	}

	/**
	 * The relationship ladder's Loyal members sit on the middle of the potential scale, at the right
	 * end where the guide line writes "mid potential": their name moves off the guide's label, in
	 * every language's wording.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "en", "da", "sv", "fi" })
	void namesStayOffTheGuideLinesLabels(String language) {
		for (Segmentation segmentation : project.getSegmentations()) {
			JFreeChart chart = SegmentPotentialMatrix.create(segmentation, ReportLanguage.of(language));
			List<LabelPlacement.Placed> placed = assertLabelsAtTheirBubbles(chart, segmentation.getSegments().size());
			XYPlot plot = chart.getXYPlot();
			Rectangle2D dataArea = drawnArea;
			for (Object each : plot.getRangeMarkers(Layer.FOREGROUND)) {
				ValueMarker guide = (ValueMarker) each;
				FontMetrics metrics = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB).createGraphics()
						.getFontMetrics(guide.getLabelFont());
				// the label is right-aligned above the line at the plot's right edge
				double y = plot.getRangeAxis().valueToJava2D(guide.getValue(), dataArea, plot.getRangeAxisEdge());
				double width = metrics.stringWidth(guide.getLabel()) + 8;
				Rectangle2D label = new Rectangle2D.Double(dataArea.getMaxX() - width, y - metrics.getHeight() - 4, width,
						metrics.getHeight() + 4);
				for (LabelPlacement.Placed name : placed) {
					assertFalse(name.label().intersects(label), segmentation.getName() + ": a name covers '" + guide.getLabel()
							+ "' in " + language);
				}
			}
		}
	}

	@Test
	void opportunityLandscapeNamesSitAtTheirOwnBubbles() {
		assertLabelsAtTheirBubbles(OpportunityLandscape.create(project.getJobs()), project.getJobs().size());
	}

	@Test
	void crowdedBubblesKeepTheirNamesApart() {
		// four segments close in size and potential, their bubbles almost touching in a zigzag
		Segmentation crowded = EcoreUtil.copy(values);
		List<Segment> segments = crowded.getSegments();
		for (int i = 0; i < segments.size(); i++) {
			segments.get(i).setShare(i < 4 ? 0.16 + 0.03 * i : 0.04 * i);
			segments.get(i).setPotential(i < 4 ? 6 + i % 2 : i - 2);
		}
		assertLabelsAtTheirBubbles(SegmentPotentialMatrix.create(crowded), segments.size());
	}

	/** The plot's data area where {@link #assertLabelsAtTheirBubbles} drew the chart last. */
	private static Rectangle2D drawnArea;

	private static List<LabelPlacement.Placed> assertLabelsAtTheirBubbles(JFreeChart chart, int expectedBubbles) {
		XYPlot plot = chart.getXYPlot();
		BufferedImage image = new BufferedImage(800, 500, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g2 = image.createGraphics();
		ChartRenderingInfo info = new ChartRenderingInfo();
		chart.draw(g2, new Rectangle2D.Double(0, 0, 800, 500), info);
		g2.dispose();
		Rectangle2D dataArea = info.getPlotInfo().getDataArea();
		drawnArea = dataArea;
		BubbleLabels labels = plot.getAnnotations().stream().filter(BubbleLabels.class::isInstance)
				.map(BubbleLabels.class::cast).findFirst().orElseThrow();
		List<LabelPlacement.Placed> placed = labels.lastPlacement();
		assertEquals(expectedBubbles, placed.size());
		assertEquals(expectedBubbles, plot.getDataset().getSeriesCount());

		// where the chart drew each bubble: its data point through the plot's axes
		double[][] centres = new double[expectedBubbles][];
		for (int i = 0; i < expectedBubbles; i++) {
			double x = plot.getDomainAxis().valueToJava2D(plot.getDataset().getXValue(i, 0), dataArea,
					plot.getDomainAxisEdge());
			double y = plot.getRangeAxis().valueToJava2D(plot.getDataset().getYValue(i, 0), dataArea,
					plot.getRangeAxisEdge());
			centres[i] = new double[] { x, y };
			assertEquals(String.valueOf(plot.getDataset().getSeriesKey(i)), labels.points().get(i).name());
		}
		for (int i = 0; i < expectedBubbles; i++) {
			Rectangle2D label = placed.get(i).label();
			String name = labels.points().get(i).name();
			assertTrue(dataArea.contains(label), name + " inside the plot");
			double own = distance(label, centres[i], labels.points().get(i).radius());
			for (int j = 0; j < expectedBubbles; j++) {
				if (j != i) {
					double other = distance(label, centres[j], labels.points().get(j).radius());
					assertTrue(own < other, name + " is " + own + " from its bubble but " + other + " from "
							+ labels.points().get(j).name() + "'s");
				}
			}
			assertTrue(own <= 130, name + " is " + own + " from its bubble");
			for (int j = 0; j < i; j++) {
				assertFalse(label.intersects(placed.get(j).label()),
						name + " overlaps " + labels.points().get(j).name());
			}
		}
		return placed;
	}

	/** From the label's box to the edge of the bubble at {@code centre}; 0 where they touch. */
	private static double distance(Rectangle2D label, double[] centre, double radius) {
		double x = Math.clamp(centre[0], label.getMinX(), label.getMaxX());
		double y = Math.clamp(centre[1], label.getMinY(), label.getMaxY());
		return Math.max(0, Math.hypot(x - centre[0], y - centre[1]) - radius);
	}

	@Test
	void numberOfSegmentsAxisStartsAtTheFirstCountCompared() {
		SegmentCountScores scores = new SegmentCountScores(new int[] { 3, 4, 5, 6, 7 },
				new double[] { 9100, 7400, 6600, 6200, 6000 }, new double[] { 0.24, 0.27, 0.29, 0.31, 0.28 },
				new double[] { 1, 2, 3, 4, 5 }, 6);
		NumberAxis axis = (NumberAxis) SegmentCountCurves.create(scores).getXYPlot().getDomainAxis();
		assertTrue(axis.getLowerBound() > 2 && axis.getLowerBound() <= 3, "from " + axis.getLowerBound());
		assertTrue(axis.getUpperBound() >= 7 && axis.getUpperBound() < 8, "to " + axis.getUpperBound());
	}
}

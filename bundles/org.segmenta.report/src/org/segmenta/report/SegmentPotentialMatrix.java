/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.segmenta.model.Segment;
import org.segmenta.model.Segmentation;

/**
 * Size × attractiveness: each top-level segment placed by its share of the audience and its
 * potential (0-10), with a bubble whose area grows with the segment. The upper right holds the
 * segments to prioritise.
 */
public final class SegmentPotentialMatrix {

	private SegmentPotentialMatrix() {
	}

	public static JFreeChart create(Segmentation segmentation) {
		return create(segmentation, ReportLanguage.of(segmentation));
	}

	public static JFreeChart create(Segmentation segmentation, ReportLanguage language) {
		List<LabelledPointChart.Point> points = new ArrayList<>();
		List<Segment> segments = segmentation.getSegments();
		int[] kept = SegmentSizeChart.shown(segmentation);
		double largestShare = 0;
		for (int i : kept) {
			Segment segment = segments.get(i);
			double share = segment.getAudienceShare() * 100;
			largestShare = Math.max(largestShare, share);
			points.add(new LabelledPointChart.Point(ReportText.label(segment), share, segment.getPotential(),
					ChartPalette.of(segment, i), 10 + 4 * Math.sqrt(share)));
		}
		double xMax = Math.max(10, Math.ceil(largestShare * 1.25 / 5) * 5);
		JFreeChart chart = LabelledPointChart.create(
				language.text("chart.potential.title", ReportText.label(segmentation)), language.text("chart.shareAxis"),
				language.text("segment.potentialScale"), points, xMax, 10, language);
		ChartStyle.noteShown(chart, "chart.shownOf", kept.length, segments.size(), language);
		XYPlot plot = chart.getXYPlot();
		double averageShare = segments.stream().mapToDouble(s -> s.getAudienceShare() * 100).average().orElse(0);
		ValueMarker averageSize = guide(averageShare, language.text("chart.potential.averageSize"));
		averageSize.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
		averageSize.setLabelTextAnchor(TextAnchor.TOP_LEFT);
		plot.addDomainMarker(averageSize);
		ValueMarker midPotential = guide(5, language.text("chart.potential.midPotential"));
		midPotential.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
		midPotential.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
		plot.addRangeMarker(midPotential);
		return chart;
	}

	static ValueMarker guide(double value, String label) {
		ValueMarker marker = new ValueMarker(value, ChartPalette.GRID.darker(), new BasicStroke(1f,
				BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] { 4f, 4f }, 0f));
		marker.setLabel(label);
		marker.setLabelFont(ChartStyle.itemFont());
		marker.setLabelPaint(ChartPalette.GRID.darker().darker());
		marker.setLabelBackgroundColor(new Color(255, 255, 255, 0));
		marker.setLabelOffset(new RectangleInsets(2, 4, 2, 4));
		return marker;
	}
}

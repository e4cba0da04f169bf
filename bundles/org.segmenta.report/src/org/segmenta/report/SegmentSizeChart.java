/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.report;

import java.awt.Color;
import java.awt.Paint;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.segmenta.model.Segment;
import org.segmenta.model.Segmentation;

/** The share of the audience in each top-level segment of a segmentation, one coloured bar per segment. */
public final class SegmentSizeChart {

	private SegmentSizeChart() {
	}

	public static JFreeChart create(Segmentation segmentation) {
		return create(segmentation, ReportLanguage.of(segmentation));
	}

	public static JFreeChart create(Segmentation segmentation, ReportLanguage language) {
		List<Segment> all = segmentation.getSegments();
		int[] kept = shown(segmentation);
		List<Segment> segments = ReportLimits.at(all, kept);
		DefaultCategoryDataset dataset = new DefaultCategoryDataset();
		List<Color> colours = new ArrayList<>();
		LegendItemCollection legend = new LegendItemCollection();
		for (int i : kept) {
			Segment segment = all.get(i);
			String name = ReportText.label(segment);
			dataset.addValue(segment.getAudienceShare() * 100, language.text("segment.share"), name);
			colours.add(ChartPalette.of(segment, i));
			legend.add(new LegendItem(name, colours.get(colours.size() - 1)));
		}
		JFreeChart chart = ChartFactory.createBarChart(
				language.text("chart.sizes.title", ReportText.label(segmentation)), null,
				language.text("chart.shareAxis"), dataset, PlotOrientation.HORIZONTAL, true, false, false);
		ChartStyle.apply(chart, language);
		ChartStyle.noteShown(chart, "chart.shownOf", kept.length, all.size(), language);
		CategoryPlot plot = chart.getCategoryPlot();
		plot.setFixedLegendItems(legend);
		NumberAxis axis = (NumberAxis) plot.getRangeAxis();
		double largest = segments.stream().mapToDouble(s -> s.getAudienceShare() * 100).max().orElse(0);
		axis.setRange(0, Math.max(10, Math.ceil(largest * 1.2 / 5) * 5)); // room for the labels
		BarRenderer renderer = new BarRenderer() {
			private static final long serialVersionUID = 1L;

			@Override
			public Paint getItemPaint(int row, int column) {
				return colours.get(column);
			}
		};
		// a renderer of its own loses the theme's flat look; restore it
		renderer.setBarPainter(new StandardBarPainter());
		renderer.setShadowVisible(false);
		renderer.setMaximumBarWidth(0.12);
		renderer.setItemMargin(0);
		ChartStyle.percentAfterBars(renderer, "0.#", language);
		plot.setRenderer(renderer);
		return chart;
	}

	/** The indices of the segments the chart draws: the largest {@link ReportLimits#CHART_ITEMS}. */
	static int[] shown(Segmentation segmentation) {
		List<Segment> segments = segmentation.getSegments();
		return ReportLimits.heaviest(segments.size(), ReportLimits.CHART_ITEMS, i -> segments.get(i).getAudienceShare());
	}
}

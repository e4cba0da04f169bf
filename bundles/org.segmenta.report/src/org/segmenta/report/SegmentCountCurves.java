/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.report;

import java.awt.BasicStroke;
import java.util.Arrays;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The number-of-segments curves: inertia (look for the elbow), silhouette (higher is better) and
 * BIC (lower is better) over the segment counts tried, each in its own panel on a shared axis, with
 * the chosen count marked.
 */
public final class SegmentCountCurves {

	private SegmentCountCurves() {
	}

	public static JFreeChart create(SegmentCountScores scores) {
		return create(scores, ReportLanguage.ENGLISH);
	}

	public static JFreeChart create(SegmentCountScores scores, ReportLanguage language) {
		NumberAxis countAxis = new NumberAxis(language.text("chart.curves.title"));
		countAxis.setTickUnit(new NumberTickUnit(1));
		// from the first count compared to the last, not from 0
		int[] counts = scores.counts();
		if (counts.length > 0) {
			int first = Arrays.stream(counts).min().getAsInt();
			int last = Arrays.stream(counts).max().getAsInt();
			countAxis.setAutoRangeIncludesZero(false);
			countAxis.setRange(first - 0.25, Math.max(last, first + 1) + 0.25);
		}
		CombinedDomainXYPlot plot = new CombinedDomainXYPlot(countAxis);
		plot.setGap(12);
		String[] names = { language.text("chart.curves.inertia"), language.text("chart.curves.silhouette"),
				language.text("chart.curves.bic") };
		double[][] measures = { scores.inertia(), scores.silhouette(), scores.bic() };
		int panel = 0;
		for (int m = 0; m < measures.length; m++) {
			if (!scores.has(measures[m])) {
				continue;
			}
			XYSeries series = new XYSeries(names[m]);
			for (int i = 0; i < scores.counts().length; i++) {
				if (!Double.isNaN(measures[m][i])) {
					series.add(scores.counts()[i], measures[m][i]);
				}
			}
			NumberAxis axis = new NumberAxis(names[m]);
			axis.setAutoRangeIncludesZero(false);
			XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
			renderer.setSeriesPaint(0, ChartPalette.series(m));
			renderer.setSeriesStroke(0, new BasicStroke(2f));
			XYPlot measurePlot = new XYPlot(new XYSeriesCollection(series), null, axis, renderer);
			if (scores.chosen() > 0) {
				measurePlot.addDomainMarker(SegmentPotentialMatrix.guide(scores.chosen(),
						panel == 0 ? language.text("chart.curves.chosen") : null));
			}
			plot.add(measurePlot);
			panel++;
		}
		JFreeChart chart = new JFreeChart(language.text("chart.curves.title"), ChartStyle.titleFont(), plot, true);
		return ChartStyle.apply(chart, language);
	}
}

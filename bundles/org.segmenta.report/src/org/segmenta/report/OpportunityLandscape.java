/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.report;

import java.awt.BasicStroke;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.TextAnchor;
import org.segmenta.model.Job;

/**
 * The Jobs-to-be-Done opportunity landscape: each job placed by how well it is served today
 * (satisfaction) and how much it matters (importance), both 0-10. Above the line the
 * {@link Job#getOpportunityScore() opportunity score} exceeds 10: the job is underserved. A job
 * without both ratings has no place on it and is left out.
 */
public final class OpportunityLandscape {

	private OpportunityLandscape() {
	}

	public static JFreeChart create(List<Job> jobs) {
		return create(jobs, jobs.isEmpty() ? ReportLanguage.ENGLISH : ReportLanguage.of(jobs.get(0)));
	}

	public static JFreeChart create(List<Job> jobs, ReportLanguage language) {
		List<LabelledPointChart.Point> points = new ArrayList<>();
		int[] kept = ReportLimits.heaviest(jobs.size(), ReportLimits.CHART_ITEMS, i -> jobs.get(i).getOpportunityScore());
		for (int i : kept) {
			Job job = jobs.get(i);
			double score = job.getOpportunityScore();
			if (!Double.isNaN(score)) {
				points.add(new LabelledPointChart.Point(ReportText.label(job), job.getSatisfaction(),
						job.getImportance(), ChartPalette.series(i), 6 + score / 2));
			}
		}
		JFreeChart chart = LabelledPointChart.create(language.text("chart.opportunities.title"),
				language.text("chart.opportunities.satisfaction"), language.text("chart.opportunities.importance"), points,
				10, 10, language);
		ChartStyle.noteShown(chart, "chart.shownOf", kept.length, jobs.size(), language);
		XYPlot plot = chart.getXYPlot();
		// importance + (importance - satisfaction) = 10, i.e. satisfaction = 2 × importance - 10
		XYLineAnnotation threshold = new XYLineAnnotation(0, 5, 10, 10, new BasicStroke(1.2f, BasicStroke.CAP_BUTT,
				BasicStroke.JOIN_MITER, 1f, new float[] { 6f, 4f }, 0f), ChartPalette.HIGH);
		plot.addAnnotation(threshold);
		XYTextAnnotation note = new XYTextAnnotation(language.text("chart.opportunities.underserved"), 0.3, 9.6);
		note.setTextAnchor(TextAnchor.TOP_LEFT);
		note.setFont(ChartStyle.itemFont());
		note.setPaint(ChartPalette.HIGH);
		plot.addAnnotation(note);
		return chart;
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.report;

import java.awt.Dimension;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.segmenta.model.CommunityOverlap;
import org.segmenta.model.ValueCommunity;

/**
 * How much value communities share their members: the Jaccard index of each pair's memberships
 * (shared members / members of either) from the model's {@link CommunityOverlap}s. Empty cells are
 * pairs the model has no figure for.
 */
public final class CommunityOverlapHeatMap {

	private CommunityOverlapHeatMap() {
	}

	public static JFreeChart create(List<ValueCommunity> communities) {
		return create(communities, communities.isEmpty() ? ReportLanguage.ENGLISH : ReportLanguage.of(communities.get(0)));
	}

	public static JFreeChart create(List<ValueCommunity> all, ReportLanguage language) {
		List<ValueCommunity> communities = shown(all);
		Map<ValueCommunity, Integer> columns = new HashMap<>();
		for (int i = 0; i < communities.size(); i++) {
			columns.put(communities.get(i), i);
		}
		int n = communities.size();
		double[][] jaccard = new double[n][n];
		double largest = 0;
		for (int r = 0; r < n; r++) {
			Arrays.fill(jaccard[r], Double.NaN);
			for (CommunityOverlap overlap : communities.get(r).getOverlaps()) {
				Integer c = columns.get(overlap.getOther());
				if (c != null) {
					jaccard[r][c] = overlap.getJaccard();
					largest = Math.max(largest, overlap.getJaccard());
				}
			}
		}
		List<String> names = communities.stream().map(ReportText::label).toList();
		double upper = Math.max(0.1, Math.ceil(largest * 10) / 10);
		JFreeChart chart = HeatMapChart.create(language.text("chart.overlap.title"), null, null, names, names, jaccard,
				new HeatMapChart.GradientScale(0, upper, ChartPalette.NEUTRAL, ChartPalette.LOW),
				language.text("chart.overlap.scale"), value -> language.number(value, 2), language);
		ChartStyle.noteShown(chart, "chart.shownOf", n, all.size(), language);
		return chart;
	}

	/** The size the chart takes in the report: a column and a row for every community it shows. */
	public static Dimension size(List<ValueCommunity> all) {
		List<String> names = shown(all).stream().map(ReportText::label).toList();
		return HeatMapChart.size(names, names, names.size() < all.size() ? 1 : 0);
	}

	/** The communities the map draws: beyond the limit, those that overlap most with others. */
	private static List<ValueCommunity> shown(List<ValueCommunity> communities) {
		return ReportLimits.at(communities, ReportLimits.heaviest(communities.size(), ReportLimits.CHART_ITEMS,
				i -> communities.get(i).getOverlaps().stream().mapToDouble(CommunityOverlap::getJaccard).sum()));
	}
}

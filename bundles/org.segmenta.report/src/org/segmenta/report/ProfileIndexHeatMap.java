/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.report;

import java.awt.Dimension;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.segmenta.model.ProfileEntry;
import org.segmenta.model.Segment;
import org.segmenta.model.Segmentation;

/**
 * The profile of every top-level segment against the total: one row per profiled variable (or
 * level), one column per segment, each cell the {@link ProfileEntry#index() index} (100 = as the
 * total). Blue cells are under-represented, orange over-represented.
 */
public final class ProfileIndexHeatMap {

	/** Indices are coloured from 50 to 150; further values take the end colours. */
	private static final double SPAN = 50;

	private ProfileIndexHeatMap() {
	}

	public static JFreeChart create(Segmentation segmentation) {
		return create(segmentation, ReportLanguage.of(segmentation));
	}

	public static JFreeChart create(Segmentation segmentation, ReportLanguage language) {
		Grid grid = grid(segmentation);
		JFreeChart chart = HeatMapChart.create(language.text("chart.profile.title", ReportText.label(segmentation)),
				null, null, grid.columns(), grid.rows(), grid.values(),
				new HeatMapChart.GradientScale(100 - SPAN, 100 + SPAN, ChartPalette.LOW, ChartPalette.NEUTRAL,
						ChartPalette.HIGH),
				language.text("chart.profile.scale"), index -> language.number(index, 0), language);
		ChartStyle.noteShown(chart, "chart.shownOf", grid.columns().size(), segmentation.getSegments().size(), language);
		ChartStyle.noteShown(chart, "chart.linesShownOf", grid.rows().size(), grid.lines(), language);
		return chart;
	}

	/** The size the chart takes in the report: room for every shown segment's column and profile line. */
	public static Dimension size(Segmentation segmentation) {
		Grid grid = grid(segmentation);
		int notes = (grid.columns().size() < segmentation.getSegments().size() ? 1 : 0)
				+ (grid.rows().size() < grid.lines() ? 1 : 0);
		return HeatMapChart.size(grid.columns(), grid.rows(), notes);
	}

	/** The shown segments' names, the shown profile lines, their indices, and how many lines there are in all. */
	private record Grid(List<String> columns, List<String> rows, double[][] values, int lines) {
	}

	private static Grid grid(Segmentation segmentation) {
		List<Segment> segments = ReportLimits.at(segmentation.getSegments(), SegmentSizeChart.shown(segmentation));
		Map<String, Integer> rows = new LinkedHashMap<>();
		for (Segment segment : segments) {
			for (ProfileEntry entry : segment.getProfile()) {
				rows.putIfAbsent(ReportText.profileLine(entry), rows.size());
			}
		}
		double[][] all = new double[rows.size()][segments.size()];
		for (double[] row : all) {
			Arrays.fill(row, Double.NaN);
		}
		List<String> columns = new ArrayList<>();
		for (int c = 0; c < segments.size(); c++) {
			columns.add(ReportText.label(segments.get(c)));
			for (ProfileEntry entry : segments.get(c).getProfile()) {
				all[rows.get(ReportText.profileLine(entry))][c] = entry.index();
			}
		}
		// beyond the limit, the lines that set some segment furthest apart from the total
		int[] shownRows = ReportLimits.heaviest(all.length, ReportLimits.HEAT_MAP_ROWS, r -> distance(all[r]));
		double[][] values = Arrays.stream(shownRows).mapToObj(r -> all[r]).toArray(double[][]::new);
		return new Grid(columns, ReportLimits.at(List.copyOf(rows.keySet()), shownRows), values, all.length);
	}

	/** How far the row's furthest index lies from 100. */
	private static double distance(double[] indices) {
		double furthest = 0;
		for (double index : indices) {
			if (Double.isFinite(index)) {
				furthest = Math.max(furthest, Math.abs(index - 100));
			}
		}
		return furthest;
	}
}

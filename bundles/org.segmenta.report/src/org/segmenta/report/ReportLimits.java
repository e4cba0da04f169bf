/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import java.util.stream.IntStream;

import org.segmenta.model.Project;
import org.segmenta.model.Segmentation;

/**
 * How much of a model the reports people read (HTML, PDF, PowerPoint) detail, and how many items a
 * chart draws. Beyond a limit the report names what it leaves out and where the complete data is
 * (the XLSX, JSON and CSV exports, which hold every element), rather than running for hours into
 * tens of thousands of pages nobody reads. Ordinary models, the example among them, stay far below
 * every limit.
 */
public final class ReportLimits {

	/** Segmentations with a chapter of their own, with charts; the others are listed in the overview. */
	public static final int SEGMENTATIONS = 20;

	/** Segments (sub-segments included) with a section or slide of their own, in all. */
	public static final int SEGMENTS = 300;

	/** Personas with a card or slide of their own. */
	public static final int PERSONAS = 100;

	/** Value communities with a section of their own (sub-communities included). */
	public static final int VALUE_COMMUNITIES = 200;

	/** Jobs-to-be-done with a section of their own. */
	public static final int JOBS = 100;

	/** Buying centres with a section of their own. */
	public static final int BUYING_CENTRES = 20;

	/** Rows of one table. */
	public static final int TABLE_ROWS = 500;

	/** Bars, bubbles or heat-map columns of one chart: more would not leave a label readable. */
	public static final int CHART_ITEMS = 40;

	/** Items side by side on one page or slide: the overview's segment cards, the deck's communities. */
	public static final int PAGE_ITEMS = 12;

	/** Rows of one heat map. */
	public static final int HEAT_MAP_ROWS = 60;

	/** Nodes of a diagram drawn into a report; the workbench opens larger ones. */
	public static final int DIAGRAM_NODES = 2_000;

	/**
	 * Pages (PDF) or slides (PowerPoint) one figure is split over to keep its text readable; a figure
	 * that would need more is named in its place.
	 */
	public static final int FIGURE_PARTS = 12;

	private ReportLimits() {
	}

	/**
	 * The segmentations of {@code project} with a chapter of their own, in model order: the first
	 * {@link #SEGMENTATIONS}, the last of them giving way to the primary one when it comes later.
	 */
	public static List<Segmentation> detailedSegmentations(Project project) {
		List<Segmentation> all = project.getSegmentations();
		if (all.size() <= SEGMENTATIONS) {
			return all;
		}
		List<Segmentation> detailed = new ArrayList<>(all.subList(0, SEGMENTATIONS));
		Segmentation primary = project.getPrimarySegmentation();
		if (primary != null && !detailed.contains(primary)) {
			detailed.set(detailed.size() - 1, primary);
		}
		return detailed;
	}

	/**
	 * The indices of the {@code limit} items of {@code size} that weigh most, in their own order (ties
	 * keep the earlier item), or all indices when there are no more than {@code limit}.
	 */
	public static int[] heaviest(int size, int limit, IntToDoubleFunction weight) {
		if (size <= limit) {
			return IntStream.range(0, size).toArray();
		}
		double[] weights = new double[size];
		for (int i = 0; i < size; i++) {
			double value = weight.applyAsDouble(i);
			weights[i] = Double.isNaN(value) ? Double.NEGATIVE_INFINITY : value;
		}
		int[] kept = IntStream.range(0, size).boxed()
				.sorted(Comparator.<Integer>comparingDouble(i -> weights[i]).reversed().thenComparingInt(i -> i))
				.limit(limit).mapToInt(Integer::intValue).toArray();
		Arrays.sort(kept);
		return kept;
	}

	/** The items at {@code indices} of {@code items}. */
	public static <T> List<T> at(List<T> items, int[] indices) {
		return Arrays.stream(indices).mapToObj(items::get).toList();
	}
}

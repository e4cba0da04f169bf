/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.report.internal;

import java.util.ArrayList;
import java.util.List;

import org.segmenta.model.Project;
import org.segmenta.model.Segment;
import org.segmenta.model.Segmentation;

/**
 * A segment with its place in the segmentation, for the tabular formats (CSV, JSON, XLSX), which
 * list sub-segments as rows of their own.
 *
 * @param depth 0 for a top-level segment, 1 for its sub-segments, ...
 * @param parent the segment this one divides, or null
 */
record SegmentRow(Segmentation segmentation, Segment segment, Segment parent, int depth) {

	/** Every segment of every segmentation, each followed by its sub-segments. */
	static List<SegmentRow> all(Project project) {
		List<SegmentRow> rows = new ArrayList<>();
		for (Segmentation segmentation : project.getSegmentations()) {
			rows.addAll(of(segmentation));
		}
		return rows;
	}

	/** The segments of {@code segmentation}, each followed by its sub-segments. */
	static List<SegmentRow> of(Segmentation segmentation) {
		List<SegmentRow> rows = new ArrayList<>();
		add(segmentation, segmentation.getSegments(), null, 0, rows);
		return rows;
	}

	private static void add(Segmentation segmentation, List<Segment> segments, Segment parent, int depth,
			List<SegmentRow> rows) {
		for (Segment segment : segments) {
			rows.add(new SegmentRow(segmentation, segment, parent, depth));
			add(segmentation, segment.getSubSegments(), segment, depth + 1, rows);
		}
	}
}

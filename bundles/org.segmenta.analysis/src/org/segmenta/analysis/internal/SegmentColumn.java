/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.segmenta.analysis.ClusterResult;
import org.segmenta.data.CategoricalColumn;
import org.segmenta.data.Column;
import org.segmenta.data.NumericColumn;

/** Segments read from a column: one per distinct value, in the column's order of levels, named by their value labels. */
record SegmentColumn(List<String> names, int[] labels) {

	static SegmentColumn of(Column column) {
		int[] labels = new int[column.size()];
		List<String> names = new ArrayList<>();
		if (column instanceof CategoricalColumn categorical) {
			names.addAll(categorical.levels());
			for (int row = 0; row < labels.length; row++) {
				labels[row] = categorical.code(row);
			}
		} else if (column instanceof NumericColumn numeric) {
			double[] values = numeric.distinctValues();
			for (double value : values) {
				names.add(NumericColumn.format(value));
			}
			for (int row = 0; row < labels.length; row++) {
				labels[row] = numeric.isMissing(row) ? ClusterResult.UNASSIGNED
						: Arrays.binarySearch(values, numeric.value(row));
			}
		}
		// named by the file's value labels (Hovedstaden for 1) where every segment has its own
		List<String> labelled = names.stream().map(name -> column.labels().label(name)).toList();
		return new SegmentColumn(labelled.stream().distinct().count() == names.size() ? labelled : names, labels);
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis.tests;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.segmenta.analysis.ClusterResult;
import org.segmenta.analysis.ClusterSettings;
import org.segmenta.analysis.SegmentationMethod;
import org.segmenta.data.Column;
import org.segmenta.data.DataException;
import org.segmenta.data.Dataset;
import org.segmenta.data.NumericColumn;

/** Test contribution: two segments, below and from the median of the first column. */
public class MedianSplitMethod implements SegmentationMethod {

	@Override
	public ClusterResult cluster(Dataset data, List<String> columns, int k, ClusterSettings settings,
			IProgressMonitor monitor) throws DataException {
		if (k != 2) {
			throw new DataException(data.source(), "a median split makes 2 segments, not " + k);
		}
		NumericColumn column = data.numericColumn(columns.get(0));
		double[] values = new double[column.size()];
		for (int row = 0; row < values.length; row++) {
			values[row] = column.value(row);
		}
		double[] sorted = Arrays.stream(values).filter(value -> !Double.isNaN(value)).sorted().toArray();
		double median = sorted[sorted.length / 2];
		int[] labels = new int[values.length];
		for (int row = 0; row < values.length; row++) {
			labels[row] = Double.isNaN(values[row]) ? ClusterResult.UNASSIGNED : values[row] < median ? 0 : 1;
		}
		return new ClusterResult("median-split", 2, labels, 1, Map.of(), null);
	}

	@Override
	public boolean accepts(Column column) {
		return column instanceof NumericColumn;
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis;

import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.segmenta.data.Column;
import org.segmenta.data.DataException;
import org.segmenta.data.Dataset;
import org.segmenta.data.NumericColumn;

/**
 * {@link WardClustering} on numeric columns, cut at k. Rows with a missing basis value are left out
 * (listwise). The tree is built once per data and columns, so comparing several k cuts it again.
 */
public class WardMethod implements SegmentationMethod {

	private FeatureMatrix builtFor;
	private WardClustering tree;
	private Dataset builtFrom;
	private List<String> builtColumns;
	private boolean builtStandardized;

	@Override
	public ClusterResult cluster(Dataset data, List<String> columns, int k, ClusterSettings settings,
			IProgressMonitor monitor) throws DataException {
		SubMonitor progress = SubMonitor.convert(monitor, 10);
		if (tree == null || builtFrom != data || !builtColumns.equals(columns)
				|| builtStandardized != settings.standardize()) {
			builtFor = FeatureMatrix.of(data, columns, settings.standardize());
			Segments.requirePoints(data, builtFor.rows(), k);
			tree = WardClustering.of(builtFor, Segments.pointWeights(data, builtFor), progress.split(7));
			builtFrom = data;
			builtColumns = List.copyOf(columns);
			builtStandardized = settings.standardize();
		}
		Segments.requirePoints(data, builtFor.rows(), k);
		int[] labels = tree.cut(k);
		progress.subTask("Silhouette");
		double[] weights = Segments.pointWeights(data, builtFor);
		Silhouette silhouette = Silhouette.of(Dissimilarity.euclidean(builtFor), labels, k, settings.seed(), weights);
		progress.worked(3);
		double inertia = weights == null ? builtFor.withinSumOfSquares(labels, k)
				: WardClustering.weightedWithinSumOfSquares(builtFor, labels, k, weights);
		return new ClusterResult("ward", k, ClusterResult.datasetLabels(builtFor, data.rowCount(), labels), 0,
				Map.of("inertia", inertia), silhouette);
	}

	@Override
	public boolean appliesWeights() {
		return true;
	}

	@Override
	public boolean accepts(Column column) {
		return column instanceof NumericColumn;
	}
}

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
 * {@link KMeans} on numeric columns. Rows with a missing value in a basis column are left out and
 * stay unassigned (listwise deletion).
 */
public class KMeansMethod implements SegmentationMethod {

	/** Lloyd iterations per restart at most. */
	public static final int MAX_ITERATIONS = 300;

	/** Relative tolerance, as scikit-learn's default. */
	public static final double TOLERANCE = 1e-4;

	@Override
	public ClusterResult cluster(Dataset data, List<String> columns, int k, ClusterSettings settings,
			IProgressMonitor monitor) throws DataException {
		SubMonitor progress = SubMonitor.convert(monitor, 10);
		FeatureMatrix matrix = FeatureMatrix.of(data, columns, settings.standardize());
		Segments.requirePoints(data, matrix.rows(), k);
		KMeans.Result result = new KMeans(k, settings.restarts(), MAX_ITERATIONS, TOLERANCE, settings.seed(),
				settings.threads()).fit(matrix, progress.split(8));
		progress.subTask("Silhouette");
		Silhouette silhouette = Silhouette.of(Dissimilarity.euclidean(matrix), result.labels(), k, settings.seed());
		progress.worked(2);
		return new ClusterResult("kmeans", k, ClusterResult.datasetLabels(matrix, data.rowCount(), result.labels()),
				result.iterations(), Map.of("inertia", result.inertia()), silhouette);
	}

	/** Weighted Lloyd updates, k-means++ draws and inertia (see {@link KMeansPlusPlus} and {@link BoundedLloyd}). */
	@Override
	public boolean appliesWeights() {
		return true;
	}

	@Override
	public boolean accepts(Column column) {
		return column instanceof NumericColumn;
	}
}

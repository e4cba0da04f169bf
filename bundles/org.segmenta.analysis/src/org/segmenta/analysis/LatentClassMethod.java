/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.segmenta.data.CategoricalColumn;
import org.segmenta.data.Column;
import org.segmenta.data.ColumnType;
import org.segmenta.data.DataException;
import org.segmenta.data.Dataset;

/**
 * {@link LatentClassModel} on categorical columns (and scales with few points). Reports the
 * log-likelihood, AIC, BIC and G², and a silhouette by simple matching between answer patterns.
 */
public class LatentClassMethod implements SegmentationMethod {

	/** EM iterations per start at most, as poLCA's default. */
	public static final int MAX_ITERATIONS = 1000;

	/** poLCA's default convergence tolerance on the log-likelihood. */
	public static final double TOLERANCE = 1e-10;

	@Override
	public ClusterResult cluster(Dataset data, List<String> columns, int k, ClusterSettings settings,
			IProgressMonitor monitor) throws DataException {
		SubMonitor progress = SubMonitor.convert(monitor, 10);
		CategoricalItems items = CategoricalItems.of(data, columns);
		int[] answered = IntStream.range(0, items.rows()).filter(items::hasAnswers).toArray();
		Segments.requirePoints(data, answered.length, k);
		double[] caseWeights = data.caseWeights().orElse(null);
		LatentClassModel.Result result = new LatentClassModel(k, settings.restarts(), MAX_ITERATIONS, TOLERANCE,
				settings.seed(), settings.threads()).fit(items, caseWeights, progress.split(8));
		progress.subTask("Silhouette");
		int[] labels = IntStream.of(answered).map(row -> result.labels()[row]).toArray();
		double[] weights = caseWeights == null ? null : IntStream.of(answered).mapToDouble(row -> caseWeights[row]).toArray();
		Silhouette silhouette = Silhouette.of(Dissimilarity.matching(items, answered), labels, k, settings.seed(),
				weights);
		progress.worked(2);
		Map<String, Double> fit = new LinkedHashMap<>();
		fit.put("logLikelihood", result.logLikelihood());
		fit.put("aic", result.aic());
		fit.put("bic", result.bic());
		fit.put("gSquared", result.gSquared());
		fit.put("parameters", (double) result.parameters());
		if (caseWeights != null) {
			// the weighted log-likelihood, but BIC's log n counts the people
			fit.put("bicN", (double) result.n());
		}
		return new ClusterResult("lca", k, result.labels(), result.iterations(), fit, silhouette);
	}

	@Override
	public boolean appliesWeights() {
		return true;
	}

	@Override
	public boolean accepts(Column column) {
		return column instanceof CategoricalColumn || column.type() == ColumnType.ORDINAL
				|| column.type() == ColumnType.BINARY;
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.segmenta.data.Column;
import org.segmenta.data.ColumnType;
import org.segmenta.data.DataException;
import org.segmenta.data.Dataset;
import org.segmenta.data.NumericColumn;
import org.segmenta.data.TextColumn;

/**
 * {@link KPrototypes} on a mix of numeric (and ordinal) columns and categorical (and binary) ones.
 * Rows with a missing value in any basis column are left out (listwise).
 */
public class KPrototypesMethod implements SegmentationMethod {

	public static final int MAX_ITERATIONS = 100;

	@Override
	public ClusterResult cluster(Dataset data, List<String> columns, int k, ClusterSettings settings,
			IProgressMonitor monitor) throws DataException {
		SubMonitor progress = SubMonitor.convert(monitor, 10);
		List<String> numeric = new ArrayList<>();
		List<String> categorical = new ArrayList<>();
		for (String name : columns) {
			Column column = data.column(name);
			(isNumeric(column) ? numeric : categorical).add(name);
		}
		CategoricalItems items = CategoricalItems.of(data, categorical);
		int[] complete = IntStream.range(0, data.rowCount()).filter(items::isComplete).toArray();
		FeatureMatrix numbers = FeatureMatrix.of(data, numeric, settings.standardize(), complete);
		int[][] codes = new int[numbers.rows()][categorical.size()];
		for (int i = 0; i < numbers.rows(); i++) {
			for (int j = 0; j < categorical.size(); j++) {
				codes[i][j] = items.code(numbers.row(i), j);
			}
		}
		int[] levelCounts = new int[categorical.size()];
		for (int j = 0; j < levelCounts.length; j++) {
			levelCounts[j] = items.levelCount(j);
		}
		KPrototypes.MixedData mixed = new KPrototypes.MixedData(numbers, codes, levelCounts);
		Segments.requirePoints(data, mixed.rows(), k);
		double[] weights = Segments.pointWeights(data, numbers);
		KPrototypes.Result result = new KPrototypes(k, settings.restarts(), MAX_ITERATIONS, settings.seed(),
				settings.threads()).fit(mixed, settings.lambda(), weights, progress.split(8));
		progress.subTask("Silhouette");
		Dissimilarity dissimilarity = new Dissimilarity() {
			@Override
			public int size() {
				return mixed.rows();
			}

			@Override
			public double between(int a, int b) {
				return mixed.between(a, b, result.lambda());
			}
		};
		Silhouette silhouette = Silhouette.of(dissimilarity, result.labels(), k, settings.seed(), weights);
		progress.worked(2);
		Map<String, Double> fit = new LinkedHashMap<>();
		fit.put("inertia", result.cost());
		fit.put("lambda", result.lambda());
		return new ClusterResult("kprototypes", k, ClusterResult.datasetLabels(numbers, data.rowCount(), result.labels()),
				result.iterations(), fit, silhouette);
	}

	private static boolean isNumeric(Column column) {
		return column instanceof NumericColumn
				&& (column.type() == ColumnType.NUMERIC || column.type() == ColumnType.ORDINAL);
	}

	@Override
	public boolean appliesWeights() {
		return true;
	}

	@Override
	public boolean accepts(Column column) {
		return !(column instanceof TextColumn);
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntUnaryOperator;

import org.segmenta.data.CategoricalColumn;
import org.segmenta.data.Column;
import org.segmenta.data.ColumnType;
import org.segmenta.data.DataException;
import org.segmenta.data.Dataset;
import org.segmenta.data.NumericColumn;

/**
 * Profiles segments against the total. Categorical and binary variables get level shares, indices,
 * chi-square and Cramér's V; numeric and ordinal variables get means, indices, ANOVA F and eta².
 * Each variable uses the rows that have a value for it and a segment (available cases).
 */
public final class Profiler {

	private Profiler() {
	}

	/** The profiles of {@code variables} for the segments {@code labels} (0..k-1, or unassigned). */
	public static List<VariableProfile> profile(Dataset data, int[] labels, int k, List<String> variables)
			throws DataException {
		List<VariableProfile> profiles = new ArrayList<>();
		for (String name : variables) {
			profiles.add(profile(data.column(name), labels, k));
		}
		return profiles;
	}

	public static VariableProfile profile(Column column, int[] labels, int k) {
		if (column instanceof NumericColumn numeric && numeric.type() != ColumnType.BINARY) {
			return numeric(numeric, labels, k);
		}
		if (column instanceof NumericColumn binary) {
			double[] levels = binary.distinctValues();
			List<String> names = new ArrayList<>();
			for (double level : levels) {
				names.add(NumericColumn.format(level));
			}
			return categorical(column.name(), names, labels, k, row -> {
				double value = binary.value(row);
				return Double.isNaN(value) ? -1 : Arrays.binarySearch(levels, value);
			});
		}
		CategoricalColumn categorical = (CategoricalColumn) column;
		return categorical(column.name(), categorical.levels(), labels, k, categorical::code);
	}

	static CategoricalProfile categorical(String name, List<String> levels, int[] labels, int k,
			IntUnaryOperator codes) {
		long[][] counts = new long[k][levels.size()];
		for (int row = 0; row < labels.length; row++) {
			int code = codes.applyAsInt(row);
			if (labels[row] != ClusterResult.UNASSIGNED && code >= 0) {
				counts[labels[row]][code]++;
			}
		}
		return chiSquare(name, levels, counts);
	}

	/** Pearson's chi-square test of independence of a segments x levels table. */
	public static CategoricalProfile chiSquare(String name, List<String> levels, long[][] counts) {
		int k = counts.length;
		int l = levels.size();
		long[] rowTotals = new long[k];
		long[] columnTotals = new long[l];
		long n = 0;
		for (int s = 0; s < k; s++) {
			for (int c = 0; c < l; c++) {
				rowTotals[s] += counts[s][c];
				columnTotals[c] += counts[s][c];
				n += counts[s][c];
			}
		}
		double chi2 = 0;
		for (int s = 0; s < k; s++) {
			for (int c = 0; c < l; c++) {
				if (rowTotals[s] > 0 && columnTotals[c] > 0) {
					double expected = (double) rowTotals[s] * columnTotals[c] / n;
					double difference = counts[s][c] - expected;
					chi2 += difference * difference / expected;
				}
			}
		}
		// empty segments or levels carry no information and no degrees of freedom
		int rows = (int) Arrays.stream(rowTotals).filter(total -> total > 0).count();
		int columns = (int) Arrays.stream(columnTotals).filter(total -> total > 0).count();
		int df = (rows - 1) * (columns - 1);
		double p = df > 0 ? UpperTail.chiSquare(chi2, df) : Double.NaN;
		int smaller = Math.min(rows, columns);
		double v = smaller > 1 && n > 0 ? Math.sqrt(chi2 / (n * (smaller - 1.0))) : 0;
		return new CategoricalProfile(name, levels, counts, chi2, df, p, v);
	}

	static NumericProfile numeric(NumericColumn column, int[] labels, int k) {
		double[] sums = new double[k];
		long[] counts = new long[k];
		double total = 0;
		long n = 0;
		for (int row = 0; row < labels.length; row++) {
			double value = column.value(row);
			if (labels[row] != ClusterResult.UNASSIGNED && !Double.isNaN(value)) {
				sums[labels[row]] += value;
				counts[labels[row]]++;
				total += value;
				n++;
			}
		}
		double totalMean = total / n;
		double[] means = new double[k];
		for (int s = 0; s < k; s++) {
			means[s] = counts[s] == 0 ? Double.NaN : sums[s] / counts[s];
		}
		double between = 0;
		double within = 0;
		for (int row = 0; row < labels.length; row++) {
			double value = column.value(row);
			if (labels[row] != ClusterResult.UNASSIGNED && !Double.isNaN(value)) {
				double deviation = value - means[labels[row]];
				within += deviation * deviation;
			}
		}
		int groups = 0;
		for (int s = 0; s < k; s++) {
			if (counts[s] > 0) {
				double deviation = means[s] - totalMean;
				between += counts[s] * deviation * deviation;
				groups++;
			}
		}
		int dfBetween = groups - 1;
		int dfWithin = (int) (n - groups);
		double f = dfBetween > 0 && dfWithin > 0 && within > 0 ? (between / dfBetween) / (within / dfWithin)
				: Double.NaN;
		double p = Double.isNaN(f) ? Double.NaN
				: UpperTail.f(f, dfBetween, dfWithin);
		double totalSquares = between + within;
		double eta2 = totalSquares > 0 ? between / totalSquares : 0;
		return new NumericProfile(column.name(), means, counts, totalMean, Math.sqrt(totalSquares / n), f, dfBetween,
				dfWithin, p, eta2);
	}
}

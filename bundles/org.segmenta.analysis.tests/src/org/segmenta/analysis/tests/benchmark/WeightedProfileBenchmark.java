/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis.tests.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.segmenta.analysis.Profiler;
import org.segmenta.data.CategoricalColumn;
import org.segmenta.data.Column;
import org.segmenta.data.ColumnType;
import org.segmenta.data.Dataset;
import org.segmenta.data.NumericColumn;

/**
 * Times the profile of synthetic survey data (default 1,000,000 rows, 6 segments, 5 categorical
 * variables of 3 to 7 levels and 5 numeric ones) unweighted and weighted by a log-normal case weight,
 * alternating the two RUNS times (default 7) after a warm-up, and prints every time, the medians
 * and the slowdown of the weighted profile (weighted shares, means, Rao-Scott chi-square). Not a
 * test: timings vary with the machine.
 *
 * <pre>
 * bundles/org.segmenta.analysis.tests/benchmark.sh WeightedProfileBenchmark [ROWS] [RUNS]
 * </pre>
 */
public final class WeightedProfileBenchmark {

	private static final int SEGMENTS = 6;

	private WeightedProfileBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
		int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
		SplittableRandom random = new SplittableRandom(2026);
		int[] labels = random.ints(rows, 0, SEGMENTS).toArray();
		List<Column> columns = new ArrayList<>();
		List<String> variables = new ArrayList<>();
		for (int v = 0; v < 5; v++) {
			int levels = 3 + v;
			int[] codes = new int[rows];
			for (int row = 0; row < rows; row++) {
				// depends on the segment, with 2% missing
				codes[row] = random.nextDouble() < 0.02 ? CategoricalColumn.MISSING
						: (labels[row] + random.nextInt(2)) % levels;
			}
			List<String> names = new ArrayList<>();
			for (int level = 0; level < levels; level++) {
				names.add("level " + level);
			}
			columns.add(new CategoricalColumn("c" + v, ColumnType.NOMINAL, codes, names));
			variables.add("c" + v);
		}
		for (int v = 0; v < 5; v++) {
			double[] values = new double[rows];
			for (int row = 0; row < rows; row++) {
				values[row] = random.nextDouble() < 0.02 ? Double.NaN : labels[row] * (v + 1) + random.nextGaussian();
			}
			columns.add(new NumericColumn("x" + v, ColumnType.NUMERIC, values));
			variables.add("x" + v);
		}
		double[] weights = new double[rows];
		for (int row = 0; row < rows; row++) {
			weights[row] = Math.exp(0.5 * random.nextGaussian());
		}
		columns.add(new NumericColumn("w", ColumnType.NUMERIC, weights));
		Dataset plain = new Dataset("benchmark", columns);
		Dataset weighted = plain.withWeightColumn("w");

		Profiler.profile(plain, labels, SEGMENTS, variables);
		Profiler.profile(weighted, labels, SEGMENTS, variables);
		double[] plainTimes = new double[runs];
		double[] weightedTimes = new double[runs];
		for (int run = 0; run < runs; run++) {
			plainTimes[run] = time(plain, labels, variables);
			weightedTimes[run] = time(weighted, labels, variables);
			System.out.printf(Locale.ROOT, "run %d: unweighted %.3f s, weighted %.3f s%n", run + 1, plainTimes[run],
					weightedTimes[run]);
		}
		double plainMedian = median(plainTimes);
		double weightedMedian = median(weightedTimes);
		System.out.printf(Locale.ROOT, "%,d rows, %d variables, %d segments: median unweighted %.3f s, weighted %.3f s,"
				+ " slowdown %+.1f%%%n", rows, variables.size(), SEGMENTS, plainMedian, weightedMedian,
				(weightedMedian / plainMedian - 1) * 100);
	}

	private static double time(Dataset data, int[] labels, List<String> variables) throws Exception {
		long start = System.nanoTime();
		Profiler.profile(data, labels, SEGMENTS, variables);
		return (System.nanoTime() - start) / 1e9;
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}
}

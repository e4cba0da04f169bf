/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis.tests.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
 * and the slowdown of the weighted profile (weighted shares, means, Rao-Scott chi-square). The
 * profile runs on one thread, so its CPU time is measured (as well as the wall time): on a machine
 * shared with other work the CPU time is what the code costs. Not a test: timings vary with the
 * machine.
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
		double[][] plainTimes = new double[2][runs];
		double[][] weightedTimes = new double[2][runs];
		for (int run = 0; run < runs; run++) {
			time(plain, labels, variables, plainTimes, run);
			time(weighted, labels, variables, weightedTimes, run);
			System.out.printf(Locale.ROOT, "run %d: unweighted %.3f s (CPU %.3f s), weighted %.3f s (CPU %.3f s)%n",
					run + 1, plainTimes[0][run], plainTimes[1][run], weightedTimes[0][run], weightedTimes[1][run]);
		}
		for (int kind = 0; kind < 2; kind++) {
			double plainMedian = median(plainTimes[kind]);
			double weightedMedian = median(weightedTimes[kind]);
			System.out.printf(Locale.ROOT, "%,d rows, %d variables, %d segments, %s: median unweighted %.3f s,"
					+ " weighted %.3f s, slowdown %+.1f%%%n", rows, variables.size(), SEGMENTS,
					kind == 0 ? "wall time" : "CPU time", plainMedian, weightedMedian,
					(weightedMedian / plainMedian - 1) * 100);
		}
	}

	/** Wall time into {@code times[0][run]}, the thread's CPU time into {@code times[1][run]}. */
	private static void time(Dataset data, int[] labels, List<String> variables, double[][] times, int run)
			throws Exception {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long cpu = threads.getCurrentThreadCpuTime();
		long start = System.nanoTime();
		Profiler.profile(data, labels, SEGMENTS, variables);
		times[0][run] = (System.nanoTime() - start) / 1e9;
		times[1][run] = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}
}

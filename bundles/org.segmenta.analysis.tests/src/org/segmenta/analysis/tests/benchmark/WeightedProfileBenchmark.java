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
 * Times the profile of synthetic survey data (default 1,000,000 rows, 6 segments) unweighted and
 * weighted by a log-normal case weight, alternating the two RUNS times (default 7) after a warm-up,
 * and prints every time, the medians and the slowdown of the weighted profile (weighted shares,
 * means, Rao-Scott chi-square). The SHAPE of the data (default {@code mixed}):
 * <ul>
 * <li>{@code mixed}: 5 categorical variables of 3 to 7 levels and 5 numeric ones; each segment
 * gives two levels of a variable only, so most tables have empty cells;</li>
 * <li>{@code survey}: 20 categorical variables of 3 to 7 levels and 10 numeric ones; a fifth of
 * the answers are any level, so no cell is empty;</li>
 * <li>{@code levels}: 20 categorical variables of 10 to 29 levels and 10 numeric ones, as
 * {@code survey};</li>
 * <li>{@code binary}: 20 binary (0/1) variables and 10 numeric ones.</li>
 * </ul>
 * Every variable depends on the segment and has 2 % missing values. The profile runs on one
 * thread, so its CPU time is measured (as well as the wall time): on a machine shared with other
 * work the CPU time is what the code costs. Not a test: timings vary with the machine.
 *
 * <pre>
 * bundles/org.segmenta.analysis.tests/benchmark.sh WeightedProfileBenchmark [ROWS] [RUNS] [SHAPE]
 * </pre>
 */
public final class WeightedProfileBenchmark {

	private static final int SEGMENTS = 6;

	private WeightedProfileBenchmark() {
	}

	/**
	 * The categorical variables, their fewest and most levels, the share of answers that may be any
	 * level (the others are one of two levels that depend on the segment), whether they are 0/1
	 * numbers, and the numeric variables.
	 */
	private record Shape(int categorical, int fewestLevels, int mostLevels, double anyLevel, boolean binary, int numeric) {

		static Shape of(String name) {
			return switch (name) {
			case "mixed" -> new Shape(5, 3, 7, 0, false, 5);
			case "survey" -> new Shape(20, 3, 7, 0.2, false, 10);
			case "levels" -> new Shape(20, 10, 29, 0.2, false, 10);
			case "binary" -> new Shape(20, 2, 2, 0, true, 10);
			default -> throw new IllegalArgumentException("unknown SHAPE " + name + "; use mixed, survey, levels or binary");
			};
		}

		int levels(int variable) {
			return fewestLevels + variable % (mostLevels - fewestLevels + 1);
		}
	}

	public static void main(String[] args) throws Exception {
		int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
		int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
		String shapeName = args.length > 2 ? args[2] : "mixed";
		Shape shape = Shape.of(shapeName);
		SplittableRandom random = new SplittableRandom(2026);
		int[] labels = random.ints(rows, 0, SEGMENTS).toArray();
		List<Column> columns = new ArrayList<>();
		List<String> variables = new ArrayList<>();
		for (int v = 0; v < shape.categorical(); v++) {
			int levels = shape.levels(v);
			if (shape.binary()) {
				double[] values = new double[rows];
				for (int row = 0; row < rows; row++) {
					values[row] = random.nextDouble() < 0.02 ? Double.NaN
							: random.nextDouble() < 0.2 + 0.1 * labels[row] ? 1 : 0;
				}
				columns.add(new NumericColumn("c" + v, ColumnType.BINARY, values));
				variables.add("c" + v);
				continue;
			}
			int[] codes = new int[rows];
			for (int row = 0; row < rows; row++) {
				// depends on the segment, with 2% missing; mixed: each segment gives two levels only
				codes[row] = random.nextDouble() < 0.02 ? CategoricalColumn.MISSING
						: shape.anyLevel() > 0 && random.nextDouble() < shape.anyLevel() ? random.nextInt(levels)
								: (labels[row] + random.nextInt(2)) % levels;
			}
			List<String> names = new ArrayList<>();
			for (int level = 0; level < levels; level++) {
				names.add("level " + level);
			}
			columns.add(new CategoricalColumn("c" + v, ColumnType.NOMINAL, codes, names));
			variables.add("c" + v);
		}
		for (int v = 0; v < shape.numeric(); v++) {
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
		System.out.printf(Locale.ROOT, "shape %s: %d categorical variables (levels %d to %d%s), %d numeric%n", shapeName,
				shape.categorical(), shape.fewestLevels(), shape.mostLevels(),
				shape.binary() ? ", binary" : "", shape.numeric());

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
			System.out.printf(Locale.ROOT, "%,d rows, shape %s, %d variables, %d segments, %s: median unweighted %.3f s,"
					+ " weighted %.3f s, slowdown %+.1f%%%n", rows, shapeName, variables.size(), SEGMENTS,
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

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
import java.util.stream.IntStream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.segmenta.analysis.FeatureMatrix;
import org.segmenta.analysis.KMeans;

/**
 * Times k-means on ROWS points (default 1,000,000) of DIMENSIONS dimensions (default 8) from K
 * Gaussian clusters (default 4), unweighted and weighted by a log-normal case weight, alternating
 * the two RUNS times (default 7) after a warm-up, on one thread so that the thread's CPU time is
 * what the fit costs on a shared machine. Both fits start from the same seed; weighted and
 * unweighted data may need a different number of Lloyd iterations, so the time per iteration is
 * printed beside the time of the fit. Not a test: timings vary with the machine.
 *
 * <pre>
 * bundles/org.segmenta.analysis.tests/benchmark.sh WeightedKMeansBenchmark [ROWS DIMENSIONS K RESTARTS RUNS]
 * </pre>
 */
public final class WeightedKMeansBenchmark {

	private WeightedKMeansBenchmark() {
	}

	public static void main(String[] args) {
		int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
		int dimensions = args.length > 1 ? Integer.parseInt(args[1]) : 8;
		int k = args.length > 2 ? Integer.parseInt(args[2]) : 4;
		int restarts = args.length > 3 ? Integer.parseInt(args[3]) : 3;
		int runs = args.length > 4 ? Integer.parseInt(args[4]) : 7;
		SplittableRandom random = new SplittableRandom(2026);
		double[][] centres = new double[k][dimensions];
		for (double[] centre : centres) {
			for (int j = 0; j < dimensions; j++) {
				centre[j] = 4 * random.nextGaussian();
			}
		}
		double[] values = new double[rows * dimensions];
		double[] weights = new double[rows];
		for (int row = 0; row < rows; row++) {
			double[] centre = centres[random.nextInt(k)];
			for (int j = 0; j < dimensions; j++) {
				values[row * dimensions + j] = centre[j] + random.nextGaussian();
			}
			weights[row] = Math.exp(0.5 * random.nextGaussian());
		}
		List<String> names = new ArrayList<>();
		for (int j = 0; j < dimensions; j++) {
			names.add("x" + j);
		}
		int[] datasetRows = IntStream.range(0, rows).toArray();
		FeatureMatrix plain = new FeatureMatrix(names, values, datasetRows);
		FeatureMatrix weighted = new FeatureMatrix(names, values, datasetRows, weights);
		KMeans kmeans = new KMeans(k, restarts, 300, 1e-4, 1, 1);
		kmeans.fit(plain, new NullProgressMonitor());
		kmeans.fit(weighted, new NullProgressMonitor());
		double[][] times = new double[2][runs];
		double[][] perIteration = new double[2][runs];
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		for (int run = 0; run < runs; run++) {
			for (int kind = 0; kind < 2; kind++) {
				long cpu = threads.getCurrentThreadCpuTime();
				KMeans.Result result = kmeans.fit(kind == 0 ? plain : weighted, new NullProgressMonitor());
				times[kind][run] = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
				perIteration[kind][run] = times[kind][run] / result.iterations();
				System.out.printf(Locale.ROOT, "run %d %s: CPU %.3f s, %d iterations, inertia %.6g%n", run + 1,
						kind == 0 ? "unweighted" : "weighted", times[kind][run], result.iterations(), result.inertia());
			}
		}
		System.out.printf(Locale.ROOT, "%,d rows, %d dimensions, k = %d, %d restarts, CPU time medians: unweighted %.3f s,"
				+ " weighted %.3f s (%+.1f%%); per iteration %.4f / %.4f s (%+.1f%%)%n", rows, dimensions, k, restarts,
				median(times[0]), median(times[1]), (median(times[1]) / median(times[0]) - 1) * 100,
				median(perIteration[0]), median(perIteration[1]),
				(median(perIteration[1]) / median(perIteration[0]) - 1) * 100);
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}
}

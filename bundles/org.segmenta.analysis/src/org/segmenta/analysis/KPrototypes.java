/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis;

import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * k-prototypes (Huang 1998) for mixed data: a prototype holds the means of the numeric columns and
 * the modes of the categorical ones; the cost of a point is its squared Euclidean distance on the
 * numeric columns plus lambda times the number of categorical mismatches. Starts from k distinct
 * random rows, iterates assignment and update until no point moves, and keeps the cheapest of
 * several restarts (see {@link Restarts}).
 */
public final class KPrototypes {

	/**
	 * Rows with numeric values (row-major in {@code numeric}) and category codes ({@code codes[row][j]}).
	 */
	public record MixedData(FeatureMatrix numeric, int[][] codes, int[] levelCounts) {

		int rows() {
			return numeric.rows();
		}

		/** The dissimilarity between two rows under {@code lambda}. */
		double between(int a, int b, double lambda) {
			double sum = numeric.squaredDistance(a, b);
			for (int j = 0; j < levelCounts.length; j++) {
				if (codes[a][j] != codes[b][j]) {
					sum += lambda;
				}
			}
			return sum;
		}
	}

	/**
	 * @param means  means[segment][numeric column]
	 * @param modes  modes[segment][categorical column]
	 * @param labels the segment of each row
	 * @param cost   the total cost of the assignment
	 */
	public record Result(double[][] means, int[][] modes, int[] labels, double cost, int iterations, double lambda) {
	}

	private final int k;
	private final int restarts;
	private final int maxIterations;
	private final long seed;
	private final int threads;

	public KPrototypes(int k, int restarts, int maxIterations, long seed, int threads) {
		if (k < 1 || restarts < 1 || maxIterations < 1 || threads < 1) {
			throw new IllegalArgumentException("k, restarts, iterations and threads must be positive");
		}
		this.k = k;
		this.restarts = restarts;
		this.maxIterations = maxIterations;
		this.seed = seed;
		this.threads = threads;
	}

	/**
	 * Huang's weight of the categorical columns: the mean variance of the numeric columns over the
	 * mean of 1 - sum p² (the chance that two random rows differ) over the categorical ones.
	 */
	public static double estimateLambda(MixedData data) {
		int n = data.rows();
		int d = data.numeric().dimensions();
		double variance = KMeans.meanVariance(data.numeric());
		double diversity = 0;
		int categorical = data.levelCounts().length;
		for (int j = 0; j < categorical; j++) {
			long[] counts = new long[data.levelCounts()[j]];
			for (int i = 0; i < n; i++) {
				counts[data.codes()[i][j]]++;
			}
			double sumOfSquares = 0;
			for (long count : counts) {
				double p = (double) count / n;
				sumOfSquares += p * p;
			}
			diversity += 1 - sumOfSquares;
		}
		if (d == 0 || categorical == 0 || diversity == 0) {
			return 1;
		}
		return variance / (diversity / categorical);
	}

	/** @param lambda the weight of a categorical mismatch, or NaN to estimate it */
	public Result fit(MixedData data, double lambda, IProgressMonitor monitor) {
		if (data.rows() < k) {
			throw new IllegalArgumentException(data.rows() + " rows cannot form " + k + " segments");
		}
		double weight = Double.isNaN(lambda) ? estimateLambda(data) : lambda;
		SubMonitor progress = SubMonitor.convert(monitor, "k-prototypes, k = " + k, 1);
		return Restarts.best(restarts, threads, seed, random -> run(data, weight, random, progress),
				Comparator.comparingDouble(Result::cost), progress.split(1));
	}

	private Result run(MixedData data, double lambda, SplittableRandom random, IProgressMonitor monitor) {
		int n = data.rows();
		int d = data.numeric().dimensions();
		int p = data.levelCounts().length;
		int[] starts = RandomIndices.distinct(n, k, random.nextLong());
		double[][] means = new double[k][];
		int[][] modes = new int[k][];
		for (int c = 0; c < k; c++) {
			means[c] = data.numeric().point(starts[c]);
			modes[c] = data.codes()[starts[c]].clone();
		}
		int[] labels = new int[n];
		Arrays.fill(labels, -1);
		int iterations = 0;
		double cost = 0;
		boolean moved = true;
		while (moved && iterations < maxIterations) {
			Restarts.checkCancelled(monitor);
			iterations++;
			moved = false;
			cost = 0;
			for (int i = 0; i < n; i++) {
				int best = 0;
				double bestCost = Double.POSITIVE_INFINITY;
				for (int c = 0; c < k; c++) {
					double value = cost(data, i, means[c], modes[c], lambda);
					if (value < bestCost) {
						bestCost = value;
						best = c;
					}
				}
				moved |= labels[i] != best;
				labels[i] = best;
				cost += bestCost;
			}
			if (moved) {
				update(data, labels, means, modes, d, p);
			}
		}
		return new Result(means, modes, labels, cost, iterations, lambda);
	}

	private static double cost(MixedData data, int row, double[] mean, int[] mode, double lambda) {
		double value = data.numeric().squaredDistance(row, mean);
		int[] codes = data.codes()[row];
		for (int j = 0; j < mode.length; j++) {
			if (codes[j] != mode[j]) {
				value += lambda;
			}
		}
		return value;
	}

	/** Means and modes of the segments; an empty segment keeps its prototype. */
	private void update(MixedData data, int[] labels, double[][] means, int[][] modes, int d, int p) {
		double[][] sums = new double[k][d];
		int[] counts = new int[k];
		int[][][] levelCounts = new int[k][p][];
		for (int c = 0; c < k; c++) {
			for (int j = 0; j < p; j++) {
				levelCounts[c][j] = new int[data.levelCounts()[j]];
			}
		}
		for (int i = 0; i < labels.length; i++) {
			int c = labels[i];
			counts[c]++;
			data.numeric().addTo(i, sums[c]);
			for (int j = 0; j < p; j++) {
				levelCounts[c][j][data.codes()[i][j]]++;
			}
		}
		for (int c = 0; c < k; c++) {
			if (counts[c] == 0) {
				continue;
			}
			for (int j = 0; j < d; j++) {
				means[c][j] = sums[c][j] / counts[c];
			}
			for (int j = 0; j < p; j++) {
				int mode = 0;
				for (int level = 1; level < levelCounts[c][j].length; level++) {
					if (levelCounts[c][j][level] > levelCounts[c][j][mode]) {
						mode = level;
					}
				}
				modes[c][j] = mode;
			}
		}
	}
}

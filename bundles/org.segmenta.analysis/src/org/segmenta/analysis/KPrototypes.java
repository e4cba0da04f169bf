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
 * numeric columns plus lambda times the number of categorical mismatches. Starts from k random
 * rows with distinct values (identical rows cannot seed two segments), iterates assignment and
 * update until no point moves, re-seeds a segment that empties from the point farthest from its
 * prototype, and keeps the cheapest of several restarts (see {@link Restarts}). The returned
 * labels are those nearest the returned prototypes, and the cost is theirs, also when the
 * iteration limit stops the run. With case weights, prototypes are weighted means and weighted
 * modes and the cost is the weighted sum; lambda is estimated from the unweighted rows.
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
		return fit(data, lambda, null, monitor);
	}

	/**
	 * @param lambda  the weight of a categorical mismatch, or NaN to estimate it
	 * @param weights the case weight of each row, or {@code null} for one each
	 */
	public Result fit(MixedData data, double lambda, double[] weights, IProgressMonitor monitor) {
		if (data.rows() < k) {
			throw new IllegalArgumentException(data.rows() + " rows cannot form " + k + " segments");
		}
		double mismatch = Double.isNaN(lambda) ? estimateLambda(data) : lambda;
		SubMonitor progress = SubMonitor.convert(monitor, "k-prototypes, k = " + k, 1);
		return Restarts.best(restarts, threads, seed, random -> run(data, mismatch, weights, random, progress),
				Comparator.comparingDouble(Result::cost), progress.split(1));
	}

	private Result run(MixedData data, double lambda, double[] weights, SplittableRandom random,
			IProgressMonitor monitor) {
		int n = data.rows();
		int d = data.numeric().dimensions();
		int p = data.levelCounts().length;
		int[] starts = distinctStarts(data, random);
		double[][] means = new double[k][];
		int[][] modes = new int[k][];
		for (int c = 0; c < k; c++) {
			means[c] = data.numeric().point(starts[c]);
			modes[c] = data.codes()[starts[c]].clone();
		}
		int[] labels = new int[n];
		Arrays.fill(labels, -1);
		double[] costs = new double[n];
		int iterations = 0;
		boolean moved = true;
		while (moved && iterations < maxIterations) {
			Restarts.checkCancelled(monitor);
			iterations++;
			moved = assign(data, lambda, means, modes, labels, costs);
			moved |= reseedEmpty(data, lambda, means, modes, labels, costs);
			if (moved) {
				update(data, labels, weights, means, modes, d, p);
			}
		}
		if (moved) {
			// stopped by the limit after an update: the labels and cost must be those of these prototypes
			assign(data, lambda, means, modes, labels, costs);
		}
		double cost = 0;
		for (int i = 0; i < n; i++) {
			cost += (weights == null ? 1 : weights[i]) * costs[i];
		}
		return new Result(means, modes, labels, cost, iterations, lambda);
	}

	/** Labels every row with its cheapest prototype; whether any label changed. */
	private boolean assign(MixedData data, double lambda, double[][] means, int[][] modes, int[] labels,
			double[] costs) {
		boolean moved = false;
		for (int i = 0; i < labels.length; i++) {
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
			costs[i] = bestCost;
		}
		return moved;
	}

	/**
	 * Gives every empty segment the row farthest from its own prototype (among segments of more than
	 * one row) as its new prototype; whether any segment was empty.
	 */
	private boolean reseedEmpty(MixedData data, double lambda, double[][] means, int[][] modes, int[] labels,
			double[] costs) {
		int[] sizes = new int[k];
		for (int label : labels) {
			sizes[label]++;
		}
		boolean reseeded = false;
		for (int empty = 0; empty < k; empty++) {
			if (sizes[empty] > 0) {
				continue;
			}
			int farthest = -1;
			for (int i = 0; i < labels.length; i++) {
				if (sizes[labels[i]] > 1 && costs[i] > 0 && (farthest < 0 || costs[i] > costs[farthest])) {
					farthest = i;
				}
			}
			if (farthest < 0) {
				return reseeded; // every row sits on its prototype: too few distinct rows for k
			}
			sizes[labels[farthest]]--;
			labels[farthest] = empty;
			sizes[empty] = 1;
			costs[farthest] = 0;
			means[empty] = data.numeric().point(farthest);
			modes[empty] = data.codes()[farthest].clone();
			reseeded = true;
		}
		return reseeded;
	}

	/**
	 * k rows in a random order whose values all differ, so that no two segments start from the same
	 * prototype; with fewer distinct rows than k, the rest are random rows.
	 */
	private int[] distinctStarts(MixedData data, SplittableRandom random) {
		int n = data.rows();
		int[] order = RandomIndices.distinct(n, n, random.nextLong());
		int[] starts = new int[k];
		int found = 0;
		for (int i = 0; i < n && found < k; i++) {
			boolean fresh = true;
			for (int s = 0; s < found && fresh; s++) {
				fresh = data.between(order[i], starts[s], 1) > 0;
			}
			if (fresh) {
				starts[found++] = order[i];
			}
		}
		for (int i = 0; found < k; i++) {
			starts[found++] = order[i];
		}
		return starts;
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

	/** (Weighted) means and modes of the segments; an empty segment keeps its prototype. */
	private void update(MixedData data, int[] labels, double[] weights, double[][] means, int[][] modes, int d,
			int p) {
		double[][] sums = new double[k][d];
		double[] counts = new double[k];
		double[][][] levelCounts = new double[k][p][];
		for (int c = 0; c < k; c++) {
			for (int j = 0; j < p; j++) {
				levelCounts[c][j] = new double[data.levelCounts()[j]];
			}
		}
		double[] point = new double[d];
		for (int i = 0; i < labels.length; i++) {
			int c = labels[i];
			double weight = weights == null ? 1 : weights[i];
			counts[c] += weight;
			if (weights == null) {
				data.numeric().addTo(i, sums[c]);
			} else {
				Arrays.fill(point, 0);
				data.numeric().addTo(i, point);
				for (int j = 0; j < d; j++) {
					sums[c][j] += weight * point[j];
				}
			}
			for (int j = 0; j < p; j++) {
				levelCounts[c][j][data.codes()[i][j]] += weight;
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

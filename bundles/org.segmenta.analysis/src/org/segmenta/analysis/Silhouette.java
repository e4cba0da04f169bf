/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis;

import java.util.stream.IntStream;

/**
 * The mean silhouette (Rousseeuw 1987): for each point, s = (b - a) / max(a, b), with a its mean
 * dissimilarity to its own segment and b the smallest mean dissimilarity to another segment; 0 for a
 * point alone in its segment. Exact for up to {@link #EXACT_LIMIT} points; above that, the mean
 * silhouette of a seeded random sample of {@link #SAMPLE_SIZE} points among themselves (as
 * scikit-learn's {@code silhouette_score} with {@code sample_size}), so the cost stays fixed however
 * large the data; the sample size is stated with the value. With case weights, a and b are weighted
 * mean dissimilarities and the silhouette is the weighted mean over the points.
 *
 * @param value      the mean silhouette, from -1 to 1
 * @param sampleSize the number of points whose silhouettes were averaged
 * @param exact      whether every point was used
 */
public record Silhouette(double value, int sampleSize, boolean exact) {

	/** Up to this many points the silhouette is computed exactly. */
	public static final int EXACT_LIMIT = 10_000;

	/** The sample size used above {@link #EXACT_LIMIT}. */
	public static final int SAMPLE_SIZE = 5_000;

	/** The silhouette of {@code labels} (segments 0..k-1), sampling above {@link #EXACT_LIMIT} points. */
	public static Silhouette of(Dissimilarity points, int[] labels, int k, long seed) {
		return of(points, labels, k, seed, null);
	}

	/** The silhouette with each point counting with its weight in {@code weights} ({@code null}: once). */
	public static Silhouette of(Dissimilarity points, int[] labels, int k, long seed, double[] weights) {
		int n = points.size();
		if (n <= EXACT_LIMIT) {
			return new Silhouette(mean(points, labels, k, weights), n, true);
		}
		int[] chosen = RandomIndices.distinct(n, SAMPLE_SIZE, seed);
		Dissimilarity sample = points.among(chosen);
		int[] sampleLabels = IntStream.of(chosen).map(i -> labels[i]).toArray();
		double value = mean(sample, sampleLabels, k,
				weights == null ? null : IntStream.of(chosen).mapToDouble(i -> weights[i]).toArray());
		return new Silhouette(value, chosen.length, false);
	}

	/** Points a tile of pairs spans on each side at least, so that its distances and sums stay in the cache. */
	private static final int TILE = 256;
	/** The partial sums kept at most (32 MB), for many points and segments; longer runs keep fewer. */
	private static final long MAX_PARTIAL_SUMS = 4_000_000;

	/** The mean silhouette, each point counting with its weight ({@code weights}, or once when {@code null}). */
	private static double mean(Dissimilarity points, int[] labels, int k, double[] weights) {
		double[] sizes = new double[k];
		for (int i = 0; i < labels.length; i++) {
			sizes[labels[i]] += weight(weights, i);
		}
		double[] sums = segmentSums(points, labels, k, weights);
		double sum = 0;
		double total = 0;
		for (int i = 0; i < labels.length; i++) {
			double weight = weight(weights, i);
			sum += weight * pointSilhouette(sums, i * k, labels[i], sizes, sizes[labels[i]] - weight);
			total += weight;
		}
		return total == 0 ? 0 : sum / total;
	}

	private static double weight(double[] weights, int point) {
		return weights == null ? 1 : weights[point];
	}

	/**
	 * The silhouette of a point whose summed dissimilarities to the segments are {@code sums[at..at+k)}.
	 *
	 * @param ownOthers the size (or weight) of its segment without it; none makes the silhouette 0
	 */
	private static double pointSilhouette(double[] sums, int at, int own, double[] sizes, double ownOthers) {
		if (ownOthers <= 0) {
			return 0; // alone in its segment
		}
		double a = sums[at + own] / ownOthers;
		double b = Double.POSITIVE_INFINITY;
		for (int c = 0; c < sizes.length; c++) {
			if (c != own && sizes[c] > 0) {
				b = Math.min(b, sums[at + c] / sizes[c]);
			}
		}
		if (b == Double.POSITIVE_INFINITY) {
			return 0; // a single segment
		}
		double larger = Math.max(a, b);
		return larger == 0 ? 0 : (b - a) / larger;
	}

	/**
	 * For each point and segment, at {@code [point * k + segment]}, the sum of the dissimilarities of
	 * the point to the segment's other points, each weighted by that point's weight
	 * ({@code weights}, or 1 when {@code null}). Each pair is measured once: the points are cut into
	 * runs of {@link #TILE} points or more, and each pair of runs (a tile) adds its dissimilarities
	 * by row and by column into sums of its own, one per point and run of the other points; those
	 * are added in the order of the runs, so the result does not depend on the threads the tiles
	 * ran on.
	 */
	private static double[] segmentSums(Dissimilarity points, int[] labels, int k, double[] weights) {
		int n = labels.length;
		int tile = (int) Math.max(TILE, Math.min(n, (long) n * n * k / MAX_PARTIAL_SUMS + 1));
		int runs = (n + tile - 1) / tile;
		int tiles = runs * (runs + 1) / 2;
		int[] firstRuns = new int[tiles];
		int[] secondRuns = new int[tiles];
		for (int first = 0, pair = 0; first < runs; first++) {
			for (int second = first; second < runs; second++, pair++) {
				firstRuns[pair] = first;
				secondRuns[pair] = second;
			}
		}
		// [(point * runs + run of the other points) * k + segment]
		double[] byRun = new double[n * runs * k];
		IntStream.range(0, tiles).parallel()
				.forEach(pair -> addTile(points, labels, k, weights, tile, runs, firstRuns[pair], secondRuns[pair], byRun));
		double[] sums = new double[n * k];
		for (int point = 0; point < n; point++) {
			for (int run = 0; run < runs; run++) {
				int from = (point * runs + run) * k;
				for (int c = 0; c < k; c++) {
					sums[point * k + c] += byRun[from + c];
				}
			}
		}
		return sums;
	}

	/** Adds the pairs of runs {@code first} and {@code second} (the pairs within a run when they are one). */
	private static void addTile(Dissimilarity points, int[] labels, int k, double[] weights, int tile, int runs,
			int first, int second, double[] byRun) {
		int n = labels.length;
		int secondTo = Math.min(n, (second + 1) * tile);
		double[] distances = new double[tile];
		for (int i = first * tile; i < Math.min(n, (first + 1) * tile); i++) {
			int from = first == second ? i + 1 : second * tile;
			if (from >= secondTo) {
				continue;
			}
			points.fromOne(i, from, secondTo, distances);
			int row = (i * runs + second) * k;
			int own = labels[i];
			double weight = weight(weights, i);
			for (int j = from; j < secondTo; j++) {
				double distance = distances[j - from];
				byRun[row + labels[j]] += weight(weights, j) * distance;
				byRun[(j * runs + first) * k + own] += weight * distance;
			}
		}
	}
}

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
			return new Silhouette(weights == null ? mean(points, labels, k) : weightedMean(points, labels, k, weights),
					n, true);
		}
		int[] chosen = RandomIndices.distinct(n, SAMPLE_SIZE, seed);
		Dissimilarity sample = points.among(chosen);
		int[] sampleLabels = IntStream.of(chosen).map(i -> labels[i]).toArray();
		double value = weights == null ? mean(sample, sampleLabels, k)
				: weightedMean(sample, sampleLabels, k, IntStream.of(chosen).mapToDouble(i -> weights[i]).toArray());
		return new Silhouette(value, chosen.length, false);
	}

	private static double weightedMean(Dissimilarity points, int[] labels, int k, double[] weights) {
		double[] sizes = new double[k];
		for (int i = 0; i < labels.length; i++) {
			sizes[labels[i]] += weights[i];
		}
		ThreadLocal<double[]> distances = ThreadLocal.withInitial(() -> new double[labels.length]);
		double[] values = IntStream.range(0, labels.length).parallel()
				.mapToDouble(i -> weightedPointSilhouette(points, labels, sizes, weights, i, distances.get())).toArray();
		double sum = 0;
		double total = 0;
		for (int i = 0; i < values.length; i++) {
			sum += weights[i] * values[i];
			total += weights[i];
		}
		return total == 0 ? 0 : sum / total;
	}

	/** @param distances room for the dissimilarities of point {@code i} to every point */
	private static double weightedPointSilhouette(Dissimilarity points, int[] labels, double[] sizes,
			double[] weights, int i, double[] distances) {
		int own = labels[i];
		double ownOthers = sizes[own] - weights[i];
		if (ownOthers <= 0) {
			return 0;
		}
		points.fromOne(i, distances);
		double[] sums = new double[sizes.length];
		for (int j = 0; j < labels.length; j++) {
			if (j != i) {
				sums[labels[j]] += weights[j] * distances[j];
			}
		}
		double a = sums[own] / ownOthers;
		double b = Double.POSITIVE_INFINITY;
		for (int c = 0; c < sizes.length; c++) {
			if (c != own && sizes[c] > 0) {
				b = Math.min(b, sums[c] / sizes[c]);
			}
		}
		if (b == Double.POSITIVE_INFINITY) {
			return 0;
		}
		double larger = Math.max(a, b);
		return larger == 0 ? 0 : (b - a) / larger;
	}

	private static double mean(Dissimilarity points, int[] labels, int k) {
		int[] sizes = new int[k];
		for (int label : labels) {
			sizes[label]++;
		}
		// each point's silhouette is independent: compute in parallel, sum in a fixed order
		ThreadLocal<double[]> distances = ThreadLocal.withInitial(() -> new double[labels.length]);
		double[] values = IntStream.range(0, labels.length).parallel()
				.mapToDouble(i -> pointSilhouette(points, labels, sizes, i, distances.get())).toArray();
		double sum = 0;
		for (double value : values) {
			sum += value;
		}
		return sum / labels.length;
	}

	/** @param distances room for the dissimilarities of point {@code i} to every point */
	private static double pointSilhouette(Dissimilarity points, int[] labels, int[] sizes, int i, double[] distances) {
		int own = labels[i];
		if (sizes[own] <= 1) {
			return 0;
		}
		points.fromOne(i, distances);
		double[] sums = new double[sizes.length];
		for (int j = 0; j < labels.length; j++) {
			if (j != i) {
				sums[labels[j]] += distances[j];
			}
		}
		double a = sums[own] / (sizes[own] - 1);
		double b = Double.POSITIVE_INFINITY;
		for (int c = 0; c < sizes.length; c++) {
			if (c != own && sizes[c] > 0) {
				b = Math.min(b, sums[c] / sizes[c]);
			}
		}
		if (b == Double.POSITIVE_INFINITY) {
			return 0; // a single segment
		}
		double larger = Math.max(a, b);
		return larger == 0 ? 0 : (b - a) / larger;
	}
}

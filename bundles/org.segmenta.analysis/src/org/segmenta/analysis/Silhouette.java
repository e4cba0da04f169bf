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
 * large the data; the sample size is stated with the value.
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
		int n = points.size();
		if (n <= EXACT_LIMIT) {
			return new Silhouette(mean(points, labels, k), n, true);
		}
		int[] chosen = RandomIndices.distinct(n, SAMPLE_SIZE, seed);
		Dissimilarity sample = new Dissimilarity() {
			@Override
			public int size() {
				return chosen.length;
			}

			@Override
			public double between(int a, int b) {
				return points.between(chosen[a], chosen[b]);
			}
		};
		return new Silhouette(mean(sample, IntStream.of(chosen).map(i -> labels[i]).toArray(), k), chosen.length,
				false);
	}

	private static double mean(Dissimilarity points, int[] labels, int k) {
		int[] sizes = new int[k];
		for (int label : labels) {
			sizes[label]++;
		}
		// each point's silhouette is independent: compute in parallel, sum in a fixed order
		double[] values = IntStream.range(0, labels.length).parallel()
				.mapToDouble(i -> pointSilhouette(points, labels, sizes, i)).toArray();
		double sum = 0;
		for (double value : values) {
			sum += value;
		}
		return sum / labels.length;
	}

	static double pointSilhouette(Dissimilarity points, int[] labels, int[] sizes, int i) {
		int own = labels[i];
		if (sizes[own] <= 1) {
			return 0;
		}
		double[] sums = new double[sizes.length];
		for (int j = 0; j < points.size(); j++) {
			if (j != i) {
				sums[labels[j]] += points.between(i, j);
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

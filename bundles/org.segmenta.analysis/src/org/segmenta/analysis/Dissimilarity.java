/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis;

import java.util.stream.IntStream;

/** How far apart two of n points are; what silhouettes and hierarchical methods need. */
public interface Dissimilarity {

	/** The number of points. */
	int size();

	/** The dissimilarity of points {@code a} and {@code b}: non-negative, symmetric, 0 for a == b. */
	double between(int a, int b);

	/**
	 * The dissimilarities of point {@code a} to the points {@code from} to {@code to - 1}, {@code b}'s
	 * at {@code out[b - from]}, each the value of {@link #between(int, int)}; the built-in Euclidean
	 * one measures several points at once.
	 */
	default void fromOne(int a, int from, int to, double[] out) {
		for (int b = from; b < to; b++) {
			out[b - from] = between(a, b);
		}
	}

	/**
	 * The dissimilarities among {@code rows} of these points, which become points 0 to
	 * {@code rows.length - 1}, with the same values. The built-in ones gather those rows side by side
	 * first, so that a sample of a large data set is read from the cache rather than from all over
	 * memory.
	 */
	default Dissimilarity among(int[] rows) {
		Dissimilarity all = this;
		return new Dissimilarity() {
			@Override
			public int size() {
				return rows.length;
			}

			@Override
			public double between(int a, int b) {
				return all.between(rows[a], rows[b]);
			}
		};
	}

	/** Euclidean distance between the rows of {@code matrix}. */
	static Dissimilarity euclidean(FeatureMatrix matrix) {
		return new Dissimilarity() {
			@Override
			public int size() {
				return matrix.rows();
			}

			@Override
			public double between(int a, int b) {
				return Math.sqrt(matrix.squaredDistance(a, b));
			}

			@Override
			public void fromOne(int a, int from, int to, double[] out) {
				matrix.squaredDistancesFrom(a, from, to, out);
				for (int b = 0; b < to - from; b++) {
					out[b] = Math.sqrt(out[b]);
				}
			}

			@Override
			public Dissimilarity among(int[] rows) {
				return euclidean(matrix.rowsAt(rows));
			}
		};
	}

	/**
	 * Simple matching between rows {@code rows} of {@code items}: the share of the items answered
	 * by both on which they differ (1 when they share no answered item).
	 */
	static Dissimilarity matching(CategoricalItems items, int[] rows) {
		return new Dissimilarity() {
			@Override
			public int size() {
				return rows.length;
			}

			@Override
			public double between(int a, int b) {
				int compared = 0;
				int differing = 0;
				for (int j = 0; j < items.items(); j++) {
					int first = items.code(rows[a], j);
					int second = items.code(rows[b], j);
					if (first != CategoricalItems.MISSING && second != CategoricalItems.MISSING) {
						compared++;
						if (first != second) {
							differing++;
						}
					}
				}
				return compared == 0 ? 1 : (double) differing / compared;
			}

			@Override
			public Dissimilarity among(int[] chosen) {
				return matching(items, IntStream.of(chosen).map(i -> rows[i]).toArray());
			}
		};
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis;

/** How far apart two of n points are; what silhouettes and hierarchical methods need. */
public interface Dissimilarity {

	/** The number of points. */
	int size();

	/** The dissimilarity of points {@code a} and {@code b}: non-negative, symmetric, 0 for a == b. */
	double between(int a, int b);

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
		};
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.report;

import java.util.Arrays;

/**
 * The fit of clusterings with different numbers of segments, as an analysis computes them to
 * suggest how many segments to keep. Missing measures are NaN.
 *
 * @param counts     the numbers of segments tried, ascending
 * @param inertia    within-segment sum of squares per count (elbow)
 * @param silhouette mean silhouette width per count (-1 to 1, higher is better)
 * @param bic        Bayesian information criterion per count (lower is better)
 * @param chosen     the count that was chosen, or 0
 */
public record SegmentCountScores(int[] counts, double[] inertia, double[] silhouette, double[] bic, int chosen) {

	public SegmentCountScores {
		int n = counts.length;
		if (inertia.length != n || silhouette.length != n || bic.length != n) {
			throw new IllegalArgumentException("every measure needs one value per segment count");
		}
		counts = counts.clone();
		inertia = inertia.clone();
		silhouette = silhouette.clone();
		bic = bic.clone();
	}

	boolean has(double[] measure) {
		return Arrays.stream(measure).anyMatch(v -> !Double.isNaN(v));
	}
}

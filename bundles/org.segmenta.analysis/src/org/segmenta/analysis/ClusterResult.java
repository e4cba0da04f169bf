/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A segmentation found by a method.
 *
 * @param method     the method's id, such as {@code kmeans}
 * @param k          the number of segments
 * @param labels     the segment (0..k-1) of every dataset row, or {@link #UNASSIGNED} for rows the
 *                   method could not use (see the method's treatment of missing values)
 * @param iterations the iterations of the kept run
 * @param fit        the method's fit statistics by name, e.g. {@code inertia} or
 *                   {@code logLikelihood}, {@code aic}, {@code bic}
 * @param silhouette the mean silhouette in the space the method works in, or {@code null}
 */
public record ClusterResult(String method, int k, int[] labels, int iterations, Map<String, Double> fit,
		Silhouette silhouette) {

	/** The label of a row left out of the segmentation. */
	public static final int UNASSIGNED = -1;

	public ClusterResult {
		fit = Collections.unmodifiableMap(new LinkedHashMap<>(fit));
	}

	/** The number of rows in each segment. */
	public int[] sizes() {
		int[] sizes = new int[k];
		for (int label : labels) {
			if (label != UNASSIGNED) {
				sizes[label]++;
			}
		}
		return sizes;
	}

	/**
	 * The weighted number of rows in each segment: the sum of the case weights {@code weights}
	 * (one per dataset row) of its rows.
	 */
	public double[] weightedSizes(double[] weights) {
		double[] sizes = new double[k];
		for (int row = 0; row < labels.length; row++) {
			if (labels[row] != UNASSIGNED) {
				sizes[labels[row]] += weights[row];
			}
		}
		return sizes;
	}

	/** The number of rows assigned to a segment. */
	public int assigned() {
		int assigned = 0;
		for (int size : sizes()) {
			assigned += size;
		}
		return assigned;
	}

	/** The share of the assigned rows in the smallest segment. */
	public double smallestShare() {
		int smallest = Integer.MAX_VALUE;
		for (int size : sizes()) {
			smallest = Math.min(smallest, size);
		}
		return assigned() == 0 ? 0 : (double) smallest / assigned();
	}

	/** Dataset-row labels from labels of the points of {@code matrix}. */
	public static int[] datasetLabels(FeatureMatrix matrix, int rowCount, int[] pointLabels) {
		int[] labels = new int[rowCount];
		Arrays.fill(labels, UNASSIGNED);
		for (int i = 0; i < pointLabels.length; i++) {
			labels[matrix.row(i)] = pointLabels[i];
		}
		return labels;
	}
}

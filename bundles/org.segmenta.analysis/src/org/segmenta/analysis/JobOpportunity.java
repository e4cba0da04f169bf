/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis;

import org.segmenta.data.NumericColumn;

/**
 * The Jobs-to-be-Done opportunity score (Ulwick): importance + max(importance - satisfaction, 0).
 * An important job that is poorly served scores highest; over-served jobs are not penalised below
 * their importance.
 */
public final class JobOpportunity {

	private JobOpportunity() {
	}

	public static double score(double importance, double satisfaction) {
		return importance + Math.max(importance - satisfaction, 0);
	}

	/**
	 * The score of each segment from the mean importance and satisfaction its members gave, plus
	 * the total as the last element; people missing either answer are left out.
	 */
	public static double[] bySegment(NumericColumn importance, NumericColumn satisfaction, int[] labels, int k) {
		double[] importanceSums = new double[k + 1];
		double[] satisfactionSums = new double[k + 1];
		int[] counts = new int[k + 1];
		for (int row = 0; row < labels.length; row++) {
			if (labels[row] == ClusterResult.UNASSIGNED || importance.isMissing(row) || satisfaction.isMissing(row)) {
				continue;
			}
			for (int group : new int[] { labels[row], k }) {
				importanceSums[group] += importance.value(row);
				satisfactionSums[group] += satisfaction.value(row);
				counts[group]++;
			}
		}
		double[] scores = new double[k + 1];
		for (int group = 0; group <= k; group++) {
			scores[group] = counts[group] == 0 ? Double.NaN
					: score(importanceSums[group] / counts[group], satisfactionSums[group] / counts[group]);
		}
		return scores;
	}
}

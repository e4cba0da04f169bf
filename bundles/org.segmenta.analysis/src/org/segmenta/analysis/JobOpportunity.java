/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis;

import org.segmenta.data.NumericColumn;
import org.segmenta.model.OpportunityScore;

/**
 * The Jobs-to-be-Done {@link OpportunityScore opportunity score} from survey answers: the model's
 * formula applied to each segment's mean importance and satisfaction.
 */
public final class JobOpportunity {

	private JobOpportunity() {
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
					: OpportunityScore.of(importanceSums[group] / counts[group], satisfactionSums[group] / counts[group]);
		}
		return scores;
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis;

/**
 * A numeric variable by segment, with one-way ANOVA. With case weights, means, the standard
 * deviation, the sums of squares and eta² are weighted (weights scaled to sum to the unweighted
 * n), and the degrees of freedom count rows.
 *
 * @param means          the (weighted) mean in each segment
 * @param counts         the rows with a value in each segment (the unweighted n)
 * @param weightedCounts the sums of the case weights of those rows, or {@code null} when unweighted
 * @param totalMean      the (weighted) mean over all segments
 * @param totalSd        the (weighted) population standard deviation over all segments
 * @param f              the ANOVA F statistic, between / within mean squares
 * @param dfBetween      segments - 1
 * @param dfWithin       rows - segments
 * @param pValue         the upper tail probability of F
 * @param eta2           the between-segment share of the total sum of squares
 * @param standardIndex  whether the index is the difference in standard deviations rather than the
 *                       ratio to the total mean (see {@link #index(int)})
 */
public record NumericProfile(String variable, double[] means, long[] counts, double[] weightedCounts,
		double totalMean, double totalSd, double f, int dfBetween, int dfWithin, double pValue, double eta2,
		boolean standardIndex) implements VariableProfile {

	/** How {@link #index(int)} is computed when {@link #standardIndex()}. */
	public static final String STANDARD_INDEX = "(segment mean - total mean) / total standard deviation";

	/**
	 * Segment mean / total mean x 100 for a variable that cannot be negative and has a positive mean;
	 * otherwise, where that ratio is infinite or its sign flips, (segment mean - total mean) / total
	 * standard deviation, 0 being average.
	 */
	public double index(int segment) {
		if (standardIndex) {
			return totalSd == 0 ? 0 : (means[segment] - totalMean) / totalSd;
		}
		return means[segment] / totalMean * 100;
	}

	@Override
	public double association() {
		return eta2;
	}

	@Override
	public double distance(int a, int b) {
		return totalSd == 0 ? 0 : Math.abs(means[a] - means[b]) / totalSd;
	}
}

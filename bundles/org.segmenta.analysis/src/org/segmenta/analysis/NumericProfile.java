/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis;

/**
 * A numeric variable by segment, with one-way ANOVA.
 *
 * @param means     the mean in each segment
 * @param counts    the rows with a value in each segment
 * @param totalMean the mean over all segments
 * @param totalSd   the population standard deviation over all segments
 * @param f         the ANOVA F statistic, between / within mean squares
 * @param dfBetween segments - 1
 * @param dfWithin  rows - segments
 * @param pValue    the upper tail probability of F
 * @param eta2      the between-segment share of the total sum of squares
 */
public record NumericProfile(String variable, double[] means, long[] counts, double totalMean, double totalSd,
		double f, int dfBetween, int dfWithin, double pValue, double eta2) implements VariableProfile {

	/** Segment mean / total mean x 100. */
	public double index(int segment) {
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

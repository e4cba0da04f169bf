/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis;

import java.util.List;

/**
 * A categorical variable by segment, with the chi-square test of independence.
 *
 * @param levels             the levels
 * @param counts             counts[segment][level] of the rows with a value (the unweighted n)
 * @param weightedCounts     the sums of the case weights of those rows, or {@code null} when the data
 *                           are not weighted; shares and indices use them when present
 * @param chi2               Pearson's chi-square statistic; with weights the Rao–Scott first-order
 *                           corrected one (see {@link Profiler#chiSquare(String, List, long[][], double[][], double[][])})
 * @param df                 its degrees of freedom, (segments - 1) x (levels - 1) over non-empty rows and columns
 * @param pValue             the p-value of chi2, of the kind {@code test} names
 * @param cramersV           sqrt(X² / (n x (min(rows, columns) - 1))), X² of the (weighted) table
 * @param test               which test and p-value: {@link #PEARSON}, {@link #MONTE_CARLO},
 *                           {@link #RAO_SCOTT} or {@link #RAO_SCOTT_PERMUTATION}
 * @param smallExpectedCells the cells of non-empty rows and columns whose expected count is below 5
 * @param cells              the cells of non-empty rows and columns
 */
public record CategoricalProfile(String variable, List<String> levels, long[][] counts, double[][] weightedCounts,
		double chi2, int df, double pValue, double cramersV, String test, int smallExpectedCells, int cells)
		implements VariableProfile {

	/** The p-value of Pearson's chi-square from the chi-square distribution. */
	public static final String PEARSON = "Pearson chi-square";

	/** Pearson's chi-square with a Monte Carlo p-value, as when many expected counts are small. */
	public static final String MONTE_CARLO = "Pearson chi-square, Monte Carlo p-value (" + Profiler.MONTE_CARLO_TABLES
			+ " random tables with the same margins, seed " + Profiler.MONTE_CARLO_SEED + ")";

	/** Pearson's chi-square of the weighted table divided by the mean design effect. */
	public static final String RAO_SCOTT = "Rao-Scott first-order corrected chi-square";

	/**
	 * The Rao–Scott chi-square of a weighted table with many small expected counts, with the
	 * permutation p-value of its weighted Pearson chi-square.
	 */
	public static final String RAO_SCOTT_PERMUTATION = RAO_SCOTT + ", permutation p-value of the weighted Pearson chi-square ("
			+ Profiler.MONTE_CARLO_TABLES + " random permutations of the segments over the people, each keeping their weight, seed "
			+ Profiler.MONTE_CARLO_SEED + ")";

	/** The number of rows of segment {@code segment} with a value (unweighted). */
	public long segmentTotal(int segment) {
		long total = 0;
		for (long count : counts[segment]) {
			total += count;
		}
		return total;
	}

	/** The number of rows with a value in level {@code level}, over all segments (unweighted). */
	public long levelTotal(int level) {
		long total = 0;
		for (long[] row : counts) {
			total += row[level];
		}
		return total;
	}

	/** The number of rows with a value and a segment (the unweighted n). */
	public long total() {
		long total = 0;
		for (int segment = 0; segment < counts.length; segment++) {
			total += segmentTotal(segment);
		}
		return total;
	}

	/** The count of a cell: the sum of weights when weighted, else the number of rows. */
	public double base(int segment, int level) {
		return weightedCounts == null ? counts[segment][level] : weightedCounts[segment][level];
	}

	/** The weighted (or, unweighted, the plain) total of {@code segment}. */
	public double segmentBase(int segment) {
		if (weightedCounts == null) {
			return segmentTotal(segment);
		}
		double total = 0;
		for (double count : weightedCounts[segment]) {
			total += count;
		}
		return total;
	}

	private double levelBase(int level) {
		if (weightedCounts == null) {
			return levelTotal(level);
		}
		double total = 0;
		for (double[] row : weightedCounts) {
			total += row[level];
		}
		return total;
	}

	private double base() {
		if (weightedCounts == null) {
			return total();
		}
		double total = 0;
		for (int segment = 0; segment < counts.length; segment++) {
			total += segmentBase(segment);
		}
		return total;
	}

	/** The (weighted) share of {@code level} within {@code segment}. */
	public double segmentShare(int segment, int level) {
		double total = segmentBase(segment);
		return total == 0 ? Double.NaN : base(segment, level) / total;
	}

	/** The (weighted) share of {@code level} in the total. */
	public double totalShare(int level) {
		return levelBase(level) / base();
	}

	/** Segment share / total share x 100: 100 is average, 150 half as common again. */
	public double index(int segment, int level) {
		return segmentShare(segment, level) / totalShare(level) * 100;
	}

	/** Whether more than 20 % of the cells have an expected count below 5, where the chi-square approximation is poor. */
	public boolean smallExpectedCounts() {
		return smallExpectedCells > 0.2 * cells;
	}

	@Override
	public double association() {
		return cramersV;
	}

	@Override
	public double distance(int a, int b) {
		double sum = 0;
		for (int level = 0; level < levels.size(); level++) {
			sum += Math.abs(segmentShare(a, level) - segmentShare(b, level));
		}
		return sum / 2;
	}
}

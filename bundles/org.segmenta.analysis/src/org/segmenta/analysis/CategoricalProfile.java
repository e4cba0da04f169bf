/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis;

import java.util.List;

/**
 * A categorical variable by segment, with the chi-square test of independence.
 *
 * @param levels   the levels
 * @param counts   counts[segment][level] of the rows with a value
 * @param chi2     Pearson's chi-square statistic
 * @param df       its degrees of freedom, (segments - 1) x (levels - 1) over non-empty rows and columns
 * @param pValue   the upper tail probability of chi2
 * @param cramersV sqrt(chi2 / (n x (min(rows, columns) - 1)))
 */
public record CategoricalProfile(String variable, List<String> levels, long[][] counts, double chi2, int df,
		double pValue, double cramersV) implements VariableProfile {

	/** The number of rows of segment {@code segment} with a value. */
	public long segmentTotal(int segment) {
		long total = 0;
		for (long count : counts[segment]) {
			total += count;
		}
		return total;
	}

	/** The number of rows with a value in level {@code level}, over all segments. */
	public long levelTotal(int level) {
		long total = 0;
		for (long[] row : counts) {
			total += row[level];
		}
		return total;
	}

	public long total() {
		long total = 0;
		for (int segment = 0; segment < counts.length; segment++) {
			total += segmentTotal(segment);
		}
		return total;
	}

	/** The share of {@code level} within {@code segment}. */
	public double segmentShare(int segment, int level) {
		long total = segmentTotal(segment);
		return total == 0 ? Double.NaN : (double) counts[segment][level] / total;
	}

	/** The share of {@code level} in the total. */
	public double totalShare(int level) {
		return (double) levelTotal(level) / total();
	}

	/** Segment share / total share x 100: 100 is average, 150 half as common again. */
	public double index(int segment, int level) {
		return segmentShare(segment, level) / totalShare(level) * 100;
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

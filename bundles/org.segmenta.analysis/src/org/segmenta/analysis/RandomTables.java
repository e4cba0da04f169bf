/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis;

import java.util.SplittableRandom;

import org.apache.commons.math3.special.Gamma;

/**
 * Random contingency tables with given margins, drawn as R's {@code r2dtable}: the distribution of
 * the table when the column labels of the people are permuted over them at random.
 */
final class RandomTables {

	private RandomTables() {
	}

	/**
	 * Draws into {@code table} a random table with the row totals {@code rowTotals} and the column
	 * totals {@code columnTotals} (both summing to {@code n}): each row's cells by a chain of
	 * hypergeometric draws, the last row and column what is left.
	 */
	static void draw(long[] rowTotals, long[] columnTotals, long n, SplittableRandom random, double[][] table) {
		int k = rowTotals.length;
		int l = columnTotals.length;
		long[] remaining = columnTotals.clone();
		long pool = n;
		for (int s = 0; s < k; s++) {
			long rowLeft = rowTotals[s];
			long columnPool = pool;
			for (int c = 0; c < l; c++) {
				long drawn = c == l - 1 || s == k - 1 ? Math.min(rowLeft, remaining[c])
						: hypergeometric(columnPool, remaining[c], rowLeft, random);
				table[s][c] = drawn;
				columnPool -= remaining[c];
				remaining[c] -= drawn;
				rowLeft -= drawn;
			}
			pool -= rowTotals[s];
		}
	}

	/**
	 * A draw of the successes among {@code draws} taken without replacement from {@code population}
	 * holding {@code successes}: inversion searching outwards from the mode, so the work grows with
	 * the standard deviation, not the range.
	 */
	static long hypergeometric(long population, long successes, long draws, SplittableRandom random) {
		long low = Math.max(0, draws - (population - successes));
		long high = Math.min(draws, successes);
		if (low == high) {
			return low;
		}
		long mode = Math.min(high, Math.max(low, (long) Math.floor((draws + 1.0) * (successes + 1.0) / (population + 2.0))));
		double atMode = Math.exp(logChoose(successes, mode) + logChoose(population - successes, draws - mode)
				- logChoose(population, draws));
		double u = random.nextDouble() - atMode;
		if (u <= 0) {
			return mode;
		}
		long up = mode;
		long down = mode;
		double pUp = atMode;
		double pDown = atMode;
		double failures = population - successes;
		while (up < high || down > low) {
			if (up < high) {
				pUp *= (double) (successes - up) * (draws - up) / ((up + 1.0) * (failures - draws + up + 1.0));
				up++;
				u -= pUp;
				if (u <= 0) {
					return up;
				}
			}
			if (down > low) {
				pDown *= down * (failures - draws + down) / ((successes - down + 1.0) * (draws - down + 1.0));
				down--;
				u -= pDown;
				if (u <= 0) {
					return down;
				}
			}
		}
		return mode; // what rounding left of the probability
	}

	private static double logChoose(long n, long k) {
		return Gamma.logGamma(n + 1.0) - Gamma.logGamma(k + 1.0) - Gamma.logGamma(n - k + 1.0);
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The permutation p-value of a weighted segments x levels table: the segments are permuted over the
 * people at random, each person keeping their level and weight, and the p-value is (1 + the number
 * of permutations whose weighted Pearson chi-square, of the weighted table scaled to n, is at least
 * the observed one) / ({@value Profiler#MONTE_CARLO_TABLES} + 1), seed {@value Profiler#MONTE_CARLO_SEED}.
 * Under independence every permutation is as likely as the data, so the p-value needs neither large
 * expected counts nor a design effect. With all weights equal it is the Monte Carlo p-value of the
 * unweighted table, drawn from the same random tables.
 * <p>
 * A permutation's weighted table is drawn one of two ways, whichever costs less: where the weights
 * take few values within each level, as the table of segments by (level, weight) groups with the
 * groups' sizes as margins ({@link RandomTables}, the distribution a permutation gives that table);
 * otherwise by drawing the people of every segment but the largest without replacement (a partial
 * Fisher-Yates shuffle), the largest segment's cells being the levels' totals less the others.
 */
final class PermutationPValue {

	/** About how many person draws one hypergeometric draw of a grouped table costs. */
	private static final int HYPERGEOMETRIC_COST = 32;

	private final int[] segments;
	private final int[] codes;
	private final double[] weights;
	private final int k;
	private final int l;
	private final long[] segmentSizes;
	private final double[] levelTotals;
	private final double total;

	/**
	 * @param segments the segment (0..k-1) of each person with a value and a segment
	 * @param codes    their levels (0..l-1)
	 * @param weights  their weights
	 */
	PermutationPValue(int[] segments, int[] codes, double[] weights, int k, int l) {
		this.segments = segments;
		this.codes = codes;
		this.weights = weights;
		this.k = k;
		this.l = l;
		this.segmentSizes = new long[k];
		this.levelTotals = new double[l];
		double sum = 0;
		for (int person = 0; person < segments.length; person++) {
			segmentSizes[segments[person]]++;
			levelTotals[codes[person]] += weights[person];
			sum += weights[person];
		}
		this.total = sum;
	}

	/** The p-value of the people's weighted table. */
	double pValue() {
		int n = segments.length;
		double[][] cells = new double[k][l];
		for (int person = 0; person < n; person++) {
			cells[segments[person]][codes[person]] += weights[person];
		}
		// as R: a statistic equal to the observed one but for rounding reaches it
		double observed = statistic(cells) * (1 - 64 * Math.ulp(1.0));
		SplittableRandom random = new SplittableRandom(Profiler.MONTE_CARLO_SEED);
		Groups groups = groups();
		long largest = Arrays.stream(segmentSizes).max().orElse(0);
		boolean grouped = groups.count() == groups.levelsPresent()
				|| (long) (k - 1) * groups.count() * HYPERGEOMETRIC_COST < n - largest;
		Draw draw = grouped ? groupedDraw(groups) : personDraw();
		int reached = 0;
		for (int b = 0; b < Profiler.MONTE_CARLO_TABLES; b++) {
			draw.into(cells, random);
			if (statistic(cells) >= observed) {
				reached++;
			}
		}
		return (1.0 + reached) / (Profiler.MONTE_CARLO_TABLES + 1.0);
	}

	/** Pearson's chi-square of the weighted table {@code cells} scaled to the people, as the observed one. */
	private double statistic(double[][] cells) {
		long n = segments.length;
		double[][] table = new double[k][l];
		double[] rowTotals = new double[k];
		double[] columnTotals = new double[l];
		for (int s = 0; s < k; s++) {
			for (int c = 0; c < l; c++) {
				table[s][c] = cells[s][c] * n / total;
				rowTotals[s] += table[s][c];
				columnTotals[c] += table[s][c];
			}
		}
		return Profiler.pearson(table, rowTotals, columnTotals, n);
	}

	/** One permutation's weighted table. */
	private interface Draw {
		void into(double[][] cells, SplittableRandom random);
	}

	/** The people grouped by level and weight, in level order and, within a level, weight order. */
	private record Groups(int[] levels, double[] weights, long[] sizes, int levelsPresent) {
		int count() {
			return sizes.length;
		}
	}

	private Groups groups() {
		int[] perLevel = new int[l];
		for (int code : codes) {
			perLevel[code]++;
		}
		double[][] byLevel = new double[l][];
		for (int c = 0; c < l; c++) {
			byLevel[c] = new double[perLevel[c]];
		}
		int[] filled = new int[l];
		for (int person = 0; person < codes.length; person++) {
			byLevel[codes[person]][filled[codes[person]]++] = weights[person];
		}
		int[] levels = new int[codes.length];
		double[] values = new double[codes.length];
		long[] sizes = new long[codes.length];
		int count = 0;
		int present = 0;
		for (int c = 0; c < l; c++) {
			Arrays.sort(byLevel[c]);
			present += byLevel[c].length > 0 ? 1 : 0;
			for (int i = 0; i < byLevel[c].length; i++) {
				if (i == 0 || byLevel[c][i] != byLevel[c][i - 1]) {
					levels[count] = c;
					values[count] = byLevel[c][i];
					count++;
				}
				sizes[count - 1]++;
			}
		}
		return new Groups(Arrays.copyOf(levels, count), Arrays.copyOf(values, count), Arrays.copyOf(sizes, count),
				present);
	}

	private Draw groupedDraw(Groups groups) {
		double[][] counts = new double[k][groups.count()];
		return (cells, random) -> {
			RandomTables.draw(segmentSizes, groups.sizes(), segments.length, random, counts);
			for (int s = 0; s < k; s++) {
				Arrays.fill(cells[s], 0);
				for (int g = 0; g < groups.count(); g++) {
					cells[s][groups.levels()[g]] += counts[s][g] * groups.weights()[g];
				}
			}
		};
	}

	private Draw personDraw() {
		int n = segments.length;
		int[] levelOf = codes.clone();
		double[] weightOf = weights.clone();
		int largest = 0;
		for (int s = 1; s < k; s++) {
			if (segmentSizes[s] > segmentSizes[largest]) {
				largest = s;
			}
		}
		int remainder = largest;
		return (cells, random) -> {
			int position = 0;
			for (int s = 0; s < k; s++) {
				Arrays.fill(cells[s], 0);
				if (s == remainder) {
					continue;
				}
				for (long drawn = 0; drawn < segmentSizes[s]; drawn++, position++) {
					int chosen = position + random.nextInt(n - position);
					int level = levelOf[chosen];
					double weight = weightOf[chosen];
					levelOf[chosen] = levelOf[position];
					weightOf[chosen] = weightOf[position];
					levelOf[position] = level;
					weightOf[position] = weight;
					cells[s][level] += weight;
				}
			}
			for (int c = 0; c < l; c++) {
				double others = 0;
				for (int s = 0; s < k; s++) {
					others += cells[s][c];
				}
				cells[remainder][c] = Math.max(0, levelTotals[c] - others);
			}
		};
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis;

import java.util.Arrays;

/**
 * The distinct answer patterns of latent class analysis, coded for fast EM. Consecutive items are
 * grouped into blocks whose joint answers (a missing answer counts as one more level) number at
 * most {@link #TABLE_SIZE} (and a quarter of the patterns: the M-step goes through every table
 * entry), so that a pattern is a few block codes instead of one answer per item.
 * For each block a table holds, per joint answer and class, the summed log-probabilities of its
 * items: the E-step adds a few table entries per class instead of one logarithm per item, and the
 * M-step gathers posterior weight per block code and turns it into item counts once per iteration.
 */
final class AnswerBlocks {

	/** Joint answers per block at most: the tables of 20 binary items then fit the processor's cache. */
	static final int TABLE_SIZE = 4096;

	private final int classes;
	private final int[] levels;
	private final int[] radix;
	private final int[] blockStart;
	private final int[] codes;
	private final double[] weights;
	private final int patterns;
	private final int blocks;

	AnswerBlocks(LatentClassModel.Patterns source, int[] levels, int classes) {
		this.classes = classes;
		this.levels = levels.clone();
		this.patterns = source.count();
		int items = levels.length;
		radix = new int[items];
		for (int j = 0; j < items; j++) {
			radix[j] = levels[j];
			for (int[] answers : source.answers) {
				if (answers[j] == CategoricalItems.MISSING) {
					radix[j]++; // the code levels[j] stands for "missing"
					break;
				}
			}
		}
		int[] starts = new int[items + 1];
		int count = 0;
		int limit = Math.clamp(patterns / 4, 2, TABLE_SIZE);
		long size = limit + 1L;
		for (int j = 0; j < items; j++) {
			if (size * radix[j] > limit) {
				starts[count++] = j;
				size = 1;
			}
			size *= radix[j];
		}
		starts[count] = items;
		blockStart = Arrays.copyOf(starts, count + 1);
		blocks = count;
		codes = new int[patterns * blocks];
		weights = new double[patterns];
		for (int p = 0; p < patterns; p++) {
			weights[p] = source.weights[p];
			int[] answers = source.answers[p];
			for (int b = 0; b < blocks; b++) {
				int code = 0;
				for (int j = blockStart[b + 1] - 1; j >= blockStart[b]; j--) {
					int digit = answers[j] == CategoricalItems.MISSING ? levels[j] : answers[j];
					code = code * radix[j] + digit;
				}
				codes[p * blocks + b] = code;
			}
		}
	}

	/** New tables or sums of posterior weight: per block, per joint answer and class. */
	double[][] newTables() {
		double[][] tables = new double[blocks][];
		for (int b = 0; b < blocks; b++) {
			tables[b] = new double[tableSize(b) * classes];
		}
		return tables;
	}

	private int tableSize(int block) {
		int size = 1;
		for (int j = blockStart[block]; j < blockStart[block + 1]; j++) {
			size *= radix[j];
		}
		return size;
	}

	/** Fills the tables with the summed log-probabilities of each block's joint answers per class. */
	void fillTables(double[][][] probabilities, double[][] tables) {
		for (int b = 0; b < blocks; b++) {
			double[] table = tables[b];
			for (int c = 0; c < classes; c++) {
				// built from the block's last item forward: code = digit + radix * (code of the rest)
				double[] sums = { 0 };
				for (int j = blockStart[b + 1] - 1; j >= blockStart[b]; j--) {
					double[] wider = new double[sums.length * radix[j]];
					for (int digit = 0; digit < radix[j]; digit++) {
						double log = digit < levels[j] ? Math.log(probabilities[c][j][digit]) : 0;
						for (int rest = 0; rest < sums.length; rest++) {
							wider[digit + radix[j] * rest] = log + sums[rest];
						}
					}
					sums = wider;
				}
				for (int code = 0; code < sums.length; code++) {
					table[code * classes + c] = sums[code];
				}
			}
		}
	}

	/**
	 * The E-step: the posterior class probabilities of every pattern, gathered as weight per block
	 * code and class into {@code sums} and per class into {@code classWeights}.
	 *
	 * @return the log-likelihood
	 */
	double expectation(double[][] tables, double[] logShares, double[][] sums, double[] classWeights) {
		for (double[] sum : sums) {
			Arrays.fill(sum, 0);
		}
		Arrays.fill(classWeights, 0);
		double[] log = new double[classes];
		double logLikelihood = 0;
		for (int p = 0; p < patterns; p++) {
			double max = logJoint(p, tables, logShares, log);
			double total = 0;
			for (int c = 0; c < classes; c++) {
				log[c] = log[c] == max ? 1 : Math.exp(log[c] - max); // exp(0) is slow too
				total += log[c];
			}
			logLikelihood += weights[p] * (max + Math.log(total));
			double scale = weights[p] / total;
			for (int c = 0; c < classes; c++) {
				log[c] *= scale;
				classWeights[c] += log[c];
			}
			for (int b = 0; b < blocks; b++) {
				double[] sum = sums[b];
				int offset = codes[p * blocks + b] * classes;
				for (int c = 0; c < classes; c++) {
					sum[offset + c] += log[c];
				}
			}
		}
		return logLikelihood;
	}

	/** Adds the posterior weights {@code posterior} of one respondent with pattern {@code p}. */
	void add(int p, double[] posterior, double[][] sums, double[] classWeights) {
		for (int c = 0; c < classes; c++) {
			classWeights[c] += posterior[c];
		}
		for (int b = 0; b < blocks; b++) {
			int offset = codes[p * blocks + b] * classes;
			for (int c = 0; c < classes; c++) {
				sums[b][offset + c] += posterior[c];
			}
		}
	}

	/** The log of share times likelihood of pattern {@code p} in each class, into {@code log}; returns their maximum. */
	double logJoint(int p, double[][] tables, double[] logShares, double[] log) {
		System.arraycopy(logShares, 0, log, 0, classes);
		for (int b = 0; b < blocks; b++) {
			double[] table = tables[b];
			int offset = codes[p * blocks + b] * classes;
			for (int c = 0; c < classes; c++) {
				log[c] += table[offset + c];
			}
		}
		double max = Double.NEGATIVE_INFINITY;
		for (int c = 0; c < classes; c++) {
			max = Math.max(max, log[c]);
		}
		return max;
	}

	/**
	 * The M-step: class shares and response probabilities from the weights the E-step gathered. An
	 * item nobody in a class answered keeps its probabilities.
	 */
	void maximisation(double[][] sums, double[] classWeights, double total, double[] shares,
			double[][][] probabilities) {
		int items = levels.length;
		double[][][] counts = new double[classes][items][];
		double[][] answered = new double[classes][items];
		for (int c = 0; c < classes; c++) {
			shares[c] = classWeights[c] / total;
			for (int j = 0; j < items; j++) {
				counts[c][j] = new double[levels[j]];
			}
		}
		for (int b = 0; b < blocks; b++) {
			double[] sum = sums[b];
			int size = sum.length / classes;
			for (int code = 0; code < size; code++) {
				int rest = code;
				for (int j = blockStart[b]; j < blockStart[b + 1]; j++) {
					int digit = rest % radix[j];
					rest /= radix[j];
					if (digit == levels[j]) {
						continue; // missing
					}
					for (int c = 0; c < classes; c++) {
						double weight = sum[code * classes + c];
						counts[c][j][digit] += weight;
						answered[c][j] += weight;
					}
				}
			}
		}
		for (int c = 0; c < classes; c++) {
			for (int j = 0; j < items; j++) {
				if (answered[c][j] > 0) {
					for (int l = 0; l < levels[j]; l++) {
						probabilities[c][j][l] = counts[c][j][l] / answered[c][j];
					}
				}
			}
		}
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Latent class analysis of categorical items: a mixture of classes within which the items are
 * independent, fitted by EM from several random starts (the highest log-likelihood is kept), as
 * poLCA does. Starting values follow poLCA: uniform random response probabilities, normalised, and
 * equal class shares. A missing answer drops out of that respondent's likelihood (full information);
 * respondents without any answer are left out. Identical answer patterns are fitted once, weighted,
 * and through tables of joint answers of item blocks ({@link AnswerBlocks}).
 */
public final class LatentClassModel {

	/**
	 * A fitted model.
	 *
	 * @param shares        the class shares, largest first
	 * @param probabilities probabilities[class][item][level]
	 * @param labels        the modal class of each row, {@link ClusterResult#UNASSIGNED} without answers
	 * @param parameters    the free parameters: (C - 1) + C x sum(levels - 1)
	 * @param n             the respondents used, unweighted: BIC's log n counts people, not weights
	 * @param gSquared      the likelihood-ratio statistic against the observed complete patterns
	 */
	public record Result(double[] shares, double[][][] probabilities, int[] labels, double logLikelihood,
			int iterations, int parameters, long n, double gSquared) {

		public double aic() {
			return -2 * logLikelihood + 2 * parameters;
		}

		public double bic() {
			return -2 * logLikelihood + parameters * Math.log(n);
		}
	}

	private final int classes;
	private final int starts;
	private final int maxIterations;
	private final double tolerance;
	private final long seed;
	private final int threads;

	/** @param tolerance EM stops when the log-likelihood grows by less (poLCA: 1e-10) */
	public LatentClassModel(int classes, int starts, int maxIterations, double tolerance, long seed, int threads) {
		if (classes < 1 || starts < 1 || maxIterations < 1 || threads < 1) {
			throw new IllegalArgumentException("classes, starts, iterations and threads must be positive");
		}
		this.classes = classes;
		this.starts = starts;
		this.maxIterations = maxIterations;
		this.tolerance = tolerance;
		this.seed = seed;
		this.threads = threads;
	}

	public Result fit(CategoricalItems items, IProgressMonitor monitor) {
		return fit(items, (double[]) null, monitor);
	}

	/**
	 * Fits from random starts, each row counting with its case weight ({@code null}: once): the
	 * log-likelihood is Σ over answer patterns of (the sum of the weights of its rows) x log P(pattern),
	 * and the M-step uses those weighted pattern counts. BIC keeps the unweighted n.
	 */
	public Result fit(CategoricalItems items, double[] caseWeights, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, "Latent classes, C = " + classes, 1);
		Patterns patterns = Patterns.of(items, caseWeights);
		if (patterns.total == 0) {
			throw new IllegalArgumentException("no row has an answer");
		}
		AnswerBlocks blocks = new AnswerBlocks(patterns, levelCounts(items), classes);
		Estimate best = Restarts.best(starts, threads, seed,
				random -> iterate(blocks, patterns, equalShares(), randomProbabilities(items, random), 0, progress),
				Comparator.comparingDouble((Estimate estimate) -> -estimate.logLikelihood), progress.split(1));
		return best.toResult(items, patterns, blocks, classes);
	}

	/**
	 * One EM run that starts from given posterior class probabilities of the rows, so its first step
	 * is an M-step: the start R flexmix makes from {@code cluster = posteriors} (a matrix), so that
	 * results can be compared exactly. No random starts; rows without answers are left out.
	 *
	 * @param posteriors per row the probabilities of the classes (each row sums to 1)
	 */
	public Result fit(CategoricalItems items, double[][] posteriors, IProgressMonitor monitor) {
		if (posteriors.length != items.rows()) {
			throw new IllegalArgumentException(posteriors.length + " rows of posteriors for " + items.rows() + " rows");
		}
		SubMonitor progress = SubMonitor.convert(monitor, "Latent classes, C = " + classes, 1);
		Patterns patterns = Patterns.of(items, null);
		if (patterns.total == 0) {
			throw new IllegalArgumentException("no row has an answer");
		}
		AnswerBlocks blocks = new AnswerBlocks(patterns, levelCounts(items), classes);
		double[][] sums = blocks.newTables();
		double[] classWeights = new double[classes];
		for (int row = 0; row < items.rows(); row++) {
			if (posteriors[row].length != classes) {
				throw new IllegalArgumentException("row " + row + " has " + posteriors[row].length
						+ " posterior probabilities for " + classes + " classes");
			}
			if (patterns.patternOfRow[row] >= 0) {
				blocks.add(patterns.patternOfRow[row], posteriors[row], sums, classWeights);
			}
		}
		double[] shares = new double[classes];
		double[][][] probabilities = new double[classes][items.items()][];
		for (int c = 0; c < classes; c++) {
			for (int j = 0; j < items.items(); j++) {
				// uniform, kept only for an item nobody in the class answered
				probabilities[c][j] = new double[items.levelCount(j)];
				Arrays.fill(probabilities[c][j], 1.0 / items.levelCount(j));
			}
		}
		blocks.maximisation(sums, classWeights, patterns.total, shares, probabilities);
		return iterate(blocks, patterns, shares, probabilities, 1, progress.split(1)).toResult(items, patterns, blocks,
				classes);
	}

	private static int[] levelCounts(CategoricalItems items) {
		int[] levels = new int[items.items()];
		for (int j = 0; j < levels.length; j++) {
			levels[j] = items.levelCount(j);
		}
		return levels;
	}

	private double[] equalShares() {
		double[] shares = new double[classes];
		Arrays.fill(shares, 1.0 / classes);
		return shares;
	}

	/** poLCA's start: uniform random response probabilities, normalised per item. */
	private double[][][] randomProbabilities(CategoricalItems items, SplittableRandom random) {
		int p = items.items();
		double[][][] probabilities = new double[classes][p][];
		for (int c = 0; c < classes; c++) {
			for (int j = 0; j < p; j++) {
				double[] levels = new double[items.levelCount(j)];
				double sum = 0;
				for (int l = 0; l < levels.length; l++) {
					levels[l] = random.nextDouble();
					sum += levels[l];
				}
				for (int l = 0; l < levels.length; l++) {
					levels[l] /= sum;
				}
				probabilities[c][j] = levels;
			}
		}
		return probabilities;
	}

	/**
	 * EM from the given parameters until the log-likelihood grows by less than the tolerance; each
	 * iteration is an M-step and an E-step.
	 *
	 * @param iterations the iterations already made (an M-step from posteriors counts as one)
	 */
	private Estimate iterate(AnswerBlocks blocks, Patterns patterns, double[] shares, double[][][] probabilities,
			int iterations, IProgressMonitor monitor) {
		double[][] tables = blocks.newTables();
		double[][] sums = blocks.newTables();
		double[] classWeights = new double[classes];
		double[] logShares = new double[classes];
		double previous = Double.NEGATIVE_INFINITY;
		double logLikelihood = expectation(blocks, shares, probabilities, tables, logShares, sums, classWeights);
		int iteration = iterations;
		while (iteration < maxIterations && logLikelihood - previous >= tolerance) {
			Restarts.checkCancelled(monitor);
			iteration++;
			blocks.maximisation(sums, classWeights, patterns.total, shares, probabilities);
			previous = logLikelihood;
			logLikelihood = expectation(blocks, shares, probabilities, tables, logShares, sums, classWeights);
		}
		return new Estimate(shares, probabilities, logLikelihood, iteration);
	}

	private static double expectation(AnswerBlocks blocks, double[] shares, double[][][] probabilities,
			double[][] tables, double[] logShares, double[][] sums, double[] classWeights) {
		for (int c = 0; c < shares.length; c++) {
			logShares[c] = Math.log(shares[c]);
		}
		blocks.fillTables(probabilities, tables);
		return blocks.expectation(tables, logShares, sums, classWeights);
	}

	private record Estimate(double[] shares, double[][][] probabilities, double logLikelihood, int iterations) {

		Result toResult(CategoricalItems items, Patterns patterns, AnswerBlocks blocks, int classes) {
			// largest class first, so numbering does not depend on the start
			Integer[] order = new Integer[classes];
			for (int c = 0; c < classes; c++) {
				order[c] = c;
			}
			Arrays.sort(order, Comparator.comparingDouble((Integer c) -> -shares[c]));
			int[] rank = new int[classes];
			double[] sortedShares = new double[classes];
			double[][][] sortedProbabilities = new double[classes][][];
			for (int r = 0; r < classes; r++) {
				rank[order[r]] = r;
				sortedShares[r] = shares[order[r]];
				sortedProbabilities[r] = probabilities[order[r]];
			}
			// the modal class of each pattern: the largest share times likelihood
			double[][] tables = blocks.newTables();
			blocks.fillTables(probabilities, tables);
			double[] logShares = Arrays.stream(shares).map(Math::log).toArray();
			double[] log = new double[classes];
			int[] modal = new int[patterns.count()];
			for (int pattern = 0; pattern < modal.length; pattern++) {
				blocks.logJoint(pattern, tables, logShares, log);
				modal[pattern] = rank[argMax(log)];
			}
			int[] labels = new int[items.rows()];
			for (int row = 0; row < labels.length; row++) {
				int pattern = patterns.patternOfRow[row];
				labels[row] = pattern < 0 ? ClusterResult.UNASSIGNED : modal[pattern];
			}
			int parameters = classes - 1;
			for (int j = 0; j < items.items(); j++) {
				parameters += classes * (items.levelCount(j) - 1);
			}
			return new Result(sortedShares, sortedProbabilities, labels, logLikelihood, iterations, parameters,
					patterns.rows, gSquared(patterns, shares, probabilities));
		}
	}

	private static int argMax(double[] values) {
		int best = 0;
		for (int i = 1; i < values.length; i++) {
			if (values[i] > values[best]) {
				best = i;
			}
		}
		return best;
	}

	/** G² = 2 sum obs ln(obs / exp) over the observed complete patterns, exp = N(complete) x P(pattern). */
	static double gSquared(Patterns patterns, double[] shares, double[][][] probabilities) {
		double complete = 0;
		for (int pattern = 0; pattern < patterns.count(); pattern++) {
			if (patterns.isComplete(pattern)) {
				complete += patterns.weights[pattern];
			}
		}
		double g = 0;
		for (int pattern = 0; pattern < patterns.count(); pattern++) {
			if (!patterns.isComplete(pattern)) {
				continue;
			}
			double probability = 0;
			for (int c = 0; c < shares.length; c++) {
				double product = shares[c];
				for (int j = 0; j < patterns.answers[pattern].length; j++) {
					product *= probabilities[c][j][patterns.answers[pattern][j]];
				}
				probability += product;
			}
			double observed = patterns.weights[pattern];
			if (observed == 0) {
				continue; // only zero weights: 0 log 0 = 0
			}
			g += observed * Math.log(observed / (complete * probability));
		}
		return 2 * g;
	}

	/** The distinct answer patterns with their (weighted) frequencies. */
	static final class Patterns {

		final int[][] answers;
		final double[] weights;
		final int[] patternOfRow;
		final double total;
		final long rows;

		private Patterns(int[][] answers, double[] weights, int[] patternOfRow, double total, long rows) {
			this.answers = answers;
			this.weights = weights;
			this.patternOfRow = patternOfRow;
			this.total = total;
			this.rows = rows;
		}

		/** @param caseWeights the weight of each row, or {@code null} for one each */
		static Patterns of(CategoricalItems items, double[] caseWeights) {
			Map<PatternKey, Integer> index = new HashMap<>();
			int[] patternOfRow = new int[items.rows()];
			List<int[]> answers = new ArrayList<>();
			List<double[]> weights = new ArrayList<>();
			double total = 0;
			long rows = 0;
			for (int row = 0; row < items.rows(); row++) {
				if (!items.hasAnswers(row)) {
					patternOfRow[row] = -1;
					continue;
				}
				int[] pattern = new int[items.items()];
				for (int j = 0; j < pattern.length; j++) {
					pattern[j] = items.code(row, j);
				}
				Integer known = index.putIfAbsent(new PatternKey(pattern), answers.size());
				if (known == null) {
					known = answers.size();
					answers.add(pattern);
					weights.add(new double[1]);
				}
				double weight = caseWeights == null ? 1 : caseWeights[row];
				weights.get(known)[0] += weight;
				patternOfRow[row] = known;
				total += weight;
				rows++;
			}
			return new Patterns(answers.toArray(int[][]::new), weights.stream().mapToDouble(w -> w[0]).toArray(),
					patternOfRow, total, rows);
		}

		int count() {
			return answers.length;
		}

		boolean isComplete(int pattern) {
			return Arrays.stream(answers[pattern]).noneMatch(code -> code == CategoricalItems.MISSING);
		}
	}

	private record PatternKey(int[] codes) {

		@Override
		public boolean equals(Object other) {
			return other instanceof PatternKey key && Arrays.equals(codes, key.codes);
		}

		@Override
		public int hashCode() {
			return Arrays.hashCode(codes);
		}
	}
}

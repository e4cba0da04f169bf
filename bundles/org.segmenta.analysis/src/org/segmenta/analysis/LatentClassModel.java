package org.segmenta.analysis;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Latent class analysis of categorical items: a mixture of classes within which the items are
 * independent, fitted by EM from several random starts (the highest log-likelihood is kept), as
 * poLCA does. Starting values follow poLCA: uniform random response probabilities, normalised, and
 * equal class shares. A missing answer drops out of that respondent's likelihood (full information);
 * respondents without any answer are left out. Identical answer patterns are fitted once, weighted.
 */
public final class LatentClassModel {

	/**
	 * A fitted model.
	 *
	 * @param shares        the class shares, largest first
	 * @param probabilities probabilities[class][item][level]
	 * @param labels        the modal class of each row, {@link ClusterResult#UNASSIGNED} without answers
	 * @param parameters    the free parameters: (C - 1) + C x sum(levels - 1)
	 * @param n             the respondents used
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
		SubMonitor progress = SubMonitor.convert(monitor, "Latent classes, C = " + classes, 1);
		Patterns patterns = Patterns.of(items);
		if (patterns.total == 0) {
			throw new IllegalArgumentException("no row has an answer");
		}
		Estimate best = Restarts.best(starts, threads, seed, random -> estimate(items, patterns, random, progress),
				Comparator.comparingDouble((Estimate estimate) -> -estimate.logLikelihood), progress.split(1));
		return best.toResult(items, patterns, classes);
	}

	private Estimate estimate(CategoricalItems items, Patterns patterns, SplittableRandom random,
			IProgressMonitor monitor) {
		int p = items.items();
		double[] shares = new double[classes];
		Arrays.fill(shares, 1.0 / classes);
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
		double[][] posteriors = new double[patterns.count()][classes];
		double previous = Double.NEGATIVE_INFINITY;
		double logLikelihood = expectation(patterns, shares, probabilities, posteriors);
		int iteration = 0;
		while (iteration < maxIterations && logLikelihood - previous >= tolerance) {
			Restarts.checkCancelled(monitor);
			iteration++;
			maximisation(items, patterns, posteriors, shares, probabilities);
			previous = logLikelihood;
			logLikelihood = expectation(patterns, shares, probabilities, posteriors);
		}
		return new Estimate(shares, probabilities, posteriors, logLikelihood, iteration);
	}

	/** Fills the posteriors of each pattern and returns the log-likelihood. */
	static double expectation(Patterns patterns, double[] shares, double[][][] probabilities, double[][] posteriors) {
		int classes = shares.length;
		// logarithms once per iteration, not once per pattern
		double[][][] logProbabilities = new double[classes][][];
		double[] logShares = new double[classes];
		for (int c = 0; c < classes; c++) {
			logShares[c] = Math.log(shares[c]);
			logProbabilities[c] = new double[probabilities[c].length][];
			for (int j = 0; j < probabilities[c].length; j++) {
				logProbabilities[c][j] = new double[probabilities[c][j].length];
				for (int l = 0; l < probabilities[c][j].length; l++) {
					logProbabilities[c][j][l] = Math.log(probabilities[c][j][l]);
				}
			}
		}
		double logLikelihood = 0;
		double[] log = new double[classes];
		for (int pattern = 0; pattern < patterns.count(); pattern++) {
			int[] answers = patterns.answers[pattern];
			double max = Double.NEGATIVE_INFINITY;
			for (int c = 0; c < classes; c++) {
				double value = logShares[c];
				double[][] logItems = logProbabilities[c];
				for (int j = 0; j < answers.length; j++) {
					if (answers[j] != CategoricalItems.MISSING) {
						value += logItems[j][answers[j]];
					}
				}
				log[c] = value;
				max = Math.max(max, value);
			}
			double sum = 0;
			for (int c = 0; c < classes; c++) {
				log[c] = Math.exp(log[c] - max);
				sum += log[c];
			}
			for (int c = 0; c < classes; c++) {
				posteriors[pattern][c] = log[c] / sum;
			}
			logLikelihood += patterns.weights[pattern] * (max + Math.log(sum));
		}
		return logLikelihood;
	}

	private static void maximisation(CategoricalItems items, Patterns patterns, double[][] posteriors, double[] shares,
			double[][][] probabilities) {
		int classes = shares.length;
		for (int c = 0; c < classes; c++) {
			double classWeight = 0;
			double[][] counts = new double[items.items()][];
			double[] answered = new double[items.items()];
			for (int j = 0; j < items.items(); j++) {
				counts[j] = new double[items.levelCount(j)];
			}
			for (int pattern = 0; pattern < patterns.count(); pattern++) {
				double weight = patterns.weights[pattern] * posteriors[pattern][c];
				classWeight += weight;
				int[] answers = patterns.answers[pattern];
				for (int j = 0; j < answers.length; j++) {
					if (answers[j] != CategoricalItems.MISSING) {
						counts[j][answers[j]] += weight;
						answered[j] += weight;
					}
				}
			}
			shares[c] = classWeight / patterns.total;
			for (int j = 0; j < items.items(); j++) {
				for (int l = 0; l < counts[j].length; l++) {
					// an item nobody in the class answered keeps its probabilities
					if (answered[j] > 0) {
						probabilities[c][j][l] = counts[j][l] / answered[j];
					}
				}
			}
		}
	}

	private record Estimate(double[] shares, double[][][] probabilities, double[][] posteriors, double logLikelihood,
			int iterations) {

		Result toResult(CategoricalItems items, Patterns patterns, int classes) {
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
			int[] labels = new int[items.rows()];
			for (int row = 0; row < labels.length; row++) {
				int pattern = patterns.patternOfRow[row];
				labels[row] = pattern < 0 ? ClusterResult.UNASSIGNED : rank[argMax(posteriors[pattern])];
			}
			int parameters = classes - 1;
			for (int j = 0; j < items.items(); j++) {
				parameters += classes * (items.levelCount(j) - 1);
			}
			return new Result(sortedShares, sortedProbabilities, labels, logLikelihood, iterations, parameters,
					patterns.total, gSquared(patterns, shares, probabilities));
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
		long complete = 0;
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
			g += observed * Math.log(observed / (complete * probability));
		}
		return 2 * g;
	}

	/** The distinct answer patterns with their frequencies. */
	static final class Patterns {

		final int[][] answers;
		final long[] weights;
		final int[] patternOfRow;
		final long total;

		private Patterns(int[][] answers, long[] weights, int[] patternOfRow, long total) {
			this.answers = answers;
			this.weights = weights;
			this.patternOfRow = patternOfRow;
			this.total = total;
		}

		static Patterns of(CategoricalItems items) {
			Map<PatternKey, Integer> index = new HashMap<>();
			int[] patternOfRow = new int[items.rows()];
			java.util.List<int[]> answers = new java.util.ArrayList<>();
			java.util.List<long[]> weights = new java.util.ArrayList<>();
			long total = 0;
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
					weights.add(new long[1]);
				}
				weights.get(known)[0]++;
				patternOfRow[row] = known;
				total++;
			}
			return new Patterns(answers.toArray(int[][]::new), weights.stream().mapToLong(w -> w[0]).toArray(),
					patternOfRow, total);
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

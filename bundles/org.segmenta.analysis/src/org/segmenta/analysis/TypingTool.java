/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/**
 * A classifier that assigns new people to segments from the basis variables, so that a CRM or a
 * data warehouse can type everyone, not only the respondents. Both kinds are linear: each segment
 * has a score, a weighted sum of the raw variables plus a constant, and the highest score wins.
 * That is what the JSON rules and the SQL {@code CASE} expression carry.
 * <ul>
 * <li>{@link Kind#NEAREST_CENTROID}: the nearest segment mean in z-scores (the k-means rule);</li>
 * <li>{@link Kind#LDA}: linear discriminant analysis with the pooled within-segment covariance of
 * the z-scores and the segment shares as priors.</li>
 * </ul>
 */
public final class TypingTool {

	public enum Kind {
		NEAREST_CENTROID, LDA
	}

	/**
	 * How often a tool trained without some rows typed those rows right.
	 *
	 * @param method         "leave-one-out" or "hold-out 30%, stratified by segment"
	 * @param confusion      confusion[true segment][typed segment], rows tested
	 * @param weightedShare  the weighted share typed right, or NaN when the data are not weighted
	 */
	public record Accuracy(String method, int correct, int tested, int[][] confusion, double weightedShare) {

		/** The share typed right: weighted when the data are. */
		public double value() {
			if (!Double.isNaN(weightedShare)) {
				return weightedShare;
			}
			return tested == 0 ? Double.NaN : (double) correct / tested;
		}
	}

	private final Kind kind;
	private final double[][] weights;
	private final double[] intercepts;

	private TypingTool(Kind kind, double[][] weights, double[] intercepts) {
		this.kind = kind;
		this.weights = weights;
		this.intercepts = intercepts;
	}

	/** Trains on the points of {@code data} (raw values) labelled {@code labels} (0..k-1). */
	public static TypingTool train(Kind kind, FeatureMatrix data, int[] labels, int k) {
		return train(kind, data, labels, k, null);
	}

	/**
	 * Trains on the points of {@code data} labelled {@code labels}, each point counting with its
	 * weight in {@code pointWeights} (one per point; {@code null}: once): weighted means, standard
	 * deviations, centroids, pooled covariance and priors.
	 */
	public static TypingTool train(Kind kind, FeatureMatrix data, int[] labels, int k, double[] pointWeights) {
		int n = data.rows();
		int d = data.dimensions();
		double[] mean = pointWeights == null ? data.means() : weightedMeans(data, pointWeights);
		double[] sd = scales(data, pointWeights, mean);
		double[][] centroids = new double[k][d];
		double[] counts = new double[k];
		for (int i = 0; i < n; i++) {
			double weight = pointWeights == null ? 1 : pointWeights[i];
			counts[labels[i]] += weight;
			for (int j = 0; j < d; j++) {
				centroids[labels[i]][j] += weight * ((data.get(i, j) - mean[j]) / sd[j]);
			}
		}
		for (int c = 0; c < k; c++) {
			for (int j = 0; j < d; j++) {
				centroids[c][j] /= pointWeights == null ? Math.max(1, counts[c]) : counts[c] == 0 ? 1 : counts[c];
			}
		}
		double total = 0;
		for (double count : counts) {
			total += count;
		}
		// scores in z-space: w_c . z + b_c
		double[][] zWeights = new double[k][d];
		double[] zIntercepts = new double[k];
		if (kind == Kind.NEAREST_CENTROID) {
			// -|z - mu|^2 ranks like 2 mu . z - |mu|^2
			for (int c = 0; c < k; c++) {
				for (int j = 0; j < d; j++) {
					zWeights[c][j] = 2 * centroids[c][j];
					zIntercepts[c] -= centroids[c][j] * centroids[c][j];
				}
			}
		} else {
			RealMatrix inverse = pooledCovarianceInverse(data, labels, k, mean, sd, centroids, pointWeights, total);
			for (int c = 0; c < k; c++) {
				double[] w = inverse.operate(centroids[c]);
				zWeights[c] = w;
				double quadratic = 0;
				for (int j = 0; j < d; j++) {
					quadratic += w[j] * centroids[c][j];
				}
				double prior = pointWeights == null ? Math.max(counts[c], 1) / (double) n
						: Math.max(counts[c], Double.MIN_NORMAL) / total;
				zIntercepts[c] = -quadratic / 2 + Math.log(prior);
			}
		}
		// back to raw values: z_j = (x_j - m_j) / s_j
		double[][] weights = new double[k][d];
		double[] intercepts = new double[k];
		for (int c = 0; c < k; c++) {
			intercepts[c] = zIntercepts[c];
			for (int j = 0; j < d; j++) {
				weights[c][j] = zWeights[c][j] / sd[j];
				intercepts[c] -= zWeights[c][j] * mean[j] / sd[j];
			}
		}
		return new TypingTool(kind, weights, intercepts);
	}

	/** The inverse (a pseudo-inverse when singular) of the pooled within-segment covariance. */
	private static RealMatrix pooledCovarianceInverse(FeatureMatrix data, int[] labels, int k, double[] mean,
			double[] sd, double[][] centroids, double[] pointWeights, double total) {
		int d = data.dimensions();
		double[][] covariance = new double[d][d];
		for (int i = 0; i < data.rows(); i++) {
			double weight = pointWeights == null ? 1 : pointWeights[i];
			double[] deviation = new double[d];
			for (int j = 0; j < d; j++) {
				deviation[j] = (data.get(i, j) - mean[j]) / sd[j] - centroids[labels[i]][j];
			}
			for (int a = 0; a < d; a++) {
				for (int b = 0; b < d; b++) {
					covariance[a][b] += weight * deviation[a] * deviation[b];
				}
			}
		}
		// weighted: the weights scaled to sum to the rows
		double degrees = Math.max(1, data.rows() - k) * (pointWeights == null ? 1 : total / data.rows());
		for (double[] row : covariance) {
			for (int b = 0; b < d; b++) {
				row[b] /= degrees;
			}
		}
		return new SingularValueDecomposition(new Array2DRowRealMatrix(covariance, false)).getSolver().getInverse();
	}

	public Kind kind() {
		return kind;
	}

	/** The segment (0..k-1) of a person with the raw values {@code x}. */
	public int classify(double[] x) {
		int best = 0;
		double bestScore = Double.NEGATIVE_INFINITY;
		for (int c = 0; c < weights.length; c++) {
			double score = intercepts[c];
			for (int j = 0; j < x.length; j++) {
				score += weights[c][j] * x[j];
			}
			if (score > bestScore) {
				bestScore = score;
				best = c;
			}
		}
		return best;
	}

	/** {@link #holdOut(Kind, FeatureMatrix, int[], int, long, double[])} unweighted. */
	public static Accuracy holdOut(Kind kind, FeatureMatrix data, int[] labels, int k, long seed) {
		return holdOut(kind, data, labels, k, seed, null);
	}

	/**
	 * Trains on a seeded 70% of the points and types the other 30%, stratified: 30% of every segment
	 * (rounded) is held out, so a small segment is tested too. With {@code pointWeights} (one per point,
	 * or {@code null}) training is weighted and so is the share typed right.
	 */
	public static Accuracy holdOut(Kind kind, FeatureMatrix data, int[] labels, int k, long seed, double[] pointWeights) {
		int n = data.rows();
		int[] order = RandomIndices.distinct(n, n, seed);
		int[] sizes = new int[k];
		for (int label : labels) {
			sizes[label]++;
		}
		int[] quota = new int[k];
		for (int c = 0; c < k; c++) {
			quota[c] = (int) Math.round(sizes[c] * 0.3);
		}
		boolean[] heldOut = new boolean[n];
		for (int i : order) {
			if (quota[labels[i]] > 0) {
				quota[labels[i]]--;
				heldOut[i] = true;
			}
		}
		int[] training = IntStream.range(0, n).filter(i -> !heldOut[i]).toArray();
		FeatureMatrix trainingData = subset(data, training);
		int[] trainingLabels = Arrays.stream(training).map(i -> labels[i]).toArray();
		double[] trainingWeights = pointWeights == null ? null : Arrays.stream(training).mapToDouble(i -> pointWeights[i]).toArray();
		TypingTool tool = train(kind, trainingData, trainingLabels, k, trainingWeights);
		int[][] confusion = new int[k][k];
		int correct = 0;
		int tested = 0;
		double weightedCorrect = 0;
		double weightedTested = 0;
		for (int i = 0; i < n; i++) {
			if (heldOut[i]) {
				int typed = tool.classify(data.point(i));
				confusion[labels[i]][typed]++;
				tested++;
				double weight = pointWeights == null ? 1 : pointWeights[i];
				weightedTested += weight;
				if (typed == labels[i]) {
					correct++;
					weightedCorrect += weight;
				}
			}
		}
		double weightedShare = pointWeights == null || weightedTested == 0 ? Double.NaN : weightedCorrect / weightedTested;
		return new Accuracy("hold-out 30%, stratified by segment", correct, tested, confusion, weightedShare);
	}

	/**
	 * Leave-one-out accuracy of the nearest-centroid rule, exact and fast: leaving a point out moves
	 * only its own segment's centroid (the z-scores are kept from all points, a negligible shortcut).
	 */
	public static Accuracy leaveOneOutNearestCentroid(FeatureMatrix data, int[] labels, int k) {
		int n = data.rows();
		int d = data.dimensions();
		double[][] sums = new double[k][d];
		int[] counts = new int[k];
		double[] mean = data.means();
		double[] sd = scales(data);
		for (int i = 0; i < n; i++) {
			counts[labels[i]]++;
			for (int j = 0; j < d; j++) {
				sums[labels[i]][j] += (data.get(i, j) - mean[j]) / sd[j];
			}
		}
		int correct = 0;
		int[][] confusion = new int[k][k];
		for (int i = 0; i < n; i++) {
			int best = -1;
			double bestDistance = Double.POSITIVE_INFINITY;
			for (int c = 0; c < k; c++) {
				int count = counts[c] - (c == labels[i] ? 1 : 0);
				if (count == 0) {
					continue;
				}
				double distance = 0;
				for (int j = 0; j < d; j++) {
					double z = (data.get(i, j) - mean[j]) / sd[j];
					double centre = (sums[c][j] - (c == labels[i] ? z : 0)) / count;
					distance += (z - centre) * (z - centre);
				}
				if (distance < bestDistance) {
					bestDistance = distance;
					best = c;
				}
			}
			if (best >= 0) {
				confusion[labels[i]][best]++;
			}
			if (best == labels[i]) {
				correct++;
			}
		}
		return new Accuracy("leave-one-out", correct, n, confusion, Double.NaN);
	}

	private static double[] weightedMeans(FeatureMatrix data, double[] pointWeights) {
		double[] means = new double[data.dimensions()];
		double total = 0;
		for (int i = 0; i < data.rows(); i++) {
			total += pointWeights[i];
			for (int j = 0; j < means.length; j++) {
				means[j] += pointWeights[i] * data.get(i, j);
			}
		}
		for (int j = 0; j < means.length; j++) {
			means[j] /= total;
		}
		return means;
	}

	private static double[] scales(FeatureMatrix data) {
		return scales(data, null, null);
	}

	/**
	 * The (weighted, around {@code means}) standard deviations, with 1 for a constant variable so it
	 * weighs nothing but divides safely.
	 */
	private static double[] scales(FeatureMatrix data, double[] pointWeights, double[] means) {
		double[] scales = pointWeights == null ? data.standardDeviations() : new double[data.dimensions()];
		if (pointWeights != null) {
			double total = 0;
			for (int i = 0; i < data.rows(); i++) {
				total += pointWeights[i];
				for (int j = 0; j < scales.length; j++) {
					double deviation = data.get(i, j) - means[j];
					scales[j] += pointWeights[i] * deviation * deviation;
				}
			}
			for (int j = 0; j < scales.length; j++) {
				scales[j] = Math.sqrt(scales[j] / total);
			}
		}
		for (int j = 0; j < scales.length; j++) {
			if (scales[j] == 0) {
				scales[j] = 1;
			}
		}
		return scales;
	}

	private static FeatureMatrix subset(FeatureMatrix data, int[] rows) {
		double[][] points = new double[rows.length][];
		for (int i = 0; i < rows.length; i++) {
			points[i] = data.point(rows[i]);
		}
		return FeatureMatrix.of(points);
	}

	/** The rules as a JSON-ready map: per segment its weights by variable and its constant. */
	public Map<String, Object> rules(List<String> variables, List<String> segments) {
		List<Object> scores = new ArrayList<>();
		for (int c = 0; c < weights.length; c++) {
			Map<String, Object> score = new LinkedHashMap<>();
			score.put("segment", segments.get(c));
			Map<String, Object> byVariable = new LinkedHashMap<>();
			for (int j = 0; j < variables.size(); j++) {
				byVariable.put(variables.get(j), weights[c][j]);
			}
			score.put("weights", byVariable);
			score.put("constant", intercepts[c]);
			scores.add(score);
		}
		Map<String, Object> rules = new LinkedHashMap<>();
		rules.put("classifier", kind == Kind.LDA ? "linear discriminant analysis" : "nearest centroid");
		rules.put("rule", "score = constant + sum of weight x value, over the raw variables; the segment with the"
				+ " highest score wins; a missing value leaves the person untyped");
		rules.put("variables", variables);
		rules.put("segments", scores);
		return rules;
	}

	/**
	 * An SQL {@code CASE} expression giving the segment name, NULL when a variable is NULL. Column
	 * names are quoted as SQL identifiers; segment names as string literals.
	 */
	public String sql(List<String> variables, List<String> segments) {
		List<String> scores = new ArrayList<>();
		for (int c = 0; c < weights.length; c++) {
			StringBuilder score = new StringBuilder("(").append(number(intercepts[c]));
			for (int j = 0; j < variables.size(); j++) {
				score.append(" + ").append(number(weights[c][j])).append(" * ").append(identifier(variables.get(j)));
			}
			scores.add(score.append(')').toString());
		}
		StringBuilder sql = new StringBuilder("CASE\n  WHEN ");
		for (int j = 0; j < variables.size(); j++) {
			sql.append(j == 0 ? "" : " OR ").append(identifier(variables.get(j))).append(" IS NULL");
		}
		sql.append(" THEN NULL\n");
		for (int c = 0; c < scores.size() - 1; c++) {
			sql.append("  WHEN ");
			for (int other = c + 1; other < scores.size(); other++) {
				sql.append(other == c + 1 ? "" : "\n   AND ").append(scores.get(c)).append(" >= ").append(scores.get(other));
			}
			sql.append("\n  THEN ").append(literal(segments.get(c))).append('\n');
		}
		sql.append("  ELSE ").append(literal(segments.get(scores.size() - 1))).append("\nEND");
		return sql.toString();
	}

	private static String number(double value) {
		return String.format(Locale.ROOT, "%.10g", value);
	}

	private static String identifier(String name) {
		return '"' + name.replace("\"", "\"\"") + '"';
	}

	private static String literal(String text) {
		return '\'' + text.replace("'", "''") + '\'';
	}
}

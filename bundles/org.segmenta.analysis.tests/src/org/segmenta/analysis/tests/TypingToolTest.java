/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.segmenta.analysis.FeatureMatrix;
import org.segmenta.analysis.TypingTool;

class TypingToolTest {

	private static final double[][] CENTRES = { { 0, 0, 0 }, { 6, 0, 3 }, { 0, 6, -3 } };

	@Test
	void typesSeparatedSegmentsAlmostPerfectly() {
		Blobs blobs = Blobs.around(CENTRES, 200, 1.0, 13);
		for (TypingTool.Kind kind : TypingTool.Kind.values()) {
			TypingTool.Accuracy accuracy = TypingTool.holdOut(kind, blobs.points(), blobs.truth(), 3, 1);
			assertEquals(180, accuracy.tested());
			assertTrue(accuracy.value() > 0.98, kind + ": " + accuracy.value());
		}
	}

	@Test
	void ldaUsesTheCovarianceWhereNearestCentroidCannot() {
		// two long, thin, parallel clouds along the diagonal, 1.5 apart across it: z-scores of the
		// axes cannot undo the correlation, so only the covariance separates them
		SplittableRandom random = new SplittableRandom(3);
		double[][] points = new double[400][2];
		int[] labels = new int[400];
		for (int i = 0; i < 400; i++) {
			labels[i] = i % 2;
			double along = 10 * random.nextGaussian();
			double across = labels[i] * 1.5 + 0.2 * random.nextGaussian();
			points[i][0] = (along + across) / Math.sqrt(2);
			points[i][1] = (along - across) / Math.sqrt(2);
		}
		FeatureMatrix data = FeatureMatrix.of(points);
		double lda = TypingTool.holdOut(TypingTool.Kind.LDA, data, labels, 2, 1).value();
		double centroid = TypingTool.holdOut(TypingTool.Kind.NEAREST_CENTROID, data, labels, 2, 1).value();
		assertTrue(lda > 0.99, "LDA " + lda);
		assertTrue(centroid < lda, "nearest centroid " + centroid + " vs LDA " + lda);
	}

	@Test
	void leaveOneOutAgreesWithRetrainingWithoutEachPoint() {
		Blobs blobs = Blobs.around(CENTRES, 15, 2.5, 4);
		FeatureMatrix data = blobs.points();
		int[] labels = blobs.truth();
		// retraining without each point, but with the z-scores of all points as the shortcut does:
		// the z-scores only rescale the axes, so the nearest centroid does not change with them
		int correct = 0;
		for (int left = 0; left < data.rows(); left++) {
			double[][] rest = new double[data.rows() - 1][];
			int[] restLabels = new int[data.rows() - 1];
			for (int i = 0, r = 0; i < data.rows(); i++) {
				if (i != left) {
					rest[r] = data.point(i);
					restLabels[r++] = labels[i];
				}
			}
			double[] z = data.point(left);
			int best = -1;
			double bestDistance = Double.MAX_VALUE;
			double[] sd = data.standardDeviations();
			for (int c = 0; c < 3; c++) {
				double[] centre = new double[3];
				int count = 0;
				for (int r = 0; r < rest.length; r++) {
					if (restLabels[r] == c) {
						count++;
						for (int j = 0; j < 3; j++) {
							centre[j] += rest[r][j];
						}
					}
				}
				double distance = 0;
				for (int j = 0; j < 3; j++) {
					distance += Math.pow((z[j] - centre[j] / count) / sd[j], 2);
				}
				if (distance < bestDistance) {
					bestDistance = distance;
					best = c;
				}
			}
			if (best == labels[left]) {
				correct++;
			}
		}
		TypingTool.Accuracy fast = TypingTool.leaveOneOutNearestCentroid(data, labels, 3);
		assertEquals(correct, fast.correct());
		assertEquals(45, fast.tested());
		assertTrue(fast.correct() < 45, "the spread makes some points ambiguous, so the check has teeth");
	}

	@Test
	void rulesAndSqlCarryTheScores() {
		Blobs blobs = Blobs.around(CENTRES, 50, 1.0, 2);
		TypingTool tool = TypingTool.train(TypingTool.Kind.NEAREST_CENTROID, blobs.points(), blobs.truth(), 3);
		List<String> variables = List.of("q1", "q2", "q3");
		List<String> segments = List.of("Balance Seekers", "Career Climbers", "O'Neill's");
		String sql = tool.sql(variables, segments);
		assertTrue(sql.startsWith("CASE\n  WHEN \"q1\" IS NULL OR \"q2\" IS NULL OR \"q3\" IS NULL THEN NULL\n"), sql);
		assertTrue(sql.contains("THEN 'Balance Seekers'"), sql);
		assertTrue(sql.endsWith("ELSE 'O''Neill''s'\nEND"), sql);
		assertEquals(2, sql.split("\n  WHEN \\(").length - 1, "one WHEN per segment but the last");
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> scores = (List<Map<String, Object>>) tool.rules(variables, segments)
				.get("segments");
		// the rules reproduce the classification
		for (int i = 0; i < blobs.points().rows(); i++) {
			double[] x = blobs.points().point(i);
			int best = -1;
			double bestScore = Double.NEGATIVE_INFINITY;
			for (int c = 0; c < 3; c++) {
				@SuppressWarnings("unchecked")
				Map<String, Object> weights = (Map<String, Object>) scores.get(c).get("weights");
				double score = (Double) scores.get(c).get("constant");
				for (int j = 0; j < 3; j++) {
					score += (Double) weights.get(variables.get(j)) * x[j];
				}
				if (score > bestScore) {
					bestScore = score;
					best = c;
				}
			}
			assertEquals(tool.classify(x), best);
		}
	}
}

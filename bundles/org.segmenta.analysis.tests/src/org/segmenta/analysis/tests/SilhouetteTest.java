/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.segmenta.analysis.Dissimilarity;
import org.segmenta.analysis.FeatureMatrix;
import org.segmenta.analysis.KMeans;
import org.segmenta.analysis.Silhouette;

class SilhouetteTest {

	@Test
	void fourPointsByHand() {
		// 0, 1 | 5, 6: the outer points have a = 1, b = 5.5, s = 9/11; the inner a = 1, b = 4.5, s = 7/9
		FeatureMatrix line = FeatureMatrix.of(new double[][] { { 0 }, { 1 }, { 5 }, { 6 } });
		Silhouette silhouette = Silhouette.of(Dissimilarity.euclidean(line), new int[] { 0, 0, 1, 1 }, 2, 1);
		assertEquals((9.0 / 11 + 7.0 / 9) / 2, silhouette.value(), 1e-12);
		assertTrue(silhouette.exact());
		assertEquals(4, silhouette.sampleSize());
	}

	@Test
	void aPointAloneCountsAsZero() {
		// 0, 1 | 10: s(0) = (10 - 1) / 10, s(1) = (9 - 1) / 9, s(10) = 0
		FeatureMatrix line = FeatureMatrix.of(new double[][] { { 0 }, { 1 }, { 10 } });
		Silhouette silhouette = Silhouette.of(Dissimilarity.euclidean(line), new int[] { 0, 0, 1 }, 2, 1);
		assertEquals((0.9 + 8.0 / 9 + 0) / 3, silhouette.value(), 1e-12);
	}

	@Test
	void sampledAboveTheLimitAndCloseToExact() {
		Blobs blobs = Blobs.around(new double[][] { { 0, 0 }, { 4, 0 }, { 0, 4 } }, 4000, 1.0, 5);
		int[] labels = new KMeans(3, 3, 1).fit(blobs.points(), null).labels();
		Silhouette sampled = Silhouette.of(Dissimilarity.euclidean(blobs.points()), labels, 3, 8);
		assertFalse(sampled.exact());
		assertEquals(Silhouette.SAMPLE_SIZE, sampled.sampleSize());
		// the mean of the first 6000 points' exact silhouettes is an independent estimate
		FeatureMatrix half = FeatureMatrix.of(IntStream.range(0, 6000)
				.mapToObj(blobs.points()::point).toArray(double[][]::new));
		Silhouette exactHalf = Silhouette.of(Dissimilarity.euclidean(half), Arrays.copyOf(labels, 6000), 3, 8);
		assertTrue(exactHalf.exact());
		assertEquals(exactHalf.value(), sampled.value(), 0.02);
	}

	/**
	 * The sample is gathered side by side before it is measured; that changes where the values are
	 * read from, not one digit of the result, against the same distances read through the rows.
	 */
	@Test
	void aGatheredSampleGivesTheSameValueAsTheRowsItCameFrom() {
		Blobs blobs = Blobs.around(new double[][] { { 0, 0, 1 }, { 3, 0, 2 }, { 0, 3, 0 } }, 4000, 1.2, 9);
		int[] labels = new KMeans(3, 3, 1).fit(blobs.points(), null).labels();
		Dissimilarity euclidean = Dissimilarity.euclidean(blobs.points());
		Dissimilarity throughTheRows = new Dissimilarity() {
			@Override
			public int size() {
				return euclidean.size();
			}

			@Override
			public double between(int a, int b) {
				return euclidean.between(a, b);
			}
		};
		assertEquals(Silhouette.of(throughTheRows, labels, 3, 4).value(), Silhouette.of(euclidean, labels, 3, 4).value(),
				0.0);
		double[] weights = IntStream.range(0, labels.length).mapToDouble(i -> 0.5 + i % 7 * 0.25).toArray();
		assertEquals(Silhouette.of(throughTheRows, labels, 3, 4, weights).value(),
				Silhouette.of(euclidean, labels, 3, 4, weights).value(), 0.0);
	}

	/**
	 * The Euclidean distances from one point to a run of points are measured four points at a time;
	 * each is still the distance between the two, to the last digit, also for the points after the
	 * last four and for runs that start anywhere.
	 */
	@Test
	void distancesFromOnePointAreThoseBetweenTwo() {
		Blobs blobs = Blobs.around(new double[][] { { 0, 0, 1, 4, 2 }, { 3, 0, 2, 1, 1 }, { 0, 3, 0, 2, 5 } }, 1001, 1.5, 3);
		Dissimilarity euclidean = Dissimilarity.euclidean(blobs.points());
		int n = euclidean.size();
		assertEquals(3, n % 4, "points left after the last four");
		double[] fromOne = new double[n];
		for (int a : new int[] { 0, 1, n / 2, n - 1 }) {
			for (int[] run : new int[][] { { 0, n }, { 257, 262 }, { a, n }, { n - 2, n } }) {
				euclidean.fromOne(a, run[0], run[1], fromOne);
				for (int b = run[0]; b < run[1]; b++) {
					assertEquals(euclidean.between(a, b), fromOne[b - run[0]], 0.0, "distance from " + a + " to " + b);
				}
			}
		}
		int[] labels = new KMeans(3, 2, 1).fit(blobs.points(), null).labels();
		Silhouette exact = Silhouette.of(euclidean, labels, 3, 4);
		assertTrue(exact.exact());
		assertTrue(exact.value() > 0 && exact.value() < 1, "three blobs: " + exact.value());
	}

	/**
	 * Each pair of points is measured once, in tiles that may run on any thread: the mean is that
	 * of each point's silhouette from its own distances to all the others (to rounding), with and
	 * without weights, over points in several tiles and in the last, partial one; and the same to the
	 * last digit on one thread as on all.
	 */
	@Test
	void theTiledSilhouetteIsEveryPointsOwnWhateverTheThreads() throws Exception {
		Blobs blobs = Blobs.around(new double[][] { { 0, 0 }, { 2.5, 0 }, { 0, 2.5 }, { 2, 2 } }, 1900, 1.1, 17);
		int k = 4;
		int[] labels = new KMeans(k, 2, 1).fit(blobs.points(), null).labels();
		Dissimilarity euclidean = Dissimilarity.euclidean(blobs.points());
		double[] weights = IntStream.range(0, labels.length).mapToDouble(i -> 0.25 + i % 5 * 0.5).toArray();
		assertEquals(pointByPoint(euclidean, labels, k, null), Silhouette.of(euclidean, labels, k, 1).value(), 1e-12);
		assertEquals(pointByPoint(euclidean, labels, k, weights), Silhouette.of(euclidean, labels, k, 1, weights).value(),
				1e-12);
		ForkJoinPool oneThread = new ForkJoinPool(1);
		try {
			double alone = oneThread.submit(() -> Silhouette.of(euclidean, labels, k, 1, weights).value()).get();
			assertEquals(Silhouette.of(euclidean, labels, k, 1, weights).value(), alone, 0.0);
		} finally {
			oneThread.shutdown();
		}
	}

	/** The (weighted) mean silhouette as its definition reads, one point after the other. */
	private static double pointByPoint(Dissimilarity points, int[] labels, int k, double[] weights) {
		int n = labels.length;
		double sum = 0;
		double total = 0;
		for (int i = 0; i < n; i++) {
			double[] sums = new double[k];
			double[] sizes = new double[k];
			for (int j = 0; j < n; j++) {
				double weight = weights == null ? 1 : weights[j];
				sizes[labels[j]] += weight;
				if (j != i) {
					sums[labels[j]] += weight * points.between(i, j);
				}
			}
			double own = sizes[labels[i]] - (weights == null ? 1 : weights[i]);
			double a = sums[labels[i]] / own;
			double b = Double.POSITIVE_INFINITY;
			for (int c = 0; c < k; c++) {
				if (c != labels[i] && sizes[c] > 0) {
					b = Math.min(b, sums[c] / sizes[c]);
				}
			}
			double weight = weights == null ? 1 : weights[i];
			sum += weight * (own <= 0 ? 0 : (b - a) / Math.max(a, b));
			total += weight;
		}
		return sum / total;
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntPredicate;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.segmenta.analysis.FeatureMatrix;
import org.segmenta.analysis.KMeans;
import org.segmenta.data.ColumnType;
import org.segmenta.data.DataException;
import org.segmenta.data.Dataset;
import org.segmenta.data.NumericColumn;

class KMeansTest {

	private static final double[][] CENTRES = { { 0, 0, 0 }, { 10, 0, 5 }, { 0, 10, -5 }, { 10, 10, 10 } };

	/**
	 * The iterations skip distances by bounds; they must still be Lloyd's: the labels, iteration
	 * count and inertia of a plain Lloyd loop from the same start, on overlapping blobs that take
	 * many iterations to settle.
	 */
	@Test
	void skippingDistancesKeepsLloydsIterations() {
		FeatureMatrix points = Blobs.around(CENTRES, 400, 4.0, 11).points();
		int k = 7;
		double[][] start = new double[k][];
		for (int c = 0; c < k; c++) {
			start[c] = points.point(c); // neighbours in the data, so the centres travel far
		}
		assertAgreesWithPlainLloyd(points, start, 1, 10);
	}

	/**
	 * On a grid of repeated points with symmetric starting centres, many points lie exactly halfway
	 * between two centres: bounds and shared passes must still give the first centre on ties, as plain
	 * Lloyd does, on any number of threads.
	 */
	@Test
	void tiesGoToTheFirstCentreAsInPlainLloyd() {
		List<double[]> grid = new ArrayList<>();
		for (int copy = 0; copy < 8; copy++) { // more rows than one block
			for (int x = 0; x <= 6; x++) {
				for (int y = 0; y <= 6; y++) {
					for (int z = 0; z <= 6; z++) {
						grid.add(new double[] { x, y, z });
					}
				}
			}
		}
		FeatureMatrix points = FeatureMatrix.of(grid.toArray(double[][]::new));
		double[][] start = { { 2, 3, 3 }, { 4, 3, 3 }, { 3, 2, 3 }, { 3, 4, 3 }, { 3, 3, 2 } };
		for (int threads = 1; threads <= 4; threads++) {
			assertAgreesWithPlainLloyd(points, start, threads, 2);
		}
	}

	/** @param fewestIterations fewer iterations would not exercise the bounds */
	private static void assertAgreesWithPlainLloyd(FeatureMatrix points, double[][] start, int threads, int fewestIterations) {
		int k = start.length;
		double threshold = 1e-9; // absolute here: plain Lloyd below uses the same
		double meanVariance = 0;
		for (double deviation : points.standardDeviations()) {
			meanVariance += deviation * deviation / points.dimensions();
		}
		KMeans.Result bounded = new KMeans(k, 1, 300, threshold / meanVariance, 1, threads).fit(points, start, null);

		double[][] centres = start.clone();
		int[] labels = new int[points.rows()];
		int iterations = 0;
		while (iterations < 300) {
			iterations++;
			assignNearest(points, centres, labels);
			double[][] means = new double[k][points.dimensions()];
			int[] counts = new int[k];
			for (int i = 0; i < points.rows(); i++) {
				counts[labels[i]]++;
				for (int j = 0; j < points.dimensions(); j++) {
					means[labels[i]][j] += points.get(i, j);
				}
			}
			double shift = 0;
			for (int c = 0; c < k; c++) {
				assertTrue(counts[c] > 0, "no empty segment on this data");
				for (int j = 0; j < points.dimensions(); j++) {
					means[c][j] /= counts[c];
					shift += (means[c][j] - centres[c][j]) * (means[c][j] - centres[c][j]);
				}
			}
			centres = means;
			if (shift <= threshold) {
				break;
			}
		}
		double inertia = assignNearest(points, centres, labels);
		assertTrue(iterations > fewestIterations, "a run long enough to exercise the bounds: " + iterations);
		assertEquals(iterations, bounded.iterations());
		assertArrayEquals(labels, bounded.labels());
		assertEquals(inertia, bounded.inertia(), 1e-9 * inertia);
	}

	private static double assignNearest(FeatureMatrix points, double[][] centres, int[] labels) {
		double inertia = 0;
		for (int i = 0; i < points.rows(); i++) {
			double best = Double.POSITIVE_INFINITY;
			for (int c = 0; c < centres.length; c++) {
				double distance = points.squaredDistance(i, centres[c]);
				if (distance < best) {
					best = distance;
					labels[i] = c;
				}
			}
			inertia += best;
		}
		return inertia;
	}

	@Test
	void recoversWellSeparatedBlobs() {
		Blobs blobs = Blobs.around(CENTRES, 150, 1.0, 7);
		KMeans.Result result = new KMeans(4, 10, 42).fit(blobs.points(), null);
		assertTrue(blobs.recoveredBy(result.labels()));
		// the inertia is close to its expectation n x d x spread^2 = 600 x 3 x 1
		assertEquals(1800, result.inertia(), 150);
		for (double[] centre : result.centroids()) {
			double nearest = Double.MAX_VALUE;
			for (double[] truth : CENTRES) {
				double distance = 0;
				for (int j = 0; j < 3; j++) {
					distance += (centre[j] - truth[j]) * (centre[j] - truth[j]);
				}
				nearest = Math.min(nearest, distance);
			}
			assertTrue(nearest < 0.1, "a centre is within 0.3 of a true centre");
		}
	}

	@Test
	void aSingleStartCanMissButRestartsFindTheBest() {
		Blobs blobs = Blobs.around(CENTRES, 150, 1.0, 7);
		double best = new KMeans(4, 20, 1).fit(blobs.points(), null).inertia();
		for (long seed = 1; seed <= 20; seed++) {
			assertTrue(new KMeans(4, 1, seed).fit(blobs.points(), null).inertia() >= best - 1e-9);
		}
	}

	@Test
	void theSeedAloneDecidesTheResult() {
		// enough rows for the seeding to share its passes among threads in several blocks
		Blobs blobs = Blobs.around(CENTRES, 2500, 3.0, 11);
		KMeans.Result oneThread = new KMeans(5, 8, 300, 1e-4, 99, 1).fit(blobs.points(), null);
		for (int threads = 2; threads <= 4; threads++) {
			KMeans.Result parallel = new KMeans(5, 8, 300, 1e-4, 99, threads).fit(blobs.points(), null);
			assertArrayEquals(oneThread.labels(), parallel.labels());
			assertEquals(oneThread.inertia(), parallel.inertia());
			assertArrayEquals(oneThread.centroids(), parallel.centroids());
		}
		KMeans.Result otherSeed = new KMeans(5, 1, 300, 1e-4, 100, 1).fit(blobs.points(), null);
		KMeans.Result sameSeed = new KMeans(5, 1, 300, 1e-4, 100, 1).fit(blobs.points(), null);
		assertArrayEquals(otherSeed.labels(), sameSeed.labels());
	}

	@Test
	void theSeedingOfManyPointsFromASampleStillFindsASmallFarSegment() {
		// 250,000 points, over the limit where the seeding draws from a sample of 100,000: seven
		// overlapping groups and 1,500 points (0.6 %) far from them, some 600 of them in the sample
		int far = 1_500;
		int rows = 250_000;
		IntPredicate isFar = i -> i % (rows / far) == 0 && i / (rows / far) < far;
		SplittableRandom random = new SplittableRandom(5);
		double[][] points = new double[rows][6];
		for (int i = 0; i < rows; i++) {
			for (int j = 0; j < 6; j++) {
				points[i][j] = (isFar.test(i) ? 40 : 2.0 * (i % 7 == j ? 1 : 0)) + random.nextGaussian();
			}
		}
		FeatureMatrix data = FeatureMatrix.of(points);
		KMeans.Result twoThreads = new KMeans(8, 4, 300, 1e-4, 3, 2).fit(data, null);
		int farSegment = twoThreads.labels()[0];
		for (int i = 0; i < rows; i++) {
			assertEquals(isFar.test(i), twoThreads.labels()[i] == farSegment, "point " + i);
		}
		KMeans.Result oneThread = new KMeans(8, 4, 300, 1e-4, 3, 1).fit(data, null);
		assertArrayEquals(twoThreads.labels(), oneThread.labels());
		assertEquals(twoThreads.inertia(), oneThread.inertia());
	}

	@Test
	void lloydByHandOnALine() {
		// two obvious groups; the centres are their means and the inertia 4 x 0.25 x 2 groups
		FeatureMatrix line = FeatureMatrix.of(new double[][] { { 0 }, { 1 }, { 10 }, { 11 } });
		KMeans.Result result = new KMeans(2, 5, 3).fit(line, null);
		assertEquals(1.0, result.inertia(), 1e-12);
		assertEquals(result.labels()[0], result.labels()[1]);
		assertEquals(result.labels()[2], result.labels()[3]);
		assertFalse(result.labels()[0] == result.labels()[2]);
	}

	@Test
	void repeatedPointsAreNotChosenTwiceAsSeeds() {
		// k-means++ gives a point that coincides with a chosen centre no chance: three distinct centres
		FeatureMatrix repeated = FeatureMatrix.of(new double[][] { { 1 }, { 1 }, { 1 }, { 2 }, { 3 } });
		for (long seed = 1; seed <= 10; seed++) {
			KMeans.Result result = new KMeans(3, 1, seed).fit(repeated, null);
			assertEquals(0.0, result.inertia(), 1e-12);
			int[] sizes = new int[3];
			for (int label : result.labels()) {
				sizes[label]++;
			}
			Arrays.sort(sizes);
			assertArrayEquals(new int[] { 1, 1, 3 }, sizes);
		}
	}

	@Test
	void cancellation() {
		Blobs blobs = Blobs.around(CENTRES, 100, 1.0, 7);
		NullProgressMonitor cancelled = new NullProgressMonitor();
		cancelled.setCanceled(true);
		assertThrows(OperationCanceledException.class, () -> new KMeans(4, 3, 1).fit(blobs.points(), cancelled));
	}

	@Test
	void theIterationsTellTheirProgress() {
		Blobs blobs = Blobs.around(CENTRES, 400, 4.0, 11);
		List<String> lines = new ArrayList<>();
		new KMeans(4, 3, 300, 1e-4, 1, 2).fit(blobs.points(), new NullProgressMonitor() {
			@Override
			public void subTask(String name) {
				lines.add(name);
			}
		});
		// the first iteration always reports, later ones at most once a second; the restarts iterate
		// together
		assertTrue(lines.get(0).matches("iteration 1, 3 of 3 restarts iterating, \\d+ points moved"), lines.get(0));
	}

	@Test
	void cancellingDuringTheIterationsStopsTheFit() {
		// cancelled once the first iteration has been reported: the fit stops before the next one
		Blobs blobs = Blobs.around(CENTRES, 400, 4.0, 11);
		List<String> lines = new ArrayList<>();
		NullProgressMonitor monitor = new NullProgressMonitor() {
			@Override
			public void subTask(String name) {
				lines.add(name);
				setCanceled(true);
			}
		};
		assertThrows(OperationCanceledException.class, () -> new KMeans(4, 3, 300, 1e-4, 1, 2).fit(blobs.points(), monitor));
		assertEquals(1, lines.size(), lines.toString());
	}

	@Test
	void standardisationUsesThePopulationStandardDeviationAndDropsIncompleteRows() throws DataException {
		Dataset data = new Dataset("test.csv",
				List.of(new NumericColumn("a", ColumnType.NUMERIC, new double[] { 1, 2, 3, Double.NaN }),
						new NumericColumn("b", ColumnType.NUMERIC, new double[] { 10, 10, 40, 5 })));
		FeatureMatrix matrix = FeatureMatrix.of(data, List.of("a", "b"), true);
		assertEquals(3, matrix.rows());
		assertEquals(2, matrix.row(2));
		// a = 1, 2, 3: mean 2, population sd sqrt(2/3)
		assertEquals(-1 / Math.sqrt(2.0 / 3), matrix.get(0, 0), 1e-12);
		// b = 10, 10, 40: mean 20, population sd sqrt(200)
		assertEquals(20 / Math.sqrt(200), matrix.get(2, 1), 1e-12);
	}
}

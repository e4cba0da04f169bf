/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.segmenta.analysis.FeatureMatrix;
import org.segmenta.analysis.KMeans;
import org.segmenta.analysis.tests.benchmark.EndToEndBenchmark;

/**
 * The k-means++ seeding measures with the Vector API (the tests run with
 * {@code --add-modules jdk.incubator.vector}, as the launcher runs the product) all starts'
 * candidates at once; the scalar loops ({@code -Dsegmenta.kmeans.scalarSeeding=true}) measure start
 * by start, skipping what the triangle inequality rules out. Both must draw the same seeds bit for
 * bit, and the fits from them must be the same, on one thread or two, weighted or not.
 */
class KMeansSeedingTest {

	private static final String SCALAR = "segmenta.kmeans.scalarSeeding";
	/** Neither a multiple of the four points measured at once nor of a block of rows. */
	private static final int ROWS = 20_483;

	static List<Arguments> cases() {
		List<Arguments> cases = new ArrayList<>();
		for (EndToEndBenchmark.Shape shape : EndToEndBenchmark.Shape.values()) {
			cases.add(Arguments.of(shape, 8, false)); // 4 candidates a centre: one vector a start
			cases.add(Arguments.of(shape, 25, true)); // 5 candidates: starts share vectors
		}
		cases.add(Arguments.of(EndToEndBenchmark.Shape.OVERLAPPING, 3, true)); // 3 candidates
		return cases;
	}

	@ParameterizedTest
	@MethodSource("cases")
	void vectorAndScalarSeedingDrawTheSameSeedsAndFits(EndToEndBenchmark.Shape shape, int k, boolean weighted) {
		FeatureMatrix data = shape.generate(ROWS, 30);
		if (weighted) {
			data = withWeights(data);
		}
		assertSameSeedsAndFits(data, k, shape + ", k = " + k + (weighted ? ", weighted" : ""));
	}

	/**
	 * Answers on five-point scales: few distinct points, so that candidates often coincide and leave
	 * equal sums, where the first drawn must be kept whichever loops measured them.
	 */
	@Test
	void ratingScalesWithManyEqualPointsDrawTheSameSeedsAndFits() {
		SplittableRandom random = new SplittableRandom(12);
		int dimensions = 4;
		double[] values = new double[ROWS * dimensions];
		int[] rows = new int[ROWS];
		for (int i = 0; i < ROWS; i++) {
			rows[i] = i;
			int group = random.nextInt(3);
			for (int j = 0; j < dimensions; j++) {
				values[i * dimensions + j] = Math.clamp(1 + 2 * group + random.nextInt(3) - 1, 1, 5);
			}
		}
		assertSameSeedsAndFits(new FeatureMatrix(List.of("q1", "q2", "q3", "q4"), values, rows), 6, "rating scales");
	}

	private static void assertSameSeedsAndFits(FeatureMatrix points, int k, String data) {
		for (int threads : new int[] { 1, 2 }) {
			KMeans kMeans = new KMeans(k, 3, 300, 1e-4, 11, threads);
			double[][][] vectorSeeds = kMeans.startingCentres(points, null);
			double[][][] scalarSeeds = scalar(() -> kMeans.startingCentres(points, null));
			String what = data + ", " + threads + " threads";
			for (int start = 0; start < vectorSeeds.length; start++) {
				for (int c = 0; c < k; c++) {
					assertArrayEquals(scalarSeeds[start][c], vectorSeeds[start][c], 0.0, what + ", start " + start + ", centre " + c);
				}
			}
			KMeans.Result vector = kMeans.fit(points, null);
			KMeans.Result scalar = scalar(() -> kMeans.fit(points, null));
			assertTrue(vector.iterations() >= 1, what);
			assertArrayEquals(scalar.labels(), vector.labels(), what);
			assertEquals(scalar.inertia(), vector.inertia(), 0.0, what);
			assertEquals(scalar.iterations(), vector.iterations(), what);
			for (int c = 0; c < k; c++) {
				assertArrayEquals(scalar.centroids()[c], vector.centroids()[c], 0.0, what + ", centre " + c);
			}
		}
	}

	private static <T> T scalar(Supplier<T> work) {
		System.setProperty(SCALAR, "true");
		try {
			return work.get();
		} finally {
			System.clearProperty(SCALAR);
		}
	}

	/** The points with weights from 0.2 to 5, some of them 0. */
	private static FeatureMatrix withWeights(FeatureMatrix data) {
		SplittableRandom random = new SplittableRandom(5);
		double[] values = new double[data.rows() * data.dimensions()];
		int[] datasetRows = new int[data.rows()];
		double[] weights = new double[data.rows()];
		for (int i = 0; i < data.rows(); i++) {
			for (int j = 0; j < data.dimensions(); j++) {
				values[i * data.dimensions() + j] = data.get(i, j);
			}
			datasetRows[i] = data.row(i);
			weights[i] = i % 97 == 0 ? 0 : 0.2 + 4.8 * random.nextDouble();
		}
		return new FeatureMatrix(data.names(), values, datasetRows, weights);
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.segmenta.analysis.FeatureMatrix;
import org.segmenta.analysis.KMeans;
import org.segmenta.analysis.tests.benchmark.EndToEndBenchmark;

/**
 * The assignments in single precision through the Vector API (the tests run with
 * {@code --add-modules jdk.incubator.vector}, as the launcher runs the product) give the labels,
 * centres, inertia and iterations of the double-precision path, on any number of threads.
 */
class KMeansSinglePrecisionTest {

	private static final String DOUBLE_ONLY = "segmenta.kmeans.doublePrecision";

	@Test
	void theBundleFindsTheVectorApiInsideOsgi() {
		assertTrue(ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent(),
				"the test runtime should start with --add-modules jdk.incubator.vector");
		assertTrue(KMeans.singlePrecisionAssignments());
		System.setProperty(DOUBLE_ONLY, "true");
		try {
			assertFalse(KMeans.singlePrecisionAssignments());
		} finally {
			System.clearProperty(DOUBLE_ONLY);
		}
	}

	@ParameterizedTest
	@EnumSource(EndToEndBenchmark.Shape.class)
	void singleAndDoublePrecisionGiveTheSameResultOnOneOrTwoThreads(EndToEndBenchmark.Shape shape) {
		assertSameResultInSingleAndDoublePrecision(shape.generate(40_000, 30), shape.toString());
	}

	@Test
	void aFirstAssignmentOfEveryPointInSinglePrecisionGivesTheSameResult() {
		// over the limit where the seeding draws from a sample, so the first assignment measures all points
		assertSameResultInSingleAndDoublePrecision(EndToEndBenchmark.Shape.OVERLAPPING.generate(210_000, 12),
				"210,000 overlapping points");
	}

	private static void assertSameResultInSingleAndDoublePrecision(FeatureMatrix data, String shape) {
		KMeans.Result single = new KMeans(8, 3, 300, 1e-4, 7, 2).fit(data, null);
		KMeans.Result singleOneThread = new KMeans(8, 3, 300, 1e-4, 7, 1).fit(data, null);
		KMeans.Result exact;
		System.setProperty(DOUBLE_ONLY, "true");
		try {
			exact = new KMeans(8, 3, 300, 1e-4, 7, 2).fit(data, null);
		} finally {
			System.clearProperty(DOUBLE_ONLY);
		}
		assertTrue(exact.iterations() >= 2, shape + ": " + exact.iterations() + " iterations");
		for (KMeans.Result result : new KMeans.Result[] { single, singleOneThread }) {
			assertArrayEquals(exact.labels(), result.labels(), shape);
			assertEquals(exact.inertia(), result.inertia(), 0.0, shape);
			assertEquals(exact.iterations(), result.iterations(), shape);
			for (int c = 0; c < 8; c++) {
				assertArrayEquals(exact.centroids()[c], result.centroids()[c], 0.0, shape + ", centre " + c);
			}
		}
	}
}

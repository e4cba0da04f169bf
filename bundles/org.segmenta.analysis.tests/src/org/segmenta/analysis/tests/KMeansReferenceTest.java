/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.segmenta.analysis.FeatureMatrix;
import org.segmenta.analysis.KMeans;
import org.segmenta.tests.support.Examples;

/**
 * k-means against scikit-learn on iris (data/iris.csv); the reference numbers are in
 * data/reference/iris-kmeans.txt, written by iris-kmeans.py beside it (see data/README.md).
 */
class KMeansReferenceTest {

	private static FeatureMatrix iris() throws IOException {
		Path file = Examples.repositoryRoot().resolve("bundles/org.segmenta.analysis.tests/data/iris.csv");
		return FeatureMatrix.of(ReferenceResults.csvColumns(file, 0, 4)); // the four measurements
	}

	@Test
	void fixedStartReproducesScikitLearn() throws IOException {
		ReferenceResults reference = ReferenceResults.read("iris-kmeans.txt");
		FeatureMatrix iris = iris();
		int[] initRows = reference.integers("fixed.init_rows");
		double[][] start = new double[initRows.length][];
		for (int c = 0; c < initRows.length; c++) {
			start[c] = iris.point(initRows[c]);
		}
		KMeans.Result result = new KMeans(3, 1, 300, 1e-4, 1, 1).fit(iris, start, null);
		// the same run: same labels and iterations; numbers only to rounding, because scikit-learn
		// centres the data first and sums in another order
		assertArrayEquals(reference.integers("fixed.labels"), result.labels());
		assertEquals(reference.number("fixed.iterations"), result.iterations());
		assertEquals(reference.number("fixed.inertia"), result.inertia(), 1e-10);
		for (int c = 0; c < 3; c++) {
			assertArrayEquals(reference.numbers("fixed.centre." + c), result.centroids()[c], 1e-12);
		}
	}

	@Test
	void restartsReachScikitLearnsInertia() throws IOException {
		ReferenceResults reference = ReferenceResults.read("iris-kmeans.txt");
		FeatureMatrix iris = iris();
		for (int k = 3; k <= 5; k++) {
			double expected = reference.number("restarts." + k + ".inertia");
			// different random starts: the same optimum, up to rounding
			assertEquals(expected, new KMeans(k, 10, 300, 1e-4, 1, 2).fit(iris, null).inertia(), 1e-9 * expected,
					"k = " + k);
		}
	}
}

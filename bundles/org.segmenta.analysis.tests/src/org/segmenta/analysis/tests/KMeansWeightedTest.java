/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.segmenta.analysis.ClusterResult;
import org.segmenta.analysis.ClusterSettings;
import org.segmenta.analysis.FeatureMatrix;
import org.segmenta.analysis.KMeans;
import org.segmenta.analysis.KMeansMethod;
import org.segmenta.data.CsvDataReader;
import org.segmenta.data.DataException;
import org.segmenta.data.Dataset;
import org.segmenta.data.ReadOptions;
import org.segmenta.tests.support.Examples;

/**
 * Weighted k-means: against scikit-learn's {@code KMeans(sample_weight=...)} on iris with case weights
 * (data/iris-weighted.csv and data/reference/iris-weighted-kmeans.txt, both written by
 * iris-weighted-kmeans.py beside the reference), and against repeating each point by its weight.
 */
class KMeansWeightedTest {

	private static final List<String> MEASUREMENTS = List.of("sepal_length", "sepal_width", "petal_length",
			"petal_width");

	private static Dataset weightedIris() throws DataException {
		Path file = Examples.repositoryRoot().resolve("bundles/org.segmenta.analysis.tests/data/iris-weighted.csv");
		return new CsvDataReader(ReadOptions.detect()).read(file, null).withWeightColumn("weight");
	}

	@Test
	void weightedRestartsReachScikitLearnsWeightedInertia() throws IOException, DataException {
		ReferenceResults reference = ReferenceResults.read("iris-weighted-kmeans.txt");
		Dataset iris = weightedIris();
		for (int k = 3; k <= 5; k++) {
			double expected = reference.number("restarts." + k + ".inertia");
			ClusterResult result = new KMeansMethod().cluster(iris, MEASUREMENTS, k,
					new ClusterSettings(1, 100, false, 2), null); // as many starts as the reference: the optimum, not a local one
			assertEquals(expected, result.fit().get("inertia"), 1e-6 * expected, "k = " + k);
		}
	}

	@Test
	void aWholeWeightCountsAsTheRepeatedPoint() throws DataException {
		// weights 1, 2 and 3 against the same points repeated once, twice and three times: from the
		// same start the same Lloyd run, so the same centres, labels and inertia (to rounding)
		FeatureMatrix once = FeatureMatrix.of(weightedIris(), MEASUREMENTS, false);
		int rows = once.rows();
		double[] weights = new double[rows];
		List<double[]> repeated = new ArrayList<>();
		double[] values = new double[rows * once.dimensions()];
		int[] datasetRows = new int[rows];
		for (int i = 0; i < rows; i++) {
			weights[i] = 1 + i % 3;
			datasetRows[i] = i;
			for (int j = 0; j < once.dimensions(); j++) {
				values[i * once.dimensions() + j] = once.get(i, j);
			}
			for (int copy = 0; copy < weights[i]; copy++) {
				repeated.add(once.point(i));
			}
		}
		FeatureMatrix weighted = new FeatureMatrix(MEASUREMENTS, values, datasetRows, weights);
		FeatureMatrix copies = FeatureMatrix.of(repeated.toArray(double[][]::new));
		double[][] start = { once.point(0), once.point(1), once.point(2), once.point(3) };
		KMeans.Result byWeight = new KMeans(4, 1, 300, 1e-12, 1, 1).fit(weighted, start, null);
		KMeans.Result byCopies = new KMeans(4, 1, 300, 1e-12, 1, 1).fit(copies, start, null);
		assertTrue(byWeight.iterations() > 2, "a run that moves the centres: " + byWeight.iterations());
		assertEquals(byCopies.inertia(), byWeight.inertia(), 1e-9 * byCopies.inertia());
		for (int c = 0; c < 4; c++) {
			assertArrayEquals(byCopies.centroids()[c], byWeight.centroids()[c], 1e-12);
		}
		int copy = 0;
		for (int i = 0; i < rows; i++) {
			assertEquals(byCopies.labels()[copy], byWeight.labels()[i], "point " + i);
			copy += (int) weights[i];
		}
	}

	@Test
	void weightedResultsDependOnTheSeedAloneWhateverTheThreads() throws DataException {
		Dataset iris = weightedIris();
		ClusterResult one = new KMeansMethod().cluster(iris, MEASUREMENTS, 4, new ClusterSettings(7, 10, false, 1), null);
		for (int threads : new int[] { 2, 4 }) {
			ClusterResult many = new KMeansMethod().cluster(iris, MEASUREMENTS, 4,
					new ClusterSettings(7, 10, false, threads), null);
			assertArrayEquals(one.labels(), many.labels(), threads + " threads");
			assertEquals(one.fit().get("inertia"), many.fit().get("inertia"), threads + " threads");
		}
	}
}

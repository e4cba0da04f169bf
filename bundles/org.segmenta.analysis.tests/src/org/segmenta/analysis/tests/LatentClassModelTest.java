/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.segmenta.analysis.CategoricalItems;
import org.segmenta.analysis.ClusterResult;
import org.segmenta.analysis.ClusterSettings;
import org.segmenta.analysis.LatentClassMethod;
import org.segmenta.analysis.LatentClassModel;
import org.segmenta.data.CsvDataReader;
import org.segmenta.data.ReadOptions;
import org.segmenta.data.DataException;
import org.segmenta.data.Dataset;
import org.segmenta.tests.support.Examples;

/** Latent class analysis against poLCA's documented results on the carcinoma data (see data/README.md). */
class LatentClassModelTest {

	private static final List<String> RATERS = List.of("A", "B", "C", "D", "E", "F", "G");

	static Dataset carcinoma() throws DataException {
		Path file = Examples.repositoryRoot().resolve("bundles/org.segmenta.analysis.tests/data/carcinoma.csv");
		return new CsvDataReader(ReadOptions.detect()).read(file, null);
	}

	private static LatentClassModel.Result fit(int classes, int starts) throws DataException {
		return new LatentClassModel(classes, starts, 5000, 1e-10, 1, 2).fit(CategoricalItems.of(carcinoma(), RATERS),
				null);
	}

	@Test
	void twoClassesAsPoLCA() throws DataException {
		LatentClassModel.Result result = fit(2, 10);
		assertEquals(-317.2568, result.logLikelihood(), 5e-5);
		assertEquals(15, result.parameters());
		assertEquals(118, result.n());
		assertEquals(664.5, result.aic(), 0.05);
		assertEquals(706.1, result.bic(), 0.05);
	}

	@Test
	void threeClassesAsPoLCA() throws DataException {
		LatentClassModel.Result result = fit(3, 10);
		assertEquals(-293.705, result.logLikelihood(), 5e-4);
		assertEquals(23, result.parameters());
		assertEquals(633.41, result.aic(), 5e-3);
		assertEquals(697.1357, result.bic(), 5e-4);
		assertEquals(15.26171, result.gSquared(), 5e-4);
		assertArrayEquals(new double[] { 0.4447, 0.3736, 0.1817 }, result.shares(), 5e-5);
		int[] modal = new int[3];
		for (int label : result.labels()) {
			modal[label]++;
		}
		// poLCA: modal shares 0.4322, 0.3729, 0.1949 of 118
		assertArrayEquals(new int[] { 51, 44, 23 }, modal);
	}

	@Test
	void fourClassesReachTheDocumentedMaximum() throws DataException {
		assertEquals(-289.2858, fit(4, 20).logLikelihood(), 5e-4);
	}

	@Test
	void throughTheMethodWithBicAndMissingAnswers() throws DataException {
		ClusterResult result = new LatentClassMethod().cluster(carcinoma(), RATERS, 3,
				new ClusterSettings(1, 10, false, 2), null);
		assertEquals(697.1357, result.fit().get("bic"), 5e-4);
		assertEquals(118, result.assigned());
		assertTrue(result.silhouette().value() > 0);
	}
}

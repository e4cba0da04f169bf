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
import org.segmenta.analysis.CategoricalItems;
import org.segmenta.analysis.LatentClassModel;
import org.segmenta.data.Column;
import org.segmenta.data.CsvDataReader;
import org.segmenta.data.DataException;
import org.segmenta.data.Dataset;
import org.segmenta.data.ReadOptions;
import org.segmenta.tests.support.Examples;

/**
 * Latent class analysis against R flexmix's {@code FLXMCmvbinary} on flexmix's whiskey data
 * (data/whiskey.csv); the reference numbers are in data/reference/whiskey-flexmix.txt and
 * whiskey-flexmix-fixed.txt, written by the R scripts beside them (see data/README.md).
 */
class LatentClassReferenceTest {

	private static CategoricalItems whiskey() throws IOException, DataException {
		Path file = Examples.repositoryRoot().resolve("bundles/org.segmenta.analysis.tests/data/whiskey.csv");
		Dataset whiskey = new CsvDataReader(ReadOptions.detect()).read(file, null);
		return CategoricalItems.of(whiskey, whiskey.columns().stream().map(Column::name).toList());
	}

	@Test
	void fixedStartReproducesFlexmix() throws IOException, DataException {
		ReferenceResults reference = ReferenceResults.read("whiskey-flexmix-fixed.txt");
		CategoricalItems items = whiskey();
		int classes = (int) reference.number("classes");
		int iterations = (int) reference.number("iterations");
		// the start of whiskey-flexmix-fixed.R: row i, class c (from 1) weighs 1 + (i * c mod 7)
		double[][] posteriors = new double[items.rows()][classes];
		for (int i = 0; i < items.rows(); i++) {
			double total = 0;
			for (int c = 0; c < classes; c++) {
				posteriors[i][c] = 1 + (i * (c + 1)) % 7;
				total += posteriors[i][c];
			}
			for (int c = 0; c < classes; c++) {
				posteriors[i][c] /= total;
			}
		}
		// no tolerance: exactly the iterations flexmix made (its tolerance 0 never stops it earlier)
		LatentClassModel.Result result = new LatentClassModel(classes, 1, iterations, Double.NEGATIVE_INFINITY, 1, 1)
				.fit(items, posteriors, null);
		assertEquals(iterations, result.iterations());
		// the same run: numbers to rounding, because the sums are taken in another order
		assertEquals(reference.number("loglik"), result.logLikelihood(), 1e-8);
		assertArrayEquals(reference.numbers("shares"), result.shares(), 1e-10);
		for (int c = 0; c < classes; c++) {
			double[] expected = reference.numbers("class." + c + ".probabilities");
			for (int j = 0; j < items.items(); j++) {
				int drunk = items.levels(j).indexOf("1");
				double probability = drunk < 0 ? 0 : result.probabilities()[c][j][drunk];
				assertEquals(expected[j], probability, 1e-10, "class " + c + ", " + items.names().get(j));
			}
		}
		assertArrayEquals(reference.integers("labels"), result.labels());
	}

	@Test
	void restartsReachFlexmixsOptimum() throws IOException, DataException {
		ReferenceResults reference = ReferenceResults.read("whiskey-flexmix.txt");
		CategoricalItems items = whiskey();
		assertEquals(reference.number("rows"), items.rows());
		for (int classes = 2; classes <= 4; classes++) {
			LatentClassModel.Result result = new LatentClassModel(classes, 30, 10_000, 1e-10, 1, 2).fit(items, null);
			// other random starts, the same optimum up to the stopping rules
			assertEquals(reference.number("classes." + classes + ".loglik"), result.logLikelihood(), 1e-4,
					classes + " classes");
			assertArrayEquals(reference.numbers("classes." + classes + ".shares"), result.shares(), 1e-5,
					classes + " classes");
		}
	}
}

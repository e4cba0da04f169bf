/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.segmenta.analysis.CategoricalProfile;
import org.segmenta.analysis.Distinctiveness;
import org.segmenta.analysis.NumericProfile;
import org.segmenta.analysis.Profiler;
import org.segmenta.analysis.VariableProfile;
import org.segmenta.data.CategoricalColumn;
import org.segmenta.data.ColumnType;
import org.segmenta.data.NumericColumn;

class ProfilerTest {

	@Test
	void chiSquareAndCramersVByHand() {
		// [[10, 20], [30, 40]]: expected 12, 18, 28, 42; chi2 = 4/12 + 4/18 + 4/28 + 4/42
		CategoricalProfile profile = Profiler.chiSquare("x", List.of("yes", "no"),
				new long[][] { { 10, 20 }, { 30, 40 } });
		double chi2 = 4.0 / 12 + 4.0 / 18 + 4.0 / 28 + 4.0 / 42;
		assertEquals(chi2, profile.chi2(), 1e-12);
		assertEquals(1, profile.df());
		assertEquals(Math.sqrt(chi2 / 100), profile.cramersV(), 1e-12);
		// chi-square with 1 df at 0.7937: P = 2 x (1 - Phi(sqrt(0.7937))) = 0.3730 (normal table)
		assertEquals(0.3730, profile.pValue(), 5e-4);
		// segment 0 has 1/3 "yes" against 40% in total
		assertEquals(1.0 / 3 / 0.4 * 100, profile.index(0, 0), 1e-9);
	}

	@Test
	void rowsAndSegmentsFromColumns() {
		CategoricalColumn country = new CategoricalColumn("country", ColumnType.NOMINAL,
				new int[] { 0, 0, 1, CategoricalColumn.MISSING, 1, 1 }, List.of("DK", "SE"));
		int[] labels = { 0, 0, 0, 1, 1, 1 };
		CategoricalProfile profile = (CategoricalProfile) Profiler.profile(country, labels, 2);
		assertEquals(5, profile.total(), "the missing value is left out");
		assertEquals(2.0 / 3, profile.segmentShare(0, 0), 1e-12);
		assertEquals(0.0, profile.segmentShare(1, 0), 1e-12);
	}

	@Test
	void anovaByHand() {
		// {1, 2, 3} and {4, 5, 6}: SSB = 2 x 3 x 1.5^2 = 13.5, SSW = 4, F = 13.5 / (4 / 4), eta2 = 13.5 / 17.5
		NumericColumn score = new NumericColumn("score", ColumnType.NUMERIC, new double[] { 1, 2, 3, 4, 5, 6, Double.NaN });
		NumericProfile profile = (NumericProfile) Profiler.profile(score, new int[] { 0, 0, 0, 1, 1, 1, 1 }, 2);
		assertEquals(13.5, profile.f(), 1e-12);
		assertEquals(1, profile.dfBetween());
		assertEquals(4, profile.dfWithin());
		assertEquals(13.5 / 17.5, profile.eta2(), 1e-12);
		assertEquals(2.0 / 3.5 * 100, profile.index(0), 1e-9);
		// F(1, 4) = 13.5: P = 0.0213 (two-sided t with 4 df at sqrt(13.5) = 3.674)
		assertEquals(0.0213, profile.pValue(), 5e-4);
	}

	@Test
	void mostSimilarPairIsNamed() {
		// segments 0 and 1 share a mean; 2 is far away
		NumericColumn score = new NumericColumn("score", ColumnType.NUMERIC, new double[] { 1, 3, 1, 3, 10, 12 });
		List<VariableProfile> profiles = List.of(Profiler.profile(score, new int[] { 0, 0, 1, 1, 2, 2 }, 3));
		List<Distinctiveness.Pair> pairs = Distinctiveness.pairs(profiles, 3);
		assertEquals(3, pairs.size());
		Distinctiveness.Pair closest = Distinctiveness.mostSimilar(pairs);
		assertEquals(0, closest.a());
		assertEquals(1, closest.b());
		assertEquals(0.0, closest.distance(), 1e-12);
	}
}

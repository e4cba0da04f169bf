/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.segmenta.analysis.ClusterResult;
import org.segmenta.analysis.ClusterSettings;
import org.segmenta.analysis.FeatureMatrix;
import org.segmenta.analysis.KPrototypes;
import org.segmenta.analysis.KPrototypesMethod;
import org.segmenta.data.CategoricalColumn;
import org.segmenta.data.ColumnType;
import org.segmenta.data.DataException;
import org.segmenta.data.Dataset;
import org.segmenta.data.NumericColumn;

class KPrototypesTest {

	@Test
	void lambdaByHand() {
		// x = 1, 2, 3: population variance 2/3; c = a, a, b: 1 - (4/9 + 1/9) = 4/9; lambda = 1.5
		KPrototypes.MixedData data = new KPrototypes.MixedData(FeatureMatrix.of(new double[][] { { 1 }, { 2 }, { 3 } }),
				new int[][] { { 0 }, { 0 }, { 1 } }, new int[] { 2 });
		assertEquals(1.5, KPrototypes.estimateLambda(data), 1e-12);
	}

	/** Three groups that differ in a number and in two categories, with 10% noise in the categories. */
	private static Dataset mixedGroups(int perGroup, long seed, int[] truth) {
		SplittableRandom random = new SplittableRandom(seed);
		int n = 3 * perGroup;
		double[] income = new double[n];
		int[] region = new int[n];
		int[] channel = new int[n];
		for (int i = 0; i < n; i++) {
			int group = i % 3;
			truth[i] = group;
			income[i] = 10 * group + random.nextGaussian();
			region[i] = random.nextDouble() < 0.9 ? group : random.nextInt(3);
			channel[i] = random.nextDouble() < 0.9 ? group : random.nextInt(3);
		}
		return new Dataset("mixed.csv",
				List.of(new NumericColumn("income", ColumnType.NUMERIC, income),
						new CategoricalColumn("region", ColumnType.NOMINAL, region, List.of("north", "south", "west")),
						new CategoricalColumn("channel", ColumnType.NOMINAL, channel, List.of("app", "mail", "web"))));
	}

	@Test
	void recoversMixedGroups() throws DataException {
		int[] truth = new int[300];
		Dataset data = mixedGroups(100, 5, truth);
		ClusterResult result = new KPrototypesMethod().cluster(data, List.of("income", "region", "channel"), 3,
				new ClusterSettings(1, 5, true, 2), null);
		Blobs groups = new Blobs(FeatureMatrix.of(new double[300][0]), truth);
		assertTrue(groups.recoveredBy(result.labels()));
		assertTrue(result.fit().get("lambda") > 0);
		assertTrue(result.silhouette().value() > 0.5);
	}

	@Test
	void theSeedDecidesAndAGivenLambdaIsUsed() throws DataException {
		Dataset data = mixedGroups(60, 9, new int[180]);
		List<String> columns = List.of("income", "region", "channel");
		ClusterResult first = new KPrototypesMethod().cluster(data, columns, 4, new ClusterSettings(3, 4, false, 1), null);
		ClusterResult second = new KPrototypesMethod().cluster(data, columns, 4, new ClusterSettings(3, 4, false, 3),
				null);
		assertArrayEquals(first.labels(), second.labels());
		ClusterResult given = new KPrototypesMethod().cluster(data, columns, 3,
				new ClusterSettings(1, 2, false, 1, 7.5), null);
		assertEquals(7.5, given.fit().get("lambda"));
	}
}

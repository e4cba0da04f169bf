/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.segmenta.analysis.ClusterResult;
import org.segmenta.analysis.ClusterSettings;
import org.segmenta.analysis.FeatureMatrix;
import org.segmenta.analysis.KMeans;
import org.segmenta.analysis.WardClustering;
import org.segmenta.analysis.WardMethod;
import org.segmenta.data.DataException;

class WardClusteringTest {

	@Test
	void mergesByHandOnALine() {
		// 0, 1 | 5, 6 | 20: merging {0,1} with {5,6} costs 2x2/4 x 5^2 = 25, {5,6} with {20} costs
		// 2x1/3 x 14.5^2 = 140.2, so k = 2 keeps 20 alone
		FeatureMatrix line = FeatureMatrix.of(new double[][] { { 0 }, { 1 }, { 5 }, { 6 }, { 20 } });
		WardClustering tree = WardClustering.of(line, null);
		assertArrayEquals(new int[] { 0, 0, 0, 0, 1 }, tree.cut(2));
		assertArrayEquals(new int[] { 0, 0, 1, 1, 2 }, tree.cut(3));
		assertArrayEquals(new int[] { 0, 1, 2, 3, 4 }, tree.cut(5));
		assertArrayEquals(new int[] { 0, 0, 0, 0, 0 }, tree.cut(1));
	}

	@Test
	void recoversBlobsAsKMeansDoes() {
		Blobs blobs = Blobs.around(new double[][] { { 0, 0 }, { 9, 0 }, { 0, 9 } }, 120, 1.0, 21);
		int[] ward = WardClustering.of(blobs.points(), null).cut(3);
		assertTrue(blobs.recoveredBy(ward));
		KMeans.Result kMeans = new KMeans(3, 5, 1).fit(blobs.points(), null);
		assertEquals(kMeans.inertia(), blobs.points().withinSumOfSquares(ward, 3), 1e-6);
	}

	@Test
	void tooManyRowsAreRefusedWithAReason() {
		double[][] points = new double[WardClustering.MAX_POINTS + 1][1];
		IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
				() -> WardClustering.of(FeatureMatrix.of(points), null));
		assertTrue(failure.getMessage().contains("k-means"));
	}

	@Test
	void cutsOneTreeForSeveralK() throws DataException {
		Blobs blobs = Blobs.around(new double[][] { { 0, 0 }, { 9, 0 }, { 0, 9 }, { 9, 9 } }, 50, 1.0, 3);
		WardMethod ward = new WardMethod();
		var data = SegmentCountSuggestionTest.dataset(blobs.points());
		ClusterSettings settings = new ClusterSettings(1, 1, false, 1);
		ClusterResult four = ward.cluster(data, List.of("x1", "x2"), 4, settings, null);
		ClusterResult two = ward.cluster(data, List.of("x1", "x2"), 2, settings, null);
		assertEquals(4, four.k());
		assertTrue(two.fit().get("inertia") > four.fit().get("inertia"));
		assertTrue(four.silhouette().value() > 0.6);
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.segmenta.analysis.ClusterSettings;
import org.segmenta.analysis.FeatureMatrix;
import org.segmenta.analysis.KMeansMethod;
import org.segmenta.analysis.SegmentCountSuggestion;
import org.segmenta.data.Column;
import org.segmenta.data.ColumnType;
import org.segmenta.data.DataException;
import org.segmenta.data.Dataset;
import org.segmenta.data.NumericColumn;

class SegmentCountSuggestionTest {

	static Dataset dataset(FeatureMatrix points) {
		List<Column> columns = new ArrayList<>();
		for (int j = 0; j < points.dimensions(); j++) {
			double[] values = new double[points.rows()];
			for (int i = 0; i < values.length; i++) {
				values[i] = points.get(i, j);
			}
			columns.add(new NumericColumn("x" + (j + 1), ColumnType.NUMERIC, values));
		}
		return new Dataset("blobs.csv", columns);
	}

	@Test
	void fourBlobsGiveFour() throws DataException {
		Blobs blobs = Blobs.around(new double[][] { { 0, 0 }, { 8, 0 }, { 0, 8 }, { 8, 8 } }, 100, 1.0, 3);
		SegmentCountSuggestion.Table table = SegmentCountSuggestion.suggest(new KMeansMethod(),
				dataset(blobs.points()), List.of("x1", "x2"), 2, 7, 0.05, new ClusterSettings(1, 5, false, 2), null);
		assertEquals(6, table.rows().size());
		assertEquals(4, table.suggested());
		assertEquals(4, table.elbow());
		assertTrue(table.rows().get(2).result().silhouette().value() > 0.6);
	}

	@Test
	void theMinimumShareRulesOutSmallSegments() throws DataException {
		// a blob of 10 points next to two of 200: k = 3 has a segment of 2% of the rows
		double[][] centres = { { 0, 0 }, { 8, 0 } };
		Blobs big = Blobs.around(centres, 200, 1.0, 3);
		Blobs small = Blobs.around(new double[][] { { 4, 12 } }, 10, 0.5, 4);
		double[][] points = new double[410][];
		for (int i = 0; i < 400; i++) {
			points[i] = big.points().point(i);
		}
		for (int i = 0; i < 10; i++) {
			points[400 + i] = small.points().point(i);
		}
		Dataset data = dataset(FeatureMatrix.of(points));
		ClusterSettings settings = new ClusterSettings(1, 5, false, 2);
		SegmentCountSuggestion.Table unbounded = SegmentCountSuggestion.suggest(new KMeansMethod(), data,
				List.of("x1", "x2"), 2, 4, 0.0, settings, null);
		assertEquals(3, unbounded.suggested());
		SegmentCountSuggestion.Table bounded = SegmentCountSuggestion.suggest(new KMeansMethod(), data,
				List.of("x1", "x2"), 2, 4, 0.05, settings, null);
		assertFalse(bounded.rows().get(1).admissible());
		assertEquals(2, bounded.suggested());
	}
}

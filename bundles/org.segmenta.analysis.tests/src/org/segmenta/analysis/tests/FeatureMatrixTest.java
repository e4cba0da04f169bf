/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.segmenta.analysis.FeatureMatrix;
import org.segmenta.data.ColumnType;
import org.segmenta.data.DataException;
import org.segmenta.data.Dataset;
import org.segmenta.data.NumericColumn;

/** The matrix distance-based methods work on, built from a dataset's columns on all cores. */
class FeatureMatrixTest {

	private static final int ROWS = 5_000; // several runs of rows that are copied together
	private static final int COLUMNS = 7;

	/** Values drawn at random, NaN (missing) in about one row in twenty, and in the first and last rows. */
	private static double[][] columns(long seed) {
		Random random = new Random(seed);
		double[][] columns = new double[COLUMNS][ROWS];
		for (int j = 0; j < COLUMNS; j++) {
			for (int i = 0; i < ROWS; i++) {
				columns[j][i] = random.nextInt(20) == 0 ? Double.NaN : 10 * j + random.nextGaussian() * (j + 1);
			}
		}
		columns[3][0] = Double.NaN;
		columns[0][ROWS - 1] = Double.NaN;
		columns[6][1023] = Double.NaN;
		columns[2][1024] = Double.NaN;
		return columns;
	}

	private static Dataset dataset(double[][] columns) {
		List<NumericColumn> list = new ArrayList<>();
		for (int j = 0; j < columns.length; j++) {
			list.add(new NumericColumn("v" + j, ColumnType.NUMERIC, columns[j]));
		}
		return new Dataset("test.csv", list);
	}

	private static List<String> names() {
		return IntStream.range(0, COLUMNS).mapToObj(j -> "v" + j).toList();
	}

	private static boolean complete(double[][] columns, int row) {
		for (double[] column : columns) {
			if (Double.isNaN(column[row])) {
				return false;
			}
		}
		return true;
	}

	@Test
	void keepsTheCompleteRowsInOrderWithTheirValues() throws DataException {
		double[][] columns = columns(1);
		FeatureMatrix matrix = FeatureMatrix.of(dataset(columns), names(), false);
		int[] expected = IntStream.range(0, ROWS).filter(row -> complete(columns, row)).toArray();
		assertEquals(expected.length, matrix.rows());
		assertEquals(COLUMNS, matrix.dimensions());
		for (int i = 0; i < expected.length; i++) {
			assertEquals(expected[i], matrix.row(i));
			for (int j = 0; j < COLUMNS; j++) {
				assertEquals(columns[j][expected[i]], matrix.get(i, j), 0);
			}
		}
	}

	@Test
	void keepsTheCompleteRowsAmongCandidates() throws DataException {
		double[][] columns = columns(2);
		int[] candidates = IntStream.range(0, ROWS).filter(row -> row % 3 != 1).toArray();
		FeatureMatrix matrix = FeatureMatrix.of(dataset(columns), names(), false, candidates);
		int[] expected = IntStream.of(candidates).filter(row -> complete(columns, row)).toArray();
		assertEquals(expected.length, matrix.rows());
		for (int i = 0; i < expected.length; i++) {
			int row = expected[i];
			assertEquals(row, matrix.row(i));
			assertArrayEquals(IntStream.range(0, COLUMNS).mapToDouble(j -> columns[j][row]).toArray(), matrix.point(i), 0);
		}
	}

	@Test
	void standardizesEachColumnToZScores() throws DataException {
		double[][] columns = columns(3);
		columns[5] = new double[ROWS]; // a constant column is centred, not divided by zero
		Arrays.fill(columns[5], 4.5);
		FeatureMatrix raw = FeatureMatrix.of(dataset(columns), names(), false);
		FeatureMatrix standardized = FeatureMatrix.of(dataset(columns), names(), true);
		double[] means = raw.means();
		double[] deviations = raw.standardDeviations();
		for (int i = 0; i < raw.rows(); i += 97) {
			for (int j = 0; j < COLUMNS; j++) {
				double scale = deviations[j] > 0 ? deviations[j] : 1;
				assertEquals((raw.get(i, j) - means[j]) / scale, standardized.get(i, j), 0);
			}
		}
		double[] standardDeviations = standardized.standardDeviations();
		for (int j = 0; j < COLUMNS; j++) {
			assertEquals(0, standardized.means()[j], 1e-12);
			assertEquals(j == 5 ? 0 : 1, standardDeviations[j], 1e-12);
		}
	}

	@Test
	void refusesColumnsWithoutACompleteRow() {
		double[][] columns = columns(4);
		for (int i = 0; i < ROWS; i += 2) {
			columns[1][i] = Double.NaN;
			columns[4][i + 1] = Double.NaN;
		}
		DataException error = assertThrows(DataException.class, () -> FeatureMatrix.of(dataset(columns), names(), false));
		assertEquals("test.csv", error.source());
	}
}

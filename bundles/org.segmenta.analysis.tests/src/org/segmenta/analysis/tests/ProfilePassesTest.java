/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.Test;
import org.segmenta.analysis.CategoricalProfile;
import org.segmenta.analysis.ClusterResult;
import org.segmenta.analysis.NumericProfile;
import org.segmenta.analysis.Profiler;
import org.segmenta.analysis.VariableProfile;
import org.segmenta.data.CategoricalColumn;
import org.segmenta.data.Column;
import org.segmenta.data.ColumnType;
import org.segmenta.data.NumericColumn;

/**
 * Profiling many variables at once, with the weights read in place, gives each variable's profile
 * exactly, and the Rao-Scott design effect of a table without empty cells, computed from the main
 * effects' leverages, is the textbook trace over the interaction contrasts with V formed from every
 * row.
 */
class ProfilePassesTest {

	private static final int ROWS = 20_000;
	private static final int K = 4;

	@Test
	void oneVariableAtATimeOrAllAtOnceAreTheSame() {
		SplittableRandom random = new SplittableRandom(3);
		int[] labels = new int[ROWS];
		double[] weights = new double[ROWS];
		for (int row = 0; row < ROWS; row++) {
			labels[row] = random.nextDouble() < 0.05 ? ClusterResult.UNASSIGNED : random.nextInt(K);
			weights[row] = Math.exp(0.6 * random.nextGaussian());
		}
		List<Column> columns = new ArrayList<>();
		for (int v = 0; v < 3; v++) {
			int[] codes = new int[ROWS];
			double[] values = new double[ROWS];
			double[] binary = new double[ROWS];
			for (int row = 0; row < ROWS; row++) {
				codes[row] = random.nextDouble() < 0.03 ? CategoricalColumn.MISSING : random.nextInt(3 + v);
				values[row] = random.nextDouble() < 0.03 ? Double.NaN : random.nextGaussian() + v;
				binary[row] = random.nextDouble() < 0.03 ? Double.NaN : random.nextInt(2);
			}
			columns.add(new CategoricalColumn("c" + v, ColumnType.NOMINAL, codes, levels(3 + v)));
			columns.add(new NumericColumn("x" + v, ColumnType.NUMERIC, values));
			columns.add(new NumericColumn("b" + v, ColumnType.BINARY, binary));
		}
		for (double[] rowWeights : new double[][] { null, weights }) {
			List<VariableProfile> together = Profiler.profile(columns, labels, K, rowWeights);
			for (int v = 0; v < columns.size(); v++) {
				VariableProfile alone = Profiler.profile(columns.get(v), labels, K, rowWeights);
				if (alone instanceof NumericProfile numbers) {
					NumericProfile same = (NumericProfile) together.get(v);
					assertArrayEquals(numbers.means(), same.means(), 0);
					assertEquals(numbers.totalSd(), same.totalSd(), 0);
					assertEquals(numbers.f(), same.f(), 0);
				} else {
					CategoricalProfile table = (CategoricalProfile) alone;
					CategoricalProfile same = (CategoricalProfile) together.get(v);
					assertArrayEquals(table.counts(), same.counts());
					assertEquals(table.chi2(), same.chi2(), 0);
					assertEquals(table.cramersV(), same.cramersV(), 0);
				}
			}
		}
	}

	@Test
	void raoScottIsTheTraceOverTheInteractionContrasts() {
		int r = 4;
		int c = 5;
		int n = 3000;
		SplittableRandom random = new SplittableRandom(11);
		int[] labels = new int[n];
		int[] codes = new int[n];
		double[] weights = new double[n];
		double total = 0;
		for (int row = 0; row < n; row++) {
			labels[row] = random.nextInt(r);
			codes[row] = random.nextDouble() < 0.5 ? labels[row] : random.nextInt(c);
			weights[row] = Math.exp(0.8 * random.nextGaussian());
			total += weights[row];
		}
		CategoricalProfile profile = (CategoricalProfile) Profiler.profile(
				new CategoricalColumn("q", ColumnType.NOMINAL, codes, levels(c)), labels, r, weights);

		// the cells i + r j, p their weighted shares, V = n/(n-1) Σ z z' with z = w (y - p) / Σw
		int cells = r * c;
		double[] p = new double[cells];
		for (int row = 0; row < n; row++) {
			p[labels[row] + r * codes[row]] += weights[row] / total;
		}
		RealMatrix v = new Array2DRowRealMatrix(cells, cells);
		double[] z = new double[cells];
		for (int row = 0; row < n; row++) {
			for (int cell = 0; cell < cells; cell++) {
				z[cell] = weights[row] * ((cell == labels[row] + r * codes[row] ? 1 : 0) - p[cell]) / total;
			}
			v = v.add(MatrixUtils.createColumnRealMatrix(z).multiply(MatrixUtils.createRowRealMatrix(z)));
		}
		v = v.scalarMultiply((double) n / (n - 1));
		// C: the interaction indicators less their projection on the main effects (R survey's svychisq)
		RealMatrix main = new Array2DRowRealMatrix(cells, r + c - 1);
		RealMatrix interactions = new Array2DRowRealMatrix(cells, (r - 1) * (c - 1));
		for (int i = 0; i < r; i++) {
			for (int j = 0; j < c; j++) {
				main.setEntry(i + r * j, 0, 1);
				if (i > 0) {
					main.setEntry(i + r * j, i, 1);
				}
				if (j > 0) {
					main.setEntry(i + r * j, r - 1 + j, 1);
				}
				if (i > 0 && j > 0) {
					interactions.setEntry(i + r * j, i - 1 + (r - 1) * (j - 1), 1);
				}
			}
		}
		RealMatrix contrasts = interactions.subtract(main.multiply(new LUDecomposition(
				main.transpose().multiply(main)).getSolver().solve(main.transpose().multiply(interactions))));
		double[] inverse = new double[cells];
		for (int cell = 0; cell < cells; cell++) {
			inverse[cell] = 1 / p[cell];
		}
		RealMatrix dInverse = MatrixUtils.createRealDiagonalMatrix(inverse);
		RealMatrix denominator = contrasts.transpose().multiply(dInverse).multiply(contrasts).scalarMultiply(1.0 / n);
		RealMatrix numerator = contrasts.transpose().multiply(dInverse).multiply(v).multiply(dInverse).multiply(contrasts);
		double meanEffect = new LUDecomposition(denominator).getSolver().solve(numerator).getTrace() / ((r - 1) * (c - 1));

		// Pearson's X² of the weighted table scaled to n
		double[] rows = new double[r];
		double[] columns = new double[c];
		for (int cell = 0; cell < cells; cell++) {
			rows[cell % r] += p[cell] * n;
			columns[cell / r] += p[cell] * n;
		}
		double pearson = 0;
		for (int cell = 0; cell < cells; cell++) {
			double expected = rows[cell % r] * columns[cell / r] / n;
			pearson += (p[cell] * n - expected) * (p[cell] * n - expected) / expected;
		}
		assertEquals(CategoricalProfile.RAO_SCOTT, profile.test());
		assertEquals(pearson / meanEffect, profile.chi2(), 1e-9 * profile.chi2());
	}

	private static List<String> levels(int count) {
		List<String> levels = new ArrayList<>();
		for (int level = 0; level < count; level++) {
			levels.add("level " + level);
		}
		return levels;
	}
}

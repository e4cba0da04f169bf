/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.DoubleSupplier;
import java.util.function.IntUnaryOperator;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.segmenta.data.CategoricalColumn;
import org.segmenta.data.Column;
import org.segmenta.data.ColumnType;
import org.segmenta.data.DataException;
import org.segmenta.data.Dataset;
import org.segmenta.data.NumericColumn;

/**
 * Profiles segments against the total. Categorical and binary variables get level shares, indices,
 * chi-square and Cramér's V; numeric and ordinal variables get means, indices, ANOVA F and eta².
 * Each variable uses the rows that have a value for it and a segment (available cases). With the
 * dataset's {@linkplain Dataset#caseWeights() case weights} shares, means and indices are weighted,
 * the unweighted n stays beside every base, and the chi-square is Rao and Scott's first-order
 * correction (see {@link #chiSquare(String, List, long[][], double[][], double[][])}).
 */
public final class Profiler {

	/** The random tables of a Monte Carlo p-value. */
	public static final int MONTE_CARLO_TABLES = 10_000;

	/** The seed of the Monte Carlo p-value, fixed so that a profile is reproducible. */
	public static final long MONTE_CARLO_SEED = 1;

	private static final double SMALL_EXPECTED = 5;

	/**
	 * The interaction contrasts by table size (rows, columns): every variable of a profile has the
	 * same segments and often the same number of levels. Read only, never written after computed.
	 */
	private static final Map<List<Integer>, double[][]> CONTRASTS = new ConcurrentHashMap<>();

	private Profiler() {
	}

	/** The profiles of {@code variables} for the segments {@code labels} (0..k-1, or unassigned). */
	public static List<VariableProfile> profile(Dataset data, int[] labels, int k, List<String> variables)
			throws DataException {
		List<Column> columns = new ArrayList<>();
		for (String name : variables) {
			columns.add(data.column(name));
		}
		// the weights read in place: a copy of 1,000,000 weights costs as much as profiling a variable
		return profile(columns, labels, k, data.caseWeightColumn().orElse(null));
	}

	/** The unweighted profile of {@code column}. */
	public static VariableProfile profile(Column column, int[] labels, int k) {
		return profile(column, labels, k, null);
	}

	/** The profile of {@code column}, weighted by {@code weights} (one per row) unless it is {@code null}. */
	public static VariableProfile profile(Column column, int[] labels, int k, double[] weights) {
		return profile(List.of(column), labels, k, weights).get(0);
	}

	/**
	 * The profiles of {@code columns}, weighted by {@code weights} (one per row) unless it is
	 * {@code null}; see {@link #profile(List, int[], int, NumericColumn)}.
	 */
	public static List<VariableProfile> profile(List<? extends Column> columns, int[] labels, int k, double[] weights) {
		return profile(columns, labels, k, weights == null ? null : new NumericColumn("weight", ColumnType.NUMERIC, weights));
	}

	/**
	 * The profiles of {@code columns}, weighted by the column of case weights {@code weights}
	 * (checked: finite and not negative) unless it is {@code null}. Each column's sums add its rows
	 * in row order, one column after the other: passes over blocks of rows for all columns at once,
	 * which read a block's labels and weights once, were slower (WeightedProfileBenchmark). A
	 * weighted numeric column is read once, an unweighted one twice (see {@link NumericTally}).
	 */
	public static List<VariableProfile> profile(List<? extends Column> columns, int[] labels, int k,
			NumericColumn weights) {
		List<VariableProfile> profiles = new ArrayList<>();
		for (Column column : columns) {
			Tally tally = tally(column, labels, k, weights);
			tally.add(0, labels.length);
			profiles.add(tally.profile());
		}
		return profiles;
	}

	private static Tally tally(Column column, int[] labels, int k, NumericColumn weights) {
		if (column instanceof NumericColumn numeric && numeric.type() != ColumnType.BINARY) {
			return new NumericTally(numeric, labels, k, weights);
		}
		if (column instanceof NumericColumn binary) {
			double[] levels = binary.distinctValues();
			List<String> names = new ArrayList<>();
			for (double level : levels) {
				names.add(NumericColumn.format(level));
			}
			return new CategoricalTally(column.name(), names, labels, k, row -> {
				double value = binary.value(row);
				return Double.isNaN(value) ? -1 : Arrays.binarySearch(levels, value);
			}, weights);
		}
		CategoricalColumn categorical = (CategoricalColumn) column;
		return new CategoricalTally(column.name(), categorical.levels(), labels, k, categorical::code, weights);
	}

	/** The sums of one variable's profile, added rows from .. to at a time. */
	private interface Tally {

		/** Adds the rows from {@code from} up to {@code to}: all rows, in one call. */
		void add(int from, int to);

		/** The profile, once every row is added. */
		VariableProfile profile();
	}

	/** The segments x levels table of a categorical or binary variable. */
	private static final class CategoricalTally implements Tally {

		private static final int CELL_SLOTS = 4;

		private final String name;
		private final List<String> levels;
		private final int[] labels;
		private final IntUnaryOperator codes;
		private final NumericColumn weights;
		private final long[][] counts;
		// weighted: one flat array, one index computation per row; a cell's count, sum of weights and
		// sum of squared weights side by side (and a fourth slot, so a cell is 32 aligned bytes) share
		// a cache line: in separate arrays they cost more (WeightedProfileBenchmark). A count held as
		// a double is exact up to 2^53.
		private final double[] cellSums;

		CategoricalTally(String name, List<String> levels, int[] labels, int k, IntUnaryOperator codes,
				NumericColumn weights) {
			this.name = name;
			this.levels = levels;
			this.labels = labels;
			this.codes = codes;
			this.weights = weights;
			this.counts = new long[k][levels.size()];
			this.cellSums = weights == null ? null : new double[CELL_SLOTS * k * levels.size()];
		}

		@Override
		public void add(int from, int to) {
			if (weights == null) {
				addCounts(from, to);
			} else {
				addWeights(from, to);
			}
		}

		private void addCounts(int from, int to) {
			int[] segments = labels;
			IntUnaryOperator levelCodes = codes;
			long[][] table = counts;
			for (int row = from; row < to; row++) {
				int code = levelCodes.applyAsInt(row);
				if (segments[row] != ClusterResult.UNASSIGNED && code >= 0) {
					table[segments[row]][code]++;
				}
			}
		}

		/** The weighted rows, in a method of its own so that the JIT compiles its loop apart from the unweighted one. */
		private void addWeights(int from, int to) {
			int[] segments = labels;
			IntUnaryOperator levelCodes = codes;
			NumericColumn rowWeights = weights;
			double[] sums = cellSums;
			int l = levels.size();
			for (int row = from; row < to; row++) {
				int code = levelCodes.applyAsInt(row);
				if (segments[row] != ClusterResult.UNASSIGNED && code >= 0) {
					int cell = segments[row] * l + code;
					double weight = rowWeights.value(row);
					sums[CELL_SLOTS * cell] += 1;
					sums[CELL_SLOTS * cell + 1] += weight;
					sums[CELL_SLOTS * cell + 2] += weight * weight;
				}
			}
		}

		@Override
		public VariableProfile profile() {
			if (weights == null) {
				return chiSquare(name, levels, counts, null, null);
			}
			int k = counts.length;
			int l = levels.size();
			double[][] weighted = new double[k][l];
			double[][] squares = new double[k][l];
			for (int s = 0; s < k; s++) {
				for (int c = 0; c < l; c++) {
					int cell = CELL_SLOTS * (s * l + c);
					counts[s][c] = (long) cellSums[cell];
					weighted[s][c] = cellSums[cell + 1];
					squares[s][c] = cellSums[cell + 2];
				}
			}
			return chiSquare(name, levels, counts, weighted, squares, this::permutationPValue);
		}

		/** The permutation p-value of the weighted table, from a second pass that collects its people. */
		private double permutationPValue() {
			int people = 0;
			for (long[] row : counts) {
				for (long count : row) {
					people += (int) count;
				}
			}
			int[] segments = new int[people];
			int[] levelCodes = new int[people];
			double[] personWeights = new double[people];
			int person = 0;
			for (int row = 0; row < labels.length; row++) {
				int code = codes.applyAsInt(row);
				if (labels[row] != ClusterResult.UNASSIGNED && code >= 0) {
					segments[person] = labels[row];
					levelCodes[person] = code;
					personWeights[person] = weights.value(row);
					person++;
				}
			}
			return new PermutationPValue(segments, levelCodes, personWeights, counts.length, levels.size()).pValue();
		}
	}

	/**
	 * Pearson's chi-square test of independence of an unweighted segments x levels table; where more
	 * than 20 % of the cells expect fewer than 5 rows, its p-value is a Monte Carlo one.
	 */
	public static CategoricalProfile chiSquare(String name, List<String> levels, long[][] counts) {
		return chiSquare(name, levels, counts, null, null);
	}

	/**
	 * The chi-square test of a segments x levels table. Unweighted ({@code weighted} null): Pearson's
	 * X² = Σ (O - E)² / E with E = row total x column total / n, p from the chi-square distribution
	 * with (r - 1)(c - 1) df over the non-empty rows and columns, or, where more than 20 % of the
	 * cells have E &lt; 5, the Monte Carlo p-value (1 + #{X²* ≥ X²}) / (B + 1) over B =
	 * {@value #MONTE_CARLO_TABLES} random tables with the same margins (seed {@value #MONTE_CARLO_SEED}),
	 * as R's {@code chisq.test(simulate.p.value = TRUE)}.
	 * <p>
	 * Weighted: Rao and Scott's (1981, 1984) first-order correction, as R survey's
	 * {@code svychisq(statistic = "Chisq")} for a design with weights only (each person their own
	 * primary sampling unit, with replacement). With n rows, weighted cell proportions p̂ (sum of
	 * weights of the cell / sum of all weights) and X² Pearson's statistic of the weighted table
	 * scaled to n, the corrected statistic is X²_RS = X² / δ̄ with the mean generalised design effect
	 * δ̄ = trace((C'D⁻¹C / n)⁻¹ (C'D⁻¹ V D⁻¹ C)) / ((r - 1)(c - 1)), where D = diag(p̂), C spans the
	 * interaction contrasts (the r x c cell indicators of row x column interactions made orthogonal to
	 * the main effects), and V = n / (n - 1) Σᵢ zᵢzᵢ' is the linearisation variance of p̂ with
	 * zᵢ = wᵢ (yᵢ - p̂) / Σ w (yᵢ the cell indicator of row i); where empty cells make C'D⁻¹C
	 * singular, its pseudo-inverse is used and the trace divided by its rank. X²_RS is referred to the chi-square
	 * distribution with (r - 1)(c - 1) df. Cramér's V is that of the weighted table. Where more than
 * 20 % of the cells have E &lt; 5, a profile of the data (not this method, which has no people)
 * gives the {@linkplain PermutationPValue permutation p-value} instead.
	 *
	 * @param counts   counts[segment][level], rows
	 * @param weighted the sums of weights per cell, or {@code null} when unweighted
	 * @param squares  the sums of squared weights per cell (with {@code weighted})
	 */
	public static CategoricalProfile chiSquare(String name, List<String> levels, long[][] counts,
			double[][] weighted, double[][] squares) {
		return chiSquare(name, levels, counts, weighted, squares, null);
	}

	/**
	 * As {@link #chiSquare(String, List, long[][], double[][], double[][])}; where a weighted table
	 * has more than 20 % of its cells with E &lt; 5 and {@code permutation} is given, the p-value is
	 * its {@linkplain PermutationPValue permutation p-value} instead of the chi-square tail.
	 */
	private static CategoricalProfile chiSquare(String name, List<String> levels, long[][] counts,
			double[][] weighted, double[][] squares, DoubleSupplier permutation) {
		int k = counts.length;
		int l = levels.size();
		long n = 0;
		for (long[] row : counts) {
			for (long count : row) {
				n += count;
			}
		}
		double[][] table = new double[k][l];
		for (int s = 0; s < k; s++) {
			for (int c = 0; c < l; c++) {
				table[s][c] = counts[s][c];
			}
		}
		if (weighted != null) {
			double total = 0;
			for (double[] row : weighted) {
				for (double value : row) {
					total += value;
				}
			}
			for (int s = 0; s < k; s++) {
				for (int c = 0; c < l; c++) {
					table[s][c] = total == 0 ? 0 : weighted[s][c] * n / total;
				}
			}
		}
		double[] rowTotals = new double[k];
		double[] columnTotals = new double[l];
		for (int s = 0; s < k; s++) {
			for (int c = 0; c < l; c++) {
				rowTotals[s] += table[s][c];
				columnTotals[c] += table[s][c];
			}
		}
		double chi2 = pearson(table, rowTotals, columnTotals, n);
		int small = 0;
		for (int s = 0; s < k; s++) {
			for (int c = 0; c < l; c++) {
				if (rowTotals[s] > 0 && columnTotals[c] > 0 && rowTotals[s] * columnTotals[c] / n < SMALL_EXPECTED) {
					small++;
				}
			}
		}
		// empty segments or levels carry no information and no degrees of freedom
		int rows = (int) Arrays.stream(rowTotals).filter(total -> total > 0).count();
		int columns = (int) Arrays.stream(columnTotals).filter(total -> total > 0).count();
		int df = (rows - 1) * (columns - 1);
		int smaller = Math.min(rows, columns);
		double v = smaller > 1 && n > 0 ? Math.sqrt(chi2 / (n * (smaller - 1.0))) : 0;
		String test = CategoricalProfile.PEARSON;
		double statistic = chi2;
		double p;
		if (weighted != null) {
			test = CategoricalProfile.RAO_SCOTT;
			double effect = df > 0 ? meanDesignEffect(weighted, squares, n) : Double.NaN;
			statistic = chi2 / effect;
			if (df > 0 && small > 0.2 * rows * columns && permutation != null) {
				test = CategoricalProfile.RAO_SCOTT_PERMUTATION;
				p = permutation.getAsDouble();
			} else {
				p = df > 0 ? UpperTail.chiSquare(statistic, df) : Double.NaN;
			}
		} else if (df > 0 && small > 0.2 * rows * columns) {
			test = CategoricalProfile.MONTE_CARLO;
			p = monteCarlo(counts, chi2, n);
		} else {
			p = df > 0 ? UpperTail.chiSquare(chi2, df) : Double.NaN;
		}
		return new CategoricalProfile(name, levels, counts, weighted, statistic, df, p, v, test, small,
				rows * columns);
	}

	static double pearson(double[][] table, double[] rowTotals, double[] columnTotals, double n) {
		double chi2 = 0;
		for (int s = 0; s < table.length; s++) {
			for (int c = 0; c < columnTotals.length; c++) {
				if (rowTotals[s] > 0 && columnTotals[c] > 0) {
					double expected = rowTotals[s] * columnTotals[c] / n;
					double difference = table[s][c] - expected;
					chi2 += difference * difference / expected;
				}
			}
		}
		return chi2;
	}

	/** δ̄ of Rao and Scott's first-order correction over the non-empty rows and columns. */
	private static double meanDesignEffect(double[][] weighted, double[][] squares, long n) {
		int[] rowIndex = nonEmpty(weighted, true);
		int[] columnIndex = nonEmpty(weighted, false);
		int r = rowIndex.length;
		int c = columnIndex.length;
		int cells = r * c;
		double total = 0;
		double sumSquares = 0;
		double[] p = new double[cells];
		double[] s = new double[cells];
		for (int i = 0; i < r; i++) {
			for (int j = 0; j < c; j++) {
				p[i + r * j] = weighted[rowIndex[i]][columnIndex[j]];
				s[i + r * j] = squares[rowIndex[i]][columnIndex[j]];
				total += p[i + r * j];
				sumSquares += s[i + r * j];
			}
		}
		for (int cell = 0; cell < cells; cell++) {
			p[cell] /= total;
		}
		double scale = (double) n / (n - 1) / (total * total);
		if (Arrays.stream(p).allMatch(share -> share > 0)) {
			double trace = interactionTrace(p, s, r, c);
			if (Double.isFinite(trace)) {
				return n * scale * trace / ((r - 1) * (c - 1));
			}
		}
		// V = n/(n-1) Σ z z', z = w (y - p) / W, y being one cell's indicator, is
		// scale (diag(s) - s p' - p s' + S p p'): a diagonal plus rank two. With M = D⁻¹C,
		// M'VM = scale (M' diag(s) M - a b' - b a' + S b b'), a = M's, b = M'p, which never forms
		// the cells x cells matrix (the dense products cost more than the table's rows)
		double[][] contrasts = CONTRASTS.computeIfAbsent(List.of(r, c), size -> interactionContrasts(r, c).getData());
		int q = contrasts[0].length;
		double[][] m = new double[cells][q];
		for (int cell = 0; cell < cells; cell++) {
			double inverse = p[cell] == 0 ? 0 : 1 / p[cell];
			for (int j = 0; j < q; j++) {
				m[cell][j] = inverse * contrasts[cell][j];
			}
		}
		double[] a = new double[q];
		double[] b = new double[q];
		for (int cell = 0; cell < cells; cell++) {
			for (int j = 0; j < q; j++) {
				a[j] += m[cell][j] * s[cell];
				b[j] += m[cell][j] * p[cell];
			}
		}
		double[][] denominator = new double[q][q];
		double[][] numerator = new double[q][q];
		for (int cell = 0; cell < cells; cell++) {
			for (int i = 0; i < q; i++) {
				double mi = m[cell][i];
				if (mi == 0) {
					continue;
				}
				for (int j = 0; j < q; j++) {
					denominator[i][j] += mi * contrasts[cell][j];
					numerator[i][j] += mi * s[cell] * m[cell][j];
				}
			}
		}
		for (int i = 0; i < q; i++) {
			for (int j = 0; j < q; j++) {
				denominator[i][j] /= n;
				numerator[i][j] = scale * (numerator[i][j] - a[i] * b[j] - b[i] * a[j] + sumSquares * b[i] * b[j]);
			}
		}
		// empty cells make the denominator singular: the pseudo-inverse over the contrasts it spans
		SingularValueDecomposition decomposition = new SingularValueDecomposition(new Array2DRowRealMatrix(denominator, false));
		int rank = decomposition.getRank();
		RealMatrix delta = decomposition.getSolver().getInverse().multiply(new Array2DRowRealMatrix(numerator, false));
		return rank == 0 ? Double.NaN : delta.getTrace() / rank;
	}

	/**
	 * trace((C'D⁻¹C)⁻¹ C'D⁻¹ diag(s) D⁻¹C) for a table without empty cells, without forming the
	 * contrasts. With P = D^-½ C it is Σ over cells of H's diagonal times s/p, H = P(P'P)⁻¹P' the
	 * projection onto span(P). As C is orthogonal to the main effects X, span(P) is the orthogonal
	 * complement of span(D^½ X), so H's diagonal is 1 minus the leverages of the main-effects model
	 * weighted by p: p x'(X'DX)⁻¹x, x a cell's row of X. (V's rank-two part drops out, as
	 * C'D⁻¹p = C'1 = 0.) The cost is that of the r + c - 1 main effects, not of the (r-1)(c-1)
	 * contrasts squared times the cells. NaN when X'DX is not numerically positive definite.
	 *
	 * @param p the cell proportions, all positive, cells i + r j
	 * @param s the cells' sums of squared weights
	 */
	private static double interactionTrace(double[] p, double[] s, int r, int c) {
		int effects = r + c - 1;
		double[][] gram = new double[effects][effects];
		int[][] indices = new int[r * c][];
		for (int i = 0; i < r; i++) {
			for (int j = 0; j < c; j++) {
				int cell = i + r * j;
				// the intercept, the row's effect and the column's effect (the first row and column are the reference)
				int[] x = i == 0 && j == 0 ? new int[] { 0 }
						: i == 0 ? new int[] { 0, r - 1 + j } : j == 0 ? new int[] { 0, i } : new int[] { 0, i, r - 1 + j };
				indices[cell] = x;
				for (int a : x) {
					for (int b : x) {
						gram[a][b] += p[cell];
					}
				}
			}
		}
		double[][] inverse = inverseOfPositiveDefinite(gram);
		if (inverse == null) {
			return Double.NaN;
		}
		double trace = 0;
		for (int cell = 0; cell < r * c; cell++) {
			double quadratic = 0;
			for (int a : indices[cell]) {
				for (int b : indices[cell]) {
					quadratic += inverse[a][b];
				}
			}
			trace += (1 - p[cell] * quadratic) * s[cell] / p[cell];
		}
		return trace;
	}

	/** The inverse of a symmetric positive definite matrix by its Cholesky factor, or null when a pivot is not positive. */
	private static double[][] inverseOfPositiveDefinite(double[][] matrix) {
		int size = matrix.length;
		double[][] lower = new double[size][size];
		for (int i = 0; i < size; i++) {
			for (int j = 0; j <= i; j++) {
				double sum = matrix[i][j];
				for (int m = 0; m < j; m++) {
					sum -= lower[i][m] * lower[j][m];
				}
				if (i == j) {
					if (!(sum > 0)) {
						return null;
					}
					lower[i][i] = Math.sqrt(sum);
				} else {
					lower[i][j] = sum / lower[j][j];
				}
			}
		}
		double[][] inverse = new double[size][size];
		double[] column = new double[size];
		for (int e = 0; e < size; e++) {
			// L y = e_e, then L' x = y
			for (int i = 0; i < size; i++) {
				double sum = i == e ? 1 : 0;
				for (int m = 0; m < i; m++) {
					sum -= lower[i][m] * column[m];
				}
				column[i] = sum / lower[i][i];
			}
			for (int i = size - 1; i >= 0; i--) {
				double sum = column[i];
				for (int m = i + 1; m < size; m++) {
					sum -= lower[m][i] * column[m];
				}
				column[i] = sum / lower[i][i];
			}
			for (int i = 0; i < size; i++) {
				inverse[i][e] = column[i];
			}
		}
		return inverse;
	}

	private static int[] nonEmpty(double[][] table, boolean rows) {
		int size = rows ? table.length : table[0].length;
		List<Integer> kept = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			double sum = 0;
			for (int j = 0; j < (rows ? table[0].length : table.length); j++) {
				sum += rows ? table[i][j] : table[j][i];
			}
			if (sum > 0) {
				kept.add(i);
			}
		}
		return kept.stream().mapToInt(Integer::intValue).toArray();
	}

	/** The interaction columns of the r x c saturated model, residuals after the main effects (cells row-first). */
	private static RealMatrix interactionContrasts(int r, int c) {
		int cells = r * c;
		RealMatrix main = new Array2DRowRealMatrix(cells, r + c - 1);
		RealMatrix interactions = new Array2DRowRealMatrix(cells, (r - 1) * (c - 1));
		for (int i = 0; i < r; i++) {
			for (int j = 0; j < c; j++) {
				int cell = i + r * j;
				main.setEntry(cell, 0, 1);
				if (i > 0) {
					main.setEntry(cell, i, 1);
				}
				if (j > 0) {
					main.setEntry(cell, r - 1 + j, 1);
				}
				if (i > 0 && j > 0) {
					interactions.setEntry(cell, (i - 1) + (r - 1) * (j - 1), 1);
				}
			}
		}
		RealMatrix gram = main.transpose().multiply(main);
		RealMatrix projected = main.multiply(new LUDecomposition(gram).getSolver().solve(main.transpose().multiply(interactions)));
		return interactions.subtract(projected);
	}

	/** The Monte Carlo p-value of {@code chi2} among random tables with the margins of {@code counts}. */
	private static double monteCarlo(long[][] counts, double chi2, long n) {
		int k = counts.length;
		int l = counts[0].length;
		long[] rowTotals = new long[k];
		long[] columnTotals = new long[l];
		for (int s = 0; s < k; s++) {
			for (int c = 0; c < l; c++) {
				rowTotals[s] += counts[s][c];
				columnTotals[c] += counts[s][c];
			}
		}
		double[] rows = Arrays.stream(rowTotals).asDoubleStream().toArray();
		double[] columns = Arrays.stream(columnTotals).asDoubleStream().toArray();
		SplittableRandom random = new SplittableRandom(MONTE_CARLO_SEED);
		double[][] table = new double[k][l];
		// as R: a statistic equal to the observed one but for rounding reaches it
		double observed = chi2 * (1 - 64 * Math.ulp(1.0));
		int reached = 0;
		for (int b = 0; b < MONTE_CARLO_TABLES; b++) {
			RandomTables.draw(rowTotals, columnTotals, n, random, table);
			if (pearson(table, rows, columns, n) >= observed) {
				reached++;
			}
		}
		return (1.0 + reached) / (MONTE_CARLO_TABLES + 1.0);
	}

	/**
	 * The sums of a numeric or ordinal variable. Unweighted: the means first, then the squared
	 * deviations from them in a second pass (as before weights existed, so the results stay the
	 * same to the bit). Weighted: one pass, which reads the weights once rather than twice (on a
	 * busy machine the weighted profile is bound by memory): each segment's weighted sums of
	 * x - c and (x - c)², c the segment's first value, so that the within sum of squares
	 * Σ (x - c)² - (Σ (x - c))² / W loses nothing to cancellation while the values stay near c.
	 */
	private static final class NumericTally implements Tally {

		private final NumericColumn column;
		private final int[] labels;
		private final NumericColumn weights;
		/** The segments' sums of values (unweighted), or of weighted deviations from their shifts. */
		private final double[] sums;
		/** Weighted: the segments' first values, and their sums of weighted squared deviations from them. */
		private final double[] shifts;
		private final double[] squareSums;
		private final long[] counts;
		private final double[] bases;
		private double total;
		private double base;
		private long n;
		private double min = Double.POSITIVE_INFINITY;
		private boolean negative;
		private double totalMean;
		private double[] means;
		private double within;

		NumericTally(NumericColumn column, int[] labels, int k, NumericColumn weights) {
			this.column = column;
			this.labels = labels;
			this.weights = weights;
			this.sums = new double[k];
			this.counts = new long[k];
			this.bases = new double[k];
			this.shifts = weights == null ? null : firstValues(column, labels, k);
			this.squareSums = weights == null ? null : new double[k];
		}

		/** Each segment's first value (0 for a segment without one). */
		private static double[] firstValues(NumericColumn column, int[] labels, int k) {
			double[] first = new double[k];
			boolean[] found = new boolean[k];
			int missing = k;
			for (int row = 0; row < labels.length && missing > 0; row++) {
				int segment = labels[row];
				if (segment != ClusterResult.UNASSIGNED && !found[segment] && !Double.isNaN(column.value(row))) {
					first[segment] = column.value(row);
					found[segment] = true;
					missing--;
				}
			}
			return first;
		}

		@Override
		public void add(int from, int to) {
			if (weights == null) {
				addCounts(from, to);
				endSums();
				addSquares(from, to);
			} else {
				addWeights(from, to);
				endWeightedSums();
			}
		}

		private void addCounts(int from, int to) {
			NumericColumn values = column;
			int[] segments = labels;
			double[] segmentSums = sums;
			long[] segmentCounts = counts;
			double[] segmentBases = bases;
			double sum = total;
			double weightSum = base;
			long rows = n;
			double smallest = min;
			for (int row = from; row < to; row++) {
				double value = values.value(row);
				if (segments[row] != ClusterResult.UNASSIGNED && !Double.isNaN(value)) {
					segmentSums[segments[row]] += value;
					segmentCounts[segments[row]]++;
					segmentBases[segments[row]] += 1;
					sum += value;
					weightSum += 1;
					rows++;
					smallest = Math.min(smallest, value);
				}
			}
			total = sum;
			base = weightSum;
			n = rows;
			min = smallest;
		}

		/**
		 * The weighted rows, in a method of its own so that the JIT compiles its loop apart from the
		 * unweighted one. It keeps no running totals: each would be a chain of additions that every
		 * row waits on (the totals come from the segments' sums in {@link #endWeightedSums()}), and it
		 * asks whether a value is negative, not for the smallest, a comparison rather than a chain of minima.
		 */
		private void addWeights(int from, int to) {
			NumericColumn values = column;
			int[] segments = labels;
			NumericColumn rowWeights = weights;
			double[] segmentShifts = shifts;
			double[] segmentSums = sums;
			double[] segmentSquares = squareSums;
			long[] segmentCounts = counts;
			double[] segmentBases = bases;
			boolean anyNegative = negative;
			for (int row = from; row < to; row++) {
				double value = values.value(row);
				int segment = segments[row];
				if (segment != ClusterResult.UNASSIGNED && !Double.isNaN(value)) {
					double weight = rowWeights.value(row);
					double deviation = value - segmentShifts[segment];
					double weighted = weight * deviation;
					segmentSums[segment] += weighted;
					segmentSquares[segment] += weighted * deviation;
					segmentCounts[segment]++;
					segmentBases[segment] += weight;
					anyNegative |= value < 0;
				}
			}
			negative = anyNegative;
		}

		/** The weighted means and within sum of squares, once every row is added. */
		private void endWeightedSums() {
			means = new double[sums.length];
			double squares = 0;
			for (int s = 0; s < sums.length; s++) {
				n += counts[s];
				base += bases[s];
				if (bases[s] == 0) {
					means[s] = Double.NaN; // no people, or people weighted 0 only
					continue;
				}
				double meanDeviation = sums[s] / bases[s];
				means[s] = shifts[s] + meanDeviation;
				squares += Math.max(0, squareSums[s] - sums[s] * meanDeviation);
				total += bases[s] * means[s];
			}
			totalMean = total / base;
			within = squares;
		}

		/** The unweighted means, once every row is added. */
		private void endSums() {
			totalMean = total / base;
			means = new double[sums.length];
			for (int s = 0; s < sums.length; s++) {
				means[s] = bases[s] == 0 ? Double.NaN : sums[s] / bases[s];
			}
		}

		/** Adds the squared deviations from the segment means of the unweighted rows from {@code from} up to {@code to}. */
		private void addSquares(int from, int to) {
			NumericColumn values = column;
			int[] segments = labels;
			double[] segmentMeans = means;
			double squares = within;
			for (int row = from; row < to; row++) {
				double value = values.value(row);
				if (segments[row] != ClusterResult.UNASSIGNED && !Double.isNaN(value)) {
					double deviation = value - segmentMeans[segments[row]];
					squares += deviation * deviation;
				}
			}
			within = squares;
		}

		@Override
		public VariableProfile profile() {
			int k = sums.length;
			double between = 0;
			int groups = 0;
			for (int s = 0; s < k; s++) {
				if (counts[s] > 0) {
					double deviation = means[s] - totalMean;
					between += bases[s] * deviation * deviation;
					groups++;
				}
			}
			// weights scaled to sum to the rows, so that the mean squares are on the scale of the df
			double scale = n / base;
			between *= scale;
			double withinSquares = within * scale;
			int dfBetween = groups - 1;
			int dfWithin = (int) (n - groups);
			double f = dfBetween > 0 && dfWithin > 0 && withinSquares > 0
					? (between / dfBetween) / (withinSquares / dfWithin)
					: Double.NaN;
			double p = Double.isNaN(f) ? Double.NaN : UpperTail.f(f, dfBetween, dfWithin);
			double totalSquares = between + withinSquares;
			double eta2 = totalSquares > 0 ? between / totalSquares : 0;
			// a ratio to the mean is infinite at mean 0 and flips its sign below
			boolean standardIndex = min < 0 || negative || !(totalMean > 0);
			return new NumericProfile(column.name(), means, counts, weights == null ? null : bases, totalMean,
					Math.sqrt(totalSquares / n), f, dfBetween, dfWithin, p, eta2, standardIndex);
		}
	}
}

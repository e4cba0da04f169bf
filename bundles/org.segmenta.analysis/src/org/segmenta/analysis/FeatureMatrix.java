/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.segmenta.analysis.internal.AnalysisTexts;
import org.segmenta.data.DataException;
import org.segmenta.data.Dataset;
import org.segmenta.data.NumericColumn;

/**
 * Numeric columns of a dataset as one row-major array, the shape distance-based methods work on.
 * Rows with a missing value in any chosen column are left out (listwise deletion); {@link #row(int)}
 * maps back to the dataset row.
 */
public final class FeatureMatrix {

	/** Rows copied from the columns at a time: a few hundred kilobytes of them, which the cache holds. */
	private static final int COPY_ROWS = 1024;

	private final List<String> names;
	private final int rows;
	private final int dimensions;
	private final double[] values;
	private final int[] datasetRows;
	/** The case weight of each point, or {@code null} when every point counts once. */
	private final double[] weights;

	public FeatureMatrix(List<String> names, double[] values, int[] datasetRows) {
		this(names, values, datasetRows, null);
	}

	/** @param weights the case weight of each point (non-negative), or {@code null} when every point counts once */
	public FeatureMatrix(List<String> names, double[] values, int[] datasetRows, double[] weights) {
		if (weights != null && weights.length != datasetRows.length) {
			throw new IllegalArgumentException(weights.length + " weights for " + datasetRows.length + " rows");
		}
		this.weights = weights;
		this.names = List.copyOf(names);
		this.dimensions = names.size();
		this.rows = datasetRows.length;
		if (values.length != rows * dimensions) {
			throw new IllegalArgumentException(values.length + " values for " + rows + " x " + dimensions);
		}
		this.values = values;
		this.datasetRows = datasetRows;
	}

	/** A matrix of the given rows, each row one point; the dataset rows are numbered from 0. */
	public static FeatureMatrix of(double[][] points) {
		int dimensions = points.length == 0 ? 0 : points[0].length;
		List<String> names = new ArrayList<>();
		for (int j = 0; j < dimensions; j++) {
			names.add("x" + (j + 1));
		}
		double[] values = new double[points.length * dimensions];
		int[] rows = new int[points.length];
		for (int i = 0; i < points.length; i++) {
			System.arraycopy(points[i], 0, values, i * dimensions, dimensions);
			rows[i] = i;
		}
		return new FeatureMatrix(names, values, rows);
	}

	/**
	 * The complete rows of {@code columns}.
	 *
	 * @param standardize whether to turn each column into z-scores (population standard deviation),
	 *                    so variables on larger scales do not dominate the distances
	 * @throws DataException when a column is unknown, not numeric, or no row is complete
	 */
	public static FeatureMatrix of(Dataset data, List<String> columns, boolean standardize) throws DataException {
		return of(data, columns, standardize, IntStream.range(0, data.rowCount()).toArray());
	}

	/**
	 * The rows among {@code candidates} (ascending dataset rows) that are complete on {@code columns}.
	 */
	public static FeatureMatrix of(Dataset data, List<String> columns, boolean standardize, int[] candidates)
			throws DataException {
		List<NumericColumn> selected = new ArrayList<>();
		for (String name : columns) {
			selected.add(data.numericColumn(name));
		}
		int dimensions = selected.size();
		double[] copied = new double[candidates.length * dimensions];
		boolean[] missing = new boolean[candidates.length];
		// a run of rows at a time, on all cores, so that the rows being filled stay in the cache while
		// every column is read and while they are checked for missing values
		IntStream.range(0, (candidates.length + COPY_ROWS - 1) / COPY_ROWS).parallel().forEach(chunk -> {
			int from = chunk * COPY_ROWS;
			int to = Math.min(candidates.length, from + COPY_ROWS);
			for (int j = 0; j < dimensions; j++) {
				NumericColumn column = selected.get(j);
				for (int i = from; i < to; i++) {
					copied[i * dimensions + j] = column.value(candidates[i]);
				}
			}
			for (int i = from; i < to; i++) {
				for (int j = 0; j < dimensions; j++) {
					missing[i] |= Double.isNaN(copied[i * dimensions + j]);
				}
			}
		});
		int[] complete = new int[candidates.length];
		int rows = 0;
		for (int p = 0; p < candidates.length; p++) {
			if (!missing[p]) {
				if (rows < p) {
					System.arraycopy(copied, p * dimensions, copied, rows * dimensions, dimensions);
				}
				complete[rows++] = candidates[p];
			}
		}
		if (rows == 0) {
			throw new DataException(data.source(), AnalysisTexts.wording("rows.noneComplete", columns.toString()));
		}
		double[] values = rows < candidates.length ? Arrays.copyOf(copied, rows * dimensions) : copied;
		double[] caseWeights = data.caseWeights().orElse(null);
		double[] weights = null;
		if (caseWeights != null) {
			weights = new double[rows];
			for (int i = 0; i < rows; i++) {
				weights[i] = caseWeights[complete[i]];
			}
		}
		FeatureMatrix matrix = new FeatureMatrix(columns, values, Arrays.copyOf(complete, rows), weights);
		if (standardize) {
			matrix.standardizeInPlace();
		}
		return matrix;
	}

	private void standardizeInPlace() {
		double[] means = means();
		double[] scales = standardDeviations(means);
		for (int j = 0; j < dimensions; j++) {
			// a constant column carries no information: centre it, leaving zeros
			scales[j] = scales[j] > 0 ? scales[j] : 1;
		}
		// row by row, as the values lie in memory
		for (int i = 0; i < rows; i++) {
			for (int j = 0; j < dimensions; j++) {
				values[i * dimensions + j] = (values[i * dimensions + j] - means[j]) / scales[j];
			}
		}
	}

	/** The mean of each dimension. */
	public double[] means() {
		double[] means = new double[dimensions];
		for (int i = 0; i < rows; i++) {
			addTo(i, means);
		}
		for (int j = 0; j < dimensions; j++) {
			means[j] /= rows;
		}
		return means;
	}

	/** The population standard deviation of each dimension. */
	public double[] standardDeviations() {
		return standardDeviations(means());
	}

	/** The population standard deviation of each dimension around {@code means}, as {@link #means()} gives them. */
	double[] standardDeviations(double[] means) {
		double[] squares = new double[dimensions];
		for (int i = 0; i < rows; i++) {
			for (int j = 0; j < dimensions; j++) {
				double deviation = values[i * dimensions + j] - means[j];
				squares[j] += deviation * deviation;
			}
		}
		for (int j = 0; j < dimensions; j++) {
			squares[j] = Math.sqrt(squares[j] / rows);
		}
		return squares;
	}

	public List<String> names() {
		return names;
	}

	/** The number of points. */
	public int rows() {
		return rows;
	}

	public int dimensions() {
		return dimensions;
	}

	public double get(int row, int dimension) {
		return values[row * dimensions + dimension];
	}

	/** The dataset row of point {@code row}. */
	public int row(int row) {
		return datasetRows[row];
	}

	/** The squared Euclidean distance between point {@code row} and {@code centre}. */
	public double squaredDistance(int row, double[] centre) {
		double sum = 0;
		int offset = row * dimensions;
		for (int j = 0; j < dimensions; j++) {
			double difference = values[offset + j] - centre[j];
			sum += difference * difference;
		}
		return sum;
	}

	/**
	 * Four squared distances at once, between the vectors of {@code a} and of {@code b} that start at
	 * the given offsets, into {@code out[at..at+3]}. Four independent sums keep the processor busy;
	 * each is still summed in the order of the dimensions, so the values equal those of one at a time.
	 */
	static void fourSquaredDistances(double[] a, int a0, int a1, int a2, int a3, double[] b, int b0, int b1, int b2,
			int b3, int dimensions, double[] out, int at) {
		double s0 = 0;
		double s1 = 0;
		double s2 = 0;
		double s3 = 0;
		for (int j = 0; j < dimensions; j++) {
			double d0 = a[a0 + j] - b[b0 + j];
			double d1 = a[a1 + j] - b[b1 + j];
			double d2 = a[a2 + j] - b[b2 + j];
			double d3 = a[a3 + j] - b[b3 + j];
			s0 += d0 * d0;
			s1 += d1 * d1;
			s2 += d2 * d2;
			s3 += d3 * d3;
		}
		out[at] = s0;
		out[at + 1] = s1;
		out[at + 2] = s2;
		out[at + 3] = s3;
	}

	/** The squared Euclidean distance between two points. */
	public double squaredDistance(int first, int second) {
		double sum = 0;
		int a = first * dimensions;
		int b = second * dimensions;
		for (int j = 0; j < dimensions; j++) {
			double difference = values[a + j] - values[b + j];
			sum += difference * difference;
		}
		return sum;
	}

	/**
	 * The squared distances of point {@code first} to the points {@code from} to {@code to - 1},
	 * point {@code b}'s at {@code out[b - from]}: four at a time, each equal to
	 * {@link #squaredDistance(int, int)}.
	 */
	public void squaredDistancesFrom(int first, int from, int to, double[] out) {
		int a = first * dimensions;
		int b = from;
		for (; b + 4 <= to; b += 4) {
			fourSquaredDistances(values, a, a, a, a, values, b * dimensions, (b + 1) * dimensions, (b + 2) * dimensions,
					(b + 3) * dimensions, dimensions, out, b - from);
		}
		for (; b < to; b++) {
			out[b - from] = squaredDistance(first, b);
		}
	}

	/** A copy of point {@code row}. */
	public double[] point(int row) {
		return Arrays.copyOfRange(values, row * dimensions, (row + 1) * dimensions);
	}

	/** The sum of squared distances of the points to the mean of their segment (0..k-1). */
	public double withinSumOfSquares(int[] labels, int k) {
		double[][] means = new double[k][dimensions];
		int[] counts = new int[k];
		for (int i = 0; i < rows; i++) {
			addTo(i, means[labels[i]]);
			counts[labels[i]]++;
		}
		for (int c = 0; c < k; c++) {
			for (int j = 0; j < dimensions; j++) {
				means[c][j] /= Math.max(1, counts[c]);
			}
		}
		double sum = 0;
		for (int i = 0; i < rows; i++) {
			sum += squaredDistance(i, means[labels[i]]);
		}
		return sum;
	}

	/** The case weight of each point, or empty when every point counts once. */
	public Optional<double[]> weights() {
		return Optional.ofNullable(weights);
	}

	/** The case weights themselves or {@code null} (not a copy: for the hot loops of this package). */
	double[] weightsOrNull() {
		return weights;
	}

	/** The values themselves, row after row (not a copy: for the hot loops of this package). */
	double[] values() {
		return values;
	}

	/** The points {@code points} (indices of this matrix's rows), in that order, with their dataset rows and weights. */
	FeatureMatrix rowsAt(int[] points) {
		double[] subset = new double[Math.multiplyExact(points.length, dimensions)];
		int[] subsetRows = new int[points.length];
		double[] subsetWeights = weights == null ? null : new double[points.length];
		for (int p = 0; p < points.length; p++) {
			System.arraycopy(values, points[p] * dimensions, subset, p * dimensions, dimensions);
			subsetRows[p] = datasetRows[points[p]];
			if (weights != null) {
				subsetWeights[p] = weights[points[p]];
			}
		}
		return new FeatureMatrix(names, subset, subsetRows, subsetWeights);
	}

	/** Adds point {@code row} to {@code sums}. */
	void addTo(int row, double[] sums) {
		int offset = row * dimensions;
		for (int j = 0; j < dimensions; j++) {
			sums[j] += values[offset + j];
		}
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.data;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/** Numbers, with {@link Double#NaN} for missing values: numeric, ordinal or 0/1 binary columns. */
public final class NumericColumn extends Column {

	private final double[] values;

	public NumericColumn(String name, ColumnType type, double[] values, ColumnLabels labels) {
		super(name, type, labels);
		this.values = values;
	}

	public NumericColumn(String name, ColumnType type, double[] values) {
		this(name, type, values, ColumnLabels.NONE);
	}

	@Override
	public NumericColumn withLabels(ColumnLabels labels) {
		return new NumericColumn(name(), type(), values, labels);
	}

	@Override
	public int size() {
		return values.length;
	}

	@Override
	public int missingCount() {
		int missing = 0;
		for (double value : values) {
			missing += Double.isNaN(value) ? 1 : 0;
		}
		return missing;
	}

	@Override
	public boolean isMissing(int row) {
		return Double.isNaN(values[row]);
	}

	/** The value of {@code row}, {@link Double#NaN} when missing. */
	public double value(int row) {
		return values[row];
	}

	@Override
	public String text(int row) {
		double value = values[row];
		return Double.isNaN(value) ? null : format(value);
	}

	/** {@code value} as text: whole numbers without a decimal point. */
	public static String format(double value) {
		return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
				: Double.toString(value);
	}

	/**
	 * Whether every row holds a whole number and no two rows the same one, as in a column of
	 * respondent numbers. It stops at the first fraction, gap or repeat, so on measurements and
	 * answer scales it reads a few rows only; a rising sequence (1, 2, 3, ...) needs no set.
	 */
	public boolean holdsDistinctWholeNumbers() {
		boolean rising = true;
		for (int row = 0; row < values.length; row++) {
			double value = values[row];
			if (Double.isNaN(value) || value != Math.rint(value)) {
				return false;
			}
			rising &= row == 0 || value > values[row - 1];
		}
		if (rising) {
			return true;
		}
		Set<Double> seen = new HashSet<>();
		for (double value : values) {
			if (!seen.add(value)) {
				return false;
			}
		}
		return true;
	}

	/** The distinct non-missing values in ascending order. */
	public double[] distinctValues() {
		return Arrays.stream(values).filter(value -> !Double.isNaN(value)).sorted().distinct().toArray();
	}
}

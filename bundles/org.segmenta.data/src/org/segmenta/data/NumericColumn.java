/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.data;

import java.util.Arrays;

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

	/** The distinct non-missing values in ascending order. */
	public double[] distinctValues() {
		return Arrays.stream(values).filter(value -> !Double.isNaN(value)).sorted().distinct().toArray();
	}
}

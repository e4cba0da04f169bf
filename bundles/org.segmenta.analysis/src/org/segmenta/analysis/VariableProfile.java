/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis;

/** How one variable differs between the segments and the total. */
public sealed interface VariableProfile permits CategoricalProfile, NumericProfile {

	/** The column name. */
	String variable();

	/**
	 * The strength of association with the segmentation, from 0 to 1: Cramér's V for categories,
	 * eta² for numbers.
	 */
	double association();

	/** The p-value of the test of no difference between segments. */
	double pValue();

	/**
	 * How far segments {@code a} and {@code b} are apart on this variable: the total variation
	 * distance of their level shares for categories, the difference of means in total standard
	 * deviations for numbers.
	 */
	double distance(int a, int b);
}

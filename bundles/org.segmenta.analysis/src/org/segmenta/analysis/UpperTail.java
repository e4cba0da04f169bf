/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis;

import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Gamma;

/**
 * Upper tail probabilities (p-values) computed directly, not as 1 - cdf: the subtraction loses
 * every digit of a small p (below about 1e-16 it gives 0), so p-values keep their relative precision
 * down to the smallest doubles.
 */
public final class UpperTail {

	private UpperTail() {
	}

	/** P(X &gt; x) for X chi-square distributed with {@code df} degrees of freedom: Q(df/2, x/2). */
	public static double chiSquare(double x, double df) {
		if (x <= 0) {
			return 1;
		}
		return Gamma.regularizedGammaQ(df / 2, x / 2);
	}

	/**
	 * P(X &gt; f) for X F-distributed with {@code df1} and {@code df2} degrees of freedom:
	 * I_{df2 / (df2 + df1 f)}(df2/2, df1/2), the regularised incomplete beta function.
	 */
	public static double f(double f, double df1, double df2) {
		if (f <= 0) {
			return 1;
		}
		return Beta.regularizedBeta(df2 / (df2 + df1 * f), df2 / 2, df1 / 2);
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.data.internal;

import ch.randelshofer.fastdoubleparser.JavaDoubleParser;

/**
 * Recognises and parses numbers as survey tools and spreadsheets write them. Parsing goes through
 * FastDoubleParser, which rounds exactly as {@link Double#parseDouble} does, several times faster.
 */
public final class NumberText {

	/** Digits that a double holds exactly (10^15 < 2^53). */
	private static final int MAX_EXACT_DIGITS = 15;
	/** The largest power of ten that a double holds exactly. */
	private static final int MAX_EXACT_POWER = 22;
	private static final double[] POWERS_OF_TEN = new double[MAX_EXACT_POWER + 1];

	static {
		POWERS_OF_TEN[0] = 1;
		for (int i = 1; i <= MAX_EXACT_POWER; i++) {
			POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
		}
	}

	private NumberText() {
	}

	/**
	 * Whether {@code text} is a plain decimal number with {@code separator} as its decimal mark:
	 * an optional sign, digits, at most one separator, an optional exponent. Thousands separators,
	 * {@code NaN} and {@code Infinity} are not numbers here, so they never slip through as values.
	 */
	public static boolean isNumber(String text, char separator) {
		return !Double.isNaN(parse(text, separator));
	}

	/** The value of {@code text}, or {@link Double#NaN} when it is not a number by {@link #isNumber}. */
	public static double parse(String text, char separator) {
		return parse(text.toCharArray(), 0, text.length(), separator);
	}

	/**
	 * The value of {@code text[from..to)}, or {@link Double#NaN} when it is not a number by
	 * {@link #isNumber}. A number of at most 15 significant digits and a power of ten within 10^±22 is
	 * their exact quotient or product, which one floating-point operation rounds correctly (Clinger's
	 * fast path, as FastDoubleParser's own first step); any other goes to FastDoubleParser.
	 * For that parse a decimal comma is turned into a point in place and put back afterwards, so no
	 * copy of the cell is made; {@code text} must not be shared with another thread meanwhile.
	 */
	public static double parse(char[] text, int from, int to, char separator) {
		// the common case first: a sign, at most 15 digits with a decimal mark among them and nothing else
		int i = from;
		boolean negative = false;
		if (i < to && (text[i] == '-' || text[i] == '+')) {
			negative = text[i] == '-';
			i++;
		}
		int digitsFrom = i;
		long mantissa = 0;
		for (int digit; i < to && (digit = text[i] - '0') >= 0 && digit <= 9; i++) {
			mantissa = 10 * mantissa + digit;
		}
		int digits = i - digitsFrom;
		int fractionDigits = 0;
		if (i < to && text[i] == separator) {
			int fractionFrom = ++i;
			for (int digit; i < to && (digit = text[i] - '0') >= 0 && digit <= 9; i++) {
				mantissa = 10 * mantissa + digit;
			}
			fractionDigits = i - fractionFrom;
			digits += fractionDigits;
		}
		// at most 15 digits, held exactly by the mantissa and by a double: one division rounds (Clinger)
		if (i == to && digits > 0 && digits <= MAX_EXACT_DIGITS) {
			double value = fractionDigits == 0 ? mantissa : mantissa / POWERS_OF_TEN[fractionDigits];
			return negative ? -value : value;
		}
		return parseAny(text, from, to, separator);
	}

	/** As {@link #parse(char[], int, int, char)}, any number: many digits, an exponent. */
	private static double parseAny(char[] text, int from, int to, char separator) {
		int i = from;
		boolean negative = false;
		if (i < to && (text[i] == '-' || text[i] == '+')) {
			negative = text[i] == '-';
			i++;
		}
		long mantissa = 0;
		int digits = 0;
		int significant = 0;
		int fractionDigits = 0;
		int mark = -1;
		for (; i < to; i++) {
			char c = text[i];
			if (c >= '0' && c <= '9') {
				digits++;
				if (significant > 0 || c != '0') {
					significant++;
				}
				if (significant <= MAX_EXACT_DIGITS) {
					mantissa = 10 * mantissa + (c - '0');
				}
				if (mark >= 0) {
					fractionDigits++;
				}
			} else if (c == separator && mark < 0) {
				mark = i;
			} else {
				break;
			}
		}
		if (digits == 0) {
			return Double.NaN;
		}
		int exponent = 0;
		if (i < to && (text[i] == 'e' || text[i] == 'E')) {
			i++;
			boolean negativeExponent = i < to && text[i] == '-';
			if (i < to && (text[i] == '-' || text[i] == '+')) {
				i++;
			}
			int exponentDigits = 0;
			for (; i < to && text[i] >= '0' && text[i] <= '9'; i++, exponentDigits++) {
				exponent = Math.min(10 * exponent + (text[i] - '0'), 100_000); // far beyond any double
			}
			if (exponentDigits == 0) {
				return Double.NaN;
			}
			exponent = negativeExponent ? -exponent : exponent;
		}
		if (i != to) {
			return Double.NaN;
		}
		int power = exponent - fractionDigits;
		if (significant <= MAX_EXACT_DIGITS && power >= -MAX_EXACT_POWER && power <= MAX_EXACT_POWER) {
			double value = power < 0 ? mantissa / POWERS_OF_TEN[-power] : mantissa * POWERS_OF_TEN[power];
			return negative ? -value : value;
		}
		if (mark < 0 || separator == '.') {
			return JavaDoubleParser.parseDouble(text, from, to - from);
		}
		text[mark] = '.';
		try {
			return JavaDoubleParser.parseDouble(text, from, to - from);
		} finally {
			text[mark] = separator;
		}
	}
}

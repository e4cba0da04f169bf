/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.data.internal;

/** Recognises and parses numbers as survey tools and spreadsheets write them. */
public final class NumberText {

	private NumberText() {
	}

	/**
	 * Whether {@code text} is a plain decimal number with {@code separator} as its decimal mark:
	 * an optional sign, digits, at most one separator, an optional exponent. Thousands separators,
	 * {@code NaN} and {@code Infinity} are not numbers here, so they never slip through as values.
	 */
	public static boolean isNumber(String text, char separator) {
		int length = text.length();
		int i = 0;
		if (i < length && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
			i++;
		}
		int digits = 0;
		boolean separatorSeen = false;
		for (; i < length; i++) {
			char c = text.charAt(i);
			if (c >= '0' && c <= '9') {
				digits++;
			} else if (c == separator && !separatorSeen) {
				separatorSeen = true;
			} else {
				break;
			}
		}
		if (digits == 0) {
			return false;
		}
		if (i < length && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
			i++;
			if (i < length && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
				i++;
			}
			int exponentDigits = 0;
			for (; i < length && text.charAt(i) >= '0' && text.charAt(i) <= '9'; i++) {
				exponentDigits++;
			}
			if (exponentDigits == 0) {
				return false;
			}
		}
		return i == length;
	}

	/** The value of {@code text}, or {@link Double#NaN} when it is not a number by {@link #isNumber}. */
	public static double parse(String text, char separator) {
		if (!isNumber(text, separator)) {
			return Double.NaN;
		}
		return Double.parseDouble(separator == '.' ? text : text.replace(separator, '.'));
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.model.persistence;

import java.util.regex.Pattern;

/**
 * Cells of the CSV files Segmenta writes, safe to open in a spreadsheet. A text beginning with
 * {@code = + - @}, a tab or a carriage return would be run as a formula by Excel, LibreOffice or
 * Google Sheets (CSV injection: {@code =HYPERLINK(...)}), so, as OWASP recommends, it is prefixed
 * with a single quote, which the spreadsheet shows as text. A number such as {@code -3.5} or
 * {@code +1e-3} stays as it is.
 */
public final class CsvCells {

	private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

	private CsvCells() {
	}

	/** {@code text} as a spreadsheet shows it without running it; {@code null} stays {@code null}. */
	public static String neutralised(String text) {
		if (text == null || text.isEmpty() || !startsFormula(text.charAt(0)) || NUMBER.matcher(text).matches()) {
			return text;
		}
		return "'" + text;
	}

	/** {@code value} neutralised when it is a text; numbers and other values are left as they are. */
	public static Object neutralised(Object value) {
		return value instanceof String text ? neutralised(text) : value;
	}

	/**
	 * {@code text} as one field of a comma-separated line: neutralised, and quoted (doubling its
	 * quotes) when it holds a comma, a quote or a line break.
	 */
	public static String field(String text) {
		String safe = neutralised(text == null ? "" : text);
		if (safe.indexOf(',') < 0 && safe.indexOf('"') < 0 && safe.indexOf('\n') < 0 && safe.indexOf('\r') < 0) {
			return safe;
		}
		return '"' + safe.replace("\"", "\"\"") + '"';
	}

	private static boolean startsFormula(char first) {
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
	}
}

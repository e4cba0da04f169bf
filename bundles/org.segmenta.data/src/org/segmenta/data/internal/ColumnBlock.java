/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.data.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.segmenta.data.CategoricalColumn;

/**
 * One column's cells in one block of rows, read on a worker thread straight from the characters of
 * the file: each cell as a number (NaN when missing or text) and, while the column may still be
 * categorical, as a code of the block's own dictionary. {@link ColumnBuilder#append} then adds the
 * block to the column in file order, so the result is that of adding the cells one by one.
 */
public final class ColumnBlock {

	private final char decimalSeparator;
	private final MissingCodes missingCodes;
	private double[] values;
	private int[] codes;
	private final int levelLimit;
	private CellDictionary dictionary;
	private int rows;
	private long numberCount;
	private long textCount;
	/** The first texts, with lines counted from the block's first line. */
	private final List<CategoricalColumn.Cell> firstTexts = new ArrayList<>(0);

	/**
	 * @param levelLimit the distinct texts the column may have and still be categorical; 0 when it
	 *                   cannot be, so only numbers are kept
	 * @param capacity   the rows expected
	 */
	ColumnBlock(char decimalSeparator, MissingCodes missingCodes, int levelLimit, int capacity) {
		this.decimalSeparator = decimalSeparator;
		this.missingCodes = missingCodes;
		this.levelLimit = levelLimit;
		this.values = new double[capacity];
		if (levelLimit > 0) {
			codes = new int[capacity];
			dictionary = new CellDictionary();
		}
	}

	/**
	 * Adds the cell {@code text[from..to)} on {@code line} (counted from the block's first line):
	 * blank, or a missing code once stripped, is missing; the decimal separator may be changed and
	 * put back meanwhile (see {@link NumberText#parse(char[], int, int, char)}).
	 */
	public void add(char[] text, int from, int to, long line) {
		if (rows == values.length) {
			grow();
		}
		while (from < to && mayBeWhitespace(text[from]) && Character.isWhitespace(text[from])) {
			from++;
		}
		while (to > from && mayBeWhitespace(text[to - 1]) && Character.isWhitespace(text[to - 1])) {
			to--;
		}
		if (from == to || missingCodes.matches(text, from, to)) {
			values[rows] = Double.NaN;
			if (codes != null) {
				codes[rows] = CategoricalColumn.MISSING;
			}
			rows++;
			return;
		}
		double value = NumberText.parse(text, from, to, decimalSeparator);
		if (Double.isNaN(value)) {
			textCount++;
			if (firstTexts.size() < ColumnBuilder.WARNING_CELLS) {
				firstTexts.add(new CategoricalColumn.Cell(line, new String(text, from, to - from)));
			}
		} else {
			numberCount++;
		}
		values[rows] = value;
		if (dictionary != null) {
			codes[rows] = dictionary.code(text, from, to);
			if (dictionary.size() > levelLimit) {
				// as many distinct texts in one block as in the whole column rule categories out
				dictionary = null;
				codes = null;
			}
		}
		rows++;
	}

	/** Whether {@code c} may be white space: printable ASCII is not, which saves a table lookup a cell. */
	private static boolean mayBeWhitespace(char c) {
		return c <= ' ' || c >= 0x7f;
	}

	private void grow() {
		int capacity = Math.max(8, values.length * 2);
		values = Arrays.copyOf(values, capacity);
		if (codes != null) {
			codes = Arrays.copyOf(codes, capacity);
		}
	}

	int rows() {
		return rows;
	}

	/** The numbers by row, NaN for missing and text cells. */
	double[] values() {
		return values;
	}

	/** The codes by row ({@link CategoricalColumn#MISSING} when missing), or {@code null} when not kept. */
	int[] codes() {
		return codes;
	}

	/** The texts of the codes. */
	List<String> levels() {
		return dictionary.texts();
	}

	long numberCount() {
		return numberCount;
	}

	long textCount() {
		return textCount;
	}

	List<CategoricalColumn.Cell> firstTexts() {
		return firstTexts;
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.data;

import java.util.List;

/** Categories stored as codes into a list of levels, with -1 for missing values. */
public final class CategoricalColumn extends Column {

	/** The code of a missing value. */
	public static final int MISSING = -1;

	private final int[] codes;
	private final List<String> levels;

	private final Cell firstNonNumber;

	/**
	 * @param firstNonNumber the first cell that kept the column from being numeric, or {@code null}
	 *                       when its values were never numbers; messages point the user to it
	 */
	public CategoricalColumn(String name, ColumnType type, int[] codes, List<String> levels, Cell firstNonNumber,
			ColumnLabels labels) {
		super(name, type, labels);
		this.codes = codes;
		this.levels = List.copyOf(levels);
		this.firstNonNumber = firstNonNumber;
	}

	public CategoricalColumn(String name, ColumnType type, int[] codes, List<String> levels, Cell firstNonNumber) {
		this(name, type, codes, levels, firstNonNumber, ColumnLabels.NONE);
	}

	public CategoricalColumn(String name, ColumnType type, int[] codes, List<String> levels) {
		this(name, type, codes, levels, null);
	}

	@Override
	public CategoricalColumn withLabels(ColumnLabels labels) {
		return new CategoricalColumn(name(), type(), codes, levels, firstNonNumber, labels);
	}

	/** The first cell whose text is not a number, or {@code null} when the column holds numbers. */
	public Cell firstNonNumber() {
		return firstNonNumber;
	}

	/** A cell of the file a column was read from. */
	public record Cell(long line, String text) {
	}

	@Override
	public int size() {
		return codes.length;
	}

	@Override
	public boolean isMissing(int row) {
		return codes[row] == MISSING;
	}

	/** The level index of {@code row}, {@link #MISSING} when missing. */
	public int code(int row) {
		return codes[row];
	}

	/** The levels in the order of their codes. */
	public List<String> levels() {
		return levels;
	}

	/** The levels as a report would show them: each one's label when the file gives one. */
	public List<String> levelLabels() {
		return levels.stream().map(labels()::label).toList();
	}

	@Override
	public String text(int row) {
		int code = codes[row];
		return code == MISSING ? null : levels.get(code);
	}
}

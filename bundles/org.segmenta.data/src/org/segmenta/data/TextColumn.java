/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.data;

/**
 * Free text, such as open answers: too many distinct values to be a category and not numbers. Its
 * values are not kept, so long comments do not fill the memory; asking to analyse it is an error.
 */
public final class TextColumn extends Column {

	private final int size;
	private final CategoricalColumn.Cell firstNonNumber;

	/**
	 * @param firstNonNumber the first cell that is not a number, kept so that a message can point
	 *                       to it when the column was meant to hold numbers; {@code null} if unknown
	 */
	public TextColumn(String name, int size, CategoricalColumn.Cell firstNonNumber, ColumnLabels labels) {
		super(name, ColumnType.NOMINAL, labels);
		this.size = size;
		this.firstNonNumber = firstNonNumber;
	}

	public TextColumn(String name, int size, ColumnLabels labels) {
		this(name, size, null, labels);
	}

	public TextColumn(String name, int size) {
		this(name, size, ColumnLabels.NONE);
	}

	@Override
	public TextColumn withLabels(ColumnLabels labels) {
		return new TextColumn(name(), size, firstNonNumber, labels);
	}

	/** The first cell whose text is not a number, or {@code null} when not known. */
	public CategoricalColumn.Cell firstNonNumber() {
		return firstNonNumber;
	}

	@Override
	public int size() {
		return size;
	}

	@Override
	public boolean isMissing(int row) {
		return false;
	}

	@Override
	public String text(int row) {
		return null;
	}
}

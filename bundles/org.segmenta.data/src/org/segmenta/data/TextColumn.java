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

	public TextColumn(String name, int size, ColumnLabels labels) {
		super(name, ColumnType.NOMINAL, labels);
		this.size = size;
	}

	public TextColumn(String name, int size) {
		this(name, size, ColumnLabels.NONE);
	}

	@Override
	public TextColumn withLabels(ColumnLabels labels) {
		return new TextColumn(name(), size, labels);
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

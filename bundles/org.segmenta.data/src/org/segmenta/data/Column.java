/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.data;

import java.util.Locale;

/**
 * One column of a {@link Dataset}, stored as a primitive array so memory follows the number of
 * cells, not the length of their text.
 */
public abstract sealed class Column permits NumericColumn, CategoricalColumn, TextColumn {

	private final String name;
	private final ColumnType type;

	protected Column(String name, ColumnType type) {
		this.name = name;
		this.type = type;
	}

	public String name() {
		return name;
	}

	public ColumnType type() {
		return type;
	}

	/** The number of rows. */
	public abstract int size();

	public abstract boolean isMissing(int row);

	/** The value of {@code row} as the text a user would recognise, or {@code null} when missing. */
	public abstract String text(int row);

	public int missingCount() {
		int missing = 0;
		for (int row = 0; row < size(); row++) {
			if (isMissing(row)) {
				missing++;
			}
		}
		return missing;
	}

	public boolean isAllMissing() {
		return missingCount() == size();
	}

	@Override
	public String toString() {
		return name + " (" + type.name().toLowerCase(Locale.ROOT) + ")";
	}
}

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
	private final ColumnLabels labels;

	protected Column(String name, ColumnType type, ColumnLabels labels) {
		this.name = name;
		this.type = type;
		this.labels = labels;
	}

	public String name() {
		return name;
	}

	public ColumnType type() {
		return type;
	}

	/** The variable's description and value labels, {@link ColumnLabels#NONE} when the file has none. */
	public ColumnLabels labels() {
		return labels;
	}

	/** This column with {@code labels} instead of its own; the values are shared, not copied. */
	public abstract Column withLabels(ColumnLabels labels);

	/**
	 * The value of {@code row} as a report would show it: its label when the file gives one, else
	 * its {@link #text(int)}; {@code null} when missing.
	 */
	public String label(int row) {
		return labels.label(text(row));
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

	/** Whether no row has a value; it stops at the first one that has. */
	public boolean isAllMissing() {
		for (int row = 0; row < size(); row++) {
			if (!isMissing(row)) {
				return false;
			}
		}
		return true;
	}

	@Override
	public String toString() {
		return name + " (" + type.name().toLowerCase(Locale.ROOT) + ")";
	}
}

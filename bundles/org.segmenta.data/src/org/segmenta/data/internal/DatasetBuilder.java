/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.data.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.segmenta.data.Column;
import org.segmenta.data.ColumnType;
import org.segmenta.data.DataException;
import org.segmenta.data.Dataset;

/**
 * Builds a {@link Dataset} from a header and rows of cell texts as a reader streams them, whatever
 * the file format: checks the header, collects each column and applies the user's types.
 */
public final class DatasetBuilder {

	private final String source;
	private final List<String> header;
	private final List<ColumnBuilder> columns = new ArrayList<>();
	private int rows;

	/**
	 * @param headerLine the line (or sheet row) of the header, for messages
	 * @throws DataException when a column has no name or a name twice
	 */
	public DatasetBuilder(String source, List<String> names, long headerLine, char decimalSeparator)
			throws DataException {
		this.source = source;
		List<String> header = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < names.size(); i++) {
			String name = names.get(i) == null ? "" : names.get(i).strip();
			if (name.isEmpty()) {
				throw new DataException(source, headerLine, null, "column " + (i + 1) + " has no name in the header");
			}
			if (!seen.add(name)) {
				throw new DataException(source, headerLine, name, "the header names this column twice");
			}
			header.add(name);
			columns.add(new ColumnBuilder(source, name, decimalSeparator));
		}
		this.header = List.copyOf(header);
	}

	public List<String> header() {
		return header;
	}

	/** Adds a row; {@code cells[i]} is the text of column i, {@code null} when missing. */
	public void addRow(String[] cells, long line) {
		for (int i = 0; i < columns.size(); i++) {
			columns.get(i).add(cells[i], line);
		}
		rows++;
	}

	public int rows() {
		return rows;
	}

	/**
	 * The dataset, with the column types in {@code types} instead of the inferred ones.
	 *
	 * @throws DataException when there are no rows, a typed column does not exist or cannot have its type
	 */
	public Dataset build(Map<String, ColumnType> types) throws DataException {
		if (rows == 0) {
			throw new DataException(source, "there are no data rows below the header");
		}
		for (String name : types.keySet()) {
			if (!header.contains(name)) {
				throw new DataException(source, 0, name, "a type is given for this column, but there is no such column");
			}
		}
		List<Column> built = new ArrayList<>();
		for (ColumnBuilder column : columns) {
			built.add(column.build(types.get(column.name())));
		}
		return new Dataset(source, built);
	}
}

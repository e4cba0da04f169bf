/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.data.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

import org.segmenta.data.Column;
import org.segmenta.data.ColumnType;
import org.segmenta.data.DataException;
import org.segmenta.data.DataWarning;
import org.segmenta.data.Dataset;
import org.segmenta.data.ReadOptions;

/**
 * Builds a {@link Dataset} from a header and rows of cell texts as a reader streams them, whatever
 * the file format: checks the header, turns blanks and the missing codes into missing values,
 * collects each column and applies the user's types.
 */
public final class DatasetBuilder {

	private final String source;
	private final List<String> header;
	private final ReadOptions options;
	private final List<ColumnBuilder> columns = new ArrayList<>();
	private final List<Set<String>> missingCodes = new ArrayList<>();
	private final List<MissingCodes> missingMatchers = new ArrayList<>();
	private final char decimalSeparator;
	private int rows;

	/**
	 * @param headerLine the line (or sheet row) of the header, for messages
	 * @throws DataException when a column has no name or a name twice
	 */
	public DatasetBuilder(String source, List<String> names, long headerLine, char decimalSeparator,
			ReadOptions options) throws DataException {
		this.source = source;
		this.options = options;
		this.decimalSeparator = decimalSeparator;
		Map<Set<String>, MissingCodes> matchers = new HashMap<>();
		List<String> header = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < names.size(); i++) {
			String name = names.get(i) == null ? "" : names.get(i).strip();
			if (name.isEmpty()) {
				throw new DataException(source, headerLine, null, DataTexts.wording("header.unnamed", i + 1));
			}
			if (!seen.add(name)) {
				throw new DataException(source, headerLine, name, DataTexts.wording("header.twice"));
			}
			header.add(name);
			columns.add(new ColumnBuilder(source, name, decimalSeparator,
					options.types().get(name) == ColumnType.NOMINAL));
			missingCodes.add(options.missingCodes(name));
			missingMatchers.add(matchers.computeIfAbsent(missingCodes.getLast(), MissingCodes::new));
		}
		this.header = List.copyOf(header);
	}

	public List<String> header() {
		return header;
	}

	/**
	 * Adds a row; {@code cells[i]} is the text of column i, {@code null} when missing. Blank cells
	 * and the column's missing codes are missing too.
	 */
	public void addRow(String[] cells, long line) {
		for (int i = 0; i < columns.size(); i++) {
			columns.get(i).add(valueOrMissing(cells[i], missingCodes.get(i)), line);
		}
		rows++;
	}

	/**
	 * Makes empty column blocks, one per column, for the number of rows it is given, to be filled on
	 * another thread and added with {@link #append}. What the columns may still be is taken now, on
	 * the thread that appends, so the factory can be used on any thread.
	 */
	public IntFunction<ColumnBlock[]> blockFactory() {
		int[] levelLimits = new int[columns.size()];
		for (int i = 0; i < levelLimits.length; i++) {
			levelLimits[i] = columns.get(i).levelLimit();
		}
		return rows -> {
			ColumnBlock[] block = new ColumnBlock[levelLimits.length];
			for (int i = 0; i < block.length; i++) {
				block[i] = new ColumnBlock(decimalSeparator, missingMatchers.get(i), levelLimits[i], rows);
			}
			return block;
		};
	}

	/** Adds {@code rows} rows filled into {@code block}, whose lines count from {@code firstLine}. */
	public void append(ColumnBlock[] block, int rows, long firstLine) {
		for (int i = 0; i < block.length; i++) {
			columns.get(i).append(block[i], firstLine);
		}
		this.rows += rows;
	}

	private static String valueOrMissing(String cell, Set<String> missingCodes) {
		if (cell == null) {
			return null;
		}
		String value = cell.strip();
		return value.isEmpty() || missingCodes.contains(value) ? null : value;
	}

	public int rows() {
		return rows;
	}

	/**
	 * The dataset, with the column types the user gave instead of the inferred ones.
	 *
	 * @throws DataException when there are no rows, a typed column does not exist or cannot have its type
	 */
	public Dataset build() throws DataException {
		return build(Map.of());
	}

	/**
	 * The dataset, with the types the file declares ({@code declared}) instead of the inferred ones,
	 * and the types the user gave instead of both.
	 */
	public Dataset build(Map<String, ColumnType> declared) throws DataException {
		if (rows == 0) {
			throw new DataException(source, DataTexts.wording("data.noRows"));
		}
		checkNamed(options.types().keySet(), "options.typeForNoColumn");
		checkNamed(options.columnMissingCodes().keySet(), "options.missingCodesForNoColumn");
		List<Column> built = new ArrayList<>();
		List<DataWarning> warnings = new ArrayList<>();
		for (ColumnBuilder column : columns) {
			ColumnType requested = options.types().get(column.name());
			Column finished = requested != null || !declared.containsKey(column.name()) ? column.build(requested)
					: declaredOrInferred(column, declared.get(column.name()));
			built.add(finished);
			DataWarning warning = column.strayTexts(requested, finished);
			if (warning != null) {
				warnings.add(warning);
			}
		}
		return new Dataset(source, built, warnings, null);
	}

	/**
	 * The column of the type the file declares, or of the inferred type when its values cannot have
	 * it, such as an identifier declared nominal with more distinct values than categories may have.
	 */
	private static Column declaredOrInferred(ColumnBuilder column, ColumnType declared) throws DataException {
		try {
			return column.build(declared);
		} catch (DataException e) {
			return column.build(null);
		}
	}

	private void checkNamed(Set<String> names, String problemKey) throws DataException {
		for (String name : names) {
			if (!header.contains(name)) {
				throw new DataException(source, 0, name, DataTexts.wording(problemKey));
			}
		}
	}
}

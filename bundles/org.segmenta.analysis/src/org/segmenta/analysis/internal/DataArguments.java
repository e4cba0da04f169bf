/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.segmenta.cli.Arguments;
import org.segmenta.cli.UsageException;
import org.segmenta.data.Column;
import org.segmenta.data.ColumnType;
import org.segmenta.data.CsvDataReader;
import org.segmenta.data.DataFiles;
import org.segmenta.data.ReadOptions;
import org.segmenta.data.DataException;
import org.segmenta.data.Dataset;
import org.segmenta.data.NumericColumn;

/** Reading the data file and the column options shared by the analysis commands. */
final class DataArguments {

	private DataArguments() {
	}

	/** Reads {@code file} with the {@code --types} overrides, turning bad data into usage errors. */
	static Dataset read(Path file, Arguments arguments, IProgressMonitor monitor) throws UsageException {
		Map<String, ColumnType> types = types(arguments.option("types").orElse(""));
		try {
			ReadOptions options = ReadOptions.detect().withTypes(types);
			if (arguments.option("sheet").isPresent()) {
				options = options.withSheet(arguments.option("sheet").get());
			}
			return DataFiles.read(file, options, monitor);
		} catch (DataException e) {
			throw new UsageException(e.getMessage(), e);
		}
	}

	/**
	 * The segments of an {@code assignments.csv} ({@code row,segment}) for the rows of {@code data}.
	 */
	static SegmentColumn readAssignments(Path file, Dataset data, IProgressMonitor monitor)
			throws UsageException, DataException {
		Dataset assignments = new CsvDataReader(ReadOptions.detect()).read(file, monitor);
		if (assignments.rowCount() != data.rowCount()) {
			throw new UsageException(assignments.source() + " has " + assignments.rowCount() + " rows, "
					+ data.source() + " has " + data.rowCount() + "; they must match row by row");
		}
		return SegmentColumn.of(assignments.column("segment"));
	}

	/** {@code age=numeric,country=nominal}. */
	static Map<String, ColumnType> types(String text) throws UsageException {
		Map<String, ColumnType> types = new LinkedHashMap<>();
		for (String pair : list(text)) {
			int equals = pair.indexOf('=');
			String type = equals < 0 ? "" : pair.substring(equals + 1).strip().toUpperCase(Locale.ROOT);
			if (equals <= 0 || Arrays.stream(ColumnType.values()).noneMatch(value -> value.name().equals(type))) {
				throw new UsageException("--types expects COLUMN=TYPE pairs with TYPE one of numeric, ordinal,"
						+ " nominal, binary; got '" + pair + "'");
			}
			types.put(pair.substring(0, equals).strip(), ColumnType.valueOf(type));
		}
		return types;
	}

	/** The comma-separated words of {@code text}, trimmed, without empty ones. */
	static List<String> list(String text) {
		List<String> words = new ArrayList<>();
		for (String word : text.split(",")) {
			if (!word.isBlank()) {
				words.add(word.strip());
			}
		}
		return words;
	}

	/**
	 * Whether {@code column} looks like a row identifier: numbers, all different. Such a column is
	 * never a default basis or profile variable.
	 */
	static boolean isIdentifier(Column column) {
		return column instanceof NumericColumn numeric && column.missingCount() == 0
				&& numeric.distinctValues().length == column.size();
	}
}

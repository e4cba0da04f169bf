/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.segmenta.cli.Arguments;
import org.segmenta.cli.Printable;
import org.segmenta.cli.UsageException;
import org.segmenta.data.Column;
import org.segmenta.data.ColumnType;
import org.segmenta.data.CsvDataReader;
import org.segmenta.data.DataFiles;
import org.segmenta.data.ReadOptions;
import org.segmenta.data.DataException;
import org.segmenta.data.DataWarning;
import org.segmenta.data.Dataset;
import org.segmenta.data.NumericColumn;

/** Reading the data file and the column options shared by the analysis commands. */
final class DataArguments {

	private DataArguments() {
	}

	/**
	 * Reads {@code file} with the {@code --types}, {@code --sheet} and {@code --missing} options,
	 * turning bad data into usage errors and printing the reader's warnings on {@code err}.
	 */
	static Dataset read(Path file, Arguments arguments, PrintStream err, IProgressMonitor monitor)
			throws UsageException {
		Map<String, ColumnType> types = types(arguments.option("types").orElse(""));
		try {
			ReadOptions options = missing(ReadOptions.detect().withTypes(types), arguments.option("missing").orElse(""));
			if (arguments.option("sheet").isPresent()) {
				options = options.withSheet(arguments.option("sheet").get());
			}
			Dataset data = DataFiles.read(file, options, monitor);
			for (DataWarning warning : data.warnings()) {
				err.println("warning: " + Printable.text(warning.message()) + " (--missing CODES)");
			}
			return data;
		} catch (DataException e) {
			throw new UsageException(e.getMessage(), e);
		}
	}

	/**
	 * {@code options} with the missing codes of {@code --missing}: groups separated by {@code ;},
	 * each a comma-separated list of codes for every column ({@code 99,Vet ej,Ved ikke}) or, after
	 * {@code COLUMN=}, for one column ({@code q1=98,99}).
	 */
	static ReadOptions missing(ReadOptions options, String text) throws UsageException {
		ReadOptions result = options;
		for (String group : text.split(";")) {
			int equals = group.indexOf('=');
			boolean perColumn = equals >= 0 && group.lastIndexOf(',', equals) < 0;
			List<String> codes = list(perColumn ? group.substring(equals + 1) : group);
			if (perColumn && (equals == 0 || group.substring(0, equals).isBlank() || codes.isEmpty())) {
				throw new UsageException("--missing expects codes such as \"99,Vet ej\" or COLUMN=CODES such as"
						+ " q1=98,99, groups separated by ';'; got '" + group.strip() + "'");
			}
			result = perColumn ? result.withMissingCodes(group.substring(0, equals).strip(), codes)
					: result.withMissingCodes(codes);
		}
		return result;
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

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.data.internal;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.IntFunction;

import org.segmenta.data.DataException;

/**
 * The data rows of one {@link CsvBlocks.Block}, split and parsed on a worker thread. A problem is
 * kept, not thrown, until the block's turn comes in file order, when its line is known.
 */
public final class CsvRowBlock {

	private final char[] text;
	private final ColumnBlock[] columns;
	private int rows;
	private long lineBreaks;
	private long problemLine;
	private String problemColumn;
	private Function<Locale, String> problem;

	private CsvRowBlock(char[] text, ColumnBlock[] columns) {
		this.text = text;
		this.columns = columns;
	}

	/**
	 * Parses the records of {@code block} into columns from {@code newColumns} (see
	 * {@link DatasetBuilder#blockFactory}), made for as many rows as the block can hold, checking
	 * that each record has as many fields as {@code header}.
	 */
	public static CsvRowBlock parse(CsvBlocks.Block block, char delimiter, List<String> header,
			IntFunction<ColumnBlock[]> newColumns) {
		ColumnBlock[] columns = newColumns.apply(CsvBlocks.maxRecords(block));
		CsvRowBlock result = new CsvRowBlock(block.text(), columns);
		CsvRecordScanner scanner = new CsvRecordScanner(block.text(), block.from(), block.to(), delimiter);
		int width = columns.length;
		int field = 0;
		try {
			while (scanner.nextRecord()) {
				long line = scanner.recordLine();
				for (field = 0; scanner.nextField(); field++) {
					if (field < width) {
						columns[field].add(scanner.text(), scanner.fieldFrom(), scanner.fieldTo(), line);
					}
				}
				if (field != width) {
					result.problem(line, null, DataTexts.wording("csv.fieldCount", width, field,
							delimiter == '\t' ? "\\t" : String.valueOf(delimiter)));
					return result;
				}
				result.rows++;
			}
		} catch (CsvRecordScanner.SyntaxException e) {
			result.problem(e.line(), field < width ? header.get(field) : null, e.problem());
			return result;
		}
		result.lineBreaks = scanner.lineBreaks();
		return result;
	}

	/** The characters the block was parsed from; the rows do not refer to them. */
	public char[] text() {
		return text;
	}

	private void problem(long line, String column, Function<Locale, String> text) {
		problemLine = line;
		problemColumn = column;
		problem = text;
	}

	/**
	 * Adds the rows to {@code dataset}, or throws the block's problem.
	 *
	 * @param firstLine the line the block starts on
	 * @return the line the next block starts on
	 */
	public long appendTo(DatasetBuilder dataset, String source, long firstLine) throws DataException {
		if (problem != null) {
			throw new DataException(source, firstLine + problemLine, problemColumn, problem);
		}
		dataset.append(columns, rows, firstLine);
		return firstLine + lineBreaks;
	}
}

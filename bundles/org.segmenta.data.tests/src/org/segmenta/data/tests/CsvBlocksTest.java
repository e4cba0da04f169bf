/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.data.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.data.CsvDataReader;
import org.segmenta.data.DataException;
import org.segmenta.data.Dataset;
import org.segmenta.data.NumericColumn;
import org.segmenta.data.ReadOptions;
import org.segmenta.data.internal.CsvBlocks;
import org.segmenta.data.internal.CsvRecordScanner;

/**
 * Cutting CSV text into blocks of whole records and splitting them into fields, against Apache
 * Commons CSV (the reader used before) on text whose quoted fields hold delimiters, doubled quotes
 * and line breaks of every kind, with CR LF line ends and empty lines, cut at every size.
 */
class CsvBlocksTest {

	private static final String[] TEXTS = { "plain", "\"with, comma\"", "\"say \"\"hi\"\"\"", "\"two\nlines\"",
			"\"cr lf\r\ninside\"", "\"lone\rcr\"", "\"\"", "", "  spaced  ", "\"quoted\"  ", "a\"b", "\"\"\"\"" };

	@TempDir
	Path folder;

	/** Records of random fields (4 a record) ending in LF, CR LF or CR, with empty lines between some. */
	private static String tricky(SplittableRandom random, int records, List<Long> lines) {
		StringBuilder text = new StringBuilder("id,number,text,other\r\n");
		long line = 2;
		for (int r = 0; r < records; r++) {
			if (random.nextInt(10) == 0) {
				text.append("\r\n");
				line++;
			}
			lines.add(line);
			String field = TEXTS[random.nextInt(TEXTS.length)];
			String other = TEXTS[random.nextInt(TEXTS.length)];
			text.append(r).append(',').append(random.nextInt(-500, 500) / 8.0).append(',').append(field).append(',')
					.append(other);
			line += breaks(field) + breaks(other) + 1;
			text.append(switch (random.nextInt(3)) {
				case 0 -> "\n";
				case 1 -> "\r\n";
				default -> r + 1 < records ? "\r" : "\n";
			});
		}
		return text.toString();
	}

	private static int breaks(String field) {
		return (int) field.replace("\r\n", "\n").chars().filter(c -> c == '\n' || c == '\r').count();
	}

	private static List<List<String>> commonsCsv(String text) throws IOException {
		List<List<String>> records = new ArrayList<>();
		for (CSVRecord record : CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get().parse(new StringReader(text))) {
			records.add(record.toList());
		}
		return records;
	}

	@Test
	void blocksOfEverySizeSplitAsCommonsCsvDoes() throws Exception {
		SplittableRandom random = new SplittableRandom(4180);
		List<Long> lines = new ArrayList<>();
		String text = tricky(random, 300, lines);
		List<List<String>> expected = commonsCsv(text);
		for (int size : new int[] { 1, 2, 3, 5, 8, 13, 21, 64, 257, 1 << 16 }) {
			CsvBlocks blocks = new CsvBlocks(new StringReader(text), ',', size);
			List<List<String>> records = new ArrayList<>();
			List<Long> recordLines = new ArrayList<>();
			long line = 1;
			int count = 0;
			for (CsvBlocks.Block block = blocks.next(); block != null; block = blocks.next()) {
				CsvRecordScanner scanner = new CsvRecordScanner(block.text(), block.from(), block.to(), ',');
				int recordsBefore = records.size();
				while (scanner.nextRecord()) {
					recordLines.add(line + scanner.recordLine());
					List<String> record = new ArrayList<>();
					while (scanner.nextField()) {
						record.add(scanner.field());
					}
					records.add(record);
				}
				line += scanner.lineBreaks();
				count++;
				// the bound the columns of a block are made for holds for every block
				assertTrue(CsvBlocks.maxRecords(block) >= records.size() - recordsBefore, "block " + count);
				// blocks keep their own text while the next ones reuse the arrays of those before
				blocks.reuse(block.text());
			}
			assertEquals(expected, records, "blocks of " + size);
			assertEquals(lines, recordLines.subList(1, recordLines.size()), "lines, blocks of " + size);
			assertTrue(size > 1000 || count > 10, "the text was cut into blocks of " + size);
		}
	}

	@Test
	void aLongFileReadOnSeveralThreadsKeepsItsRowsAndLines() throws Exception {
		SplittableRandom random = new SplittableRandom(2026);
		List<Long> lines = new ArrayList<>();
		String text = tricky(random, 150_000, lines); // about 4 MB: several blocks of a million characters
		Path file = folder.resolve("long.csv");
		Files.writeString(file, text, StandardCharsets.UTF_8);
		Dataset data = new CsvDataReader(ReadOptions.detect()).read(file, null);
		List<List<String>> expected = commonsCsv(text);
		assertEquals(expected.size() - 1, data.rowCount());
		NumericColumn id = data.numericColumn("id");
		NumericColumn number = data.numericColumn("number");
		for (int row = 0; row < data.rowCount(); row++) {
			List<String> record = expected.get(row + 1);
			assertEquals(row, id.value(row));
			assertEquals(Double.parseDouble(record.get(1)), number.value(row));
			for (int column = 2; column < 4; column++) {
				String cell = record.get(column).strip();
				assertEquals(cell.isEmpty() ? null : cell, data.columns().get(column).text(row),
						"row " + row + ", column " + column);
			}
		}

		// a short record far into the file is named by its line, counted through the quoted line breaks
		int bad = 140_000;
		Matcher start = Pattern.compile("(?<=[\r\n])" + bad + ",").matcher(text);
		assertTrue(start.find());
		String ragged = text.substring(0, start.start()) + bad + ",1\n";
		Files.writeString(file, ragged, StandardCharsets.UTF_8);
		DataException failure = assertThrows(DataException.class,
				() -> new CsvDataReader(ReadOptions.detect()).read(file, null));
		long line = lines.get(bad);
		assertEquals(line, failure.line());
		assertEquals("long.csv, line " + line + ": expected 4 fields as in the header, found 2 (delimiter ',')",
				failure.getMessage());
	}
}

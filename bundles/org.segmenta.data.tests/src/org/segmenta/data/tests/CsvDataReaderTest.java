/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.data.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.data.CategoricalColumn;
import org.segmenta.data.Column;
import org.segmenta.data.ColumnType;
import org.segmenta.data.CsvDataReader;
import org.segmenta.data.ReadOptions;
import org.segmenta.data.DataException;
import org.segmenta.data.DataWarning;
import org.segmenta.data.Dataset;
import org.segmenta.data.NumericColumn;
import org.segmenta.data.TextColumn;
import org.segmenta.data.internal.CsvDialect;
import org.segmenta.tests.support.Examples;

/** Reading the quirk files under {@code data/} (see its README). */
class CsvDataReaderTest {

	@TempDir
	Path folder;

	static Path fixture(String name) {
		return Examples.repositoryRoot().resolve("bundles/org.segmenta.data.tests/data").resolve(name);
	}

	private static Dataset read(String name) throws DataException {
		return new CsvDataReader(ReadOptions.detect()).read(fixture(name), new NullProgressMonitor());
	}

	private static DataException failure(String name) {
		return assertThrows(DataException.class, () -> read(name));
	}

	@Test
	void nordicExcelExportWithBomSemicolonsAndDecimalCommas() throws DataException {
		CsvDialect dialect = new CsvDataReader(ReadOptions.detect()).dialect(fixture("nordic-export.csv"));
		assertEquals(StandardCharsets.UTF_8, dialect.charset());
		assertEquals(3, dialect.bomLength());
		assertEquals(';', dialect.delimiter());
		assertTrue(dialect.decimalComma());

		Dataset data = read("nordic-export.csv");
		assertEquals(5, data.rowCount());
		assertEquals("respondent", data.columns().get(0).name(), "the byte order mark is not part of the first name");
		NumericColumn score = data.numericColumn("score");
		assertEquals(ColumnType.NUMERIC, score.type());
		assertEquals(3.5, score.value(0));
		assertEquals(4.25, score.value(1));
		assertTrue(score.isMissing(3), "an empty cell is missing");
		assertEquals(-1.5, score.value(4));
		NumericColumn age = data.numericColumn("age");
		assertTrue(age.isMissing(2), "NA is missing");
		assertEquals(1, age.missingCount());

		CategoricalColumn city = (CategoricalColumn) data.column("city");
		assertEquals(List.of("Jyväskylä", "Malmö", "Næstved", "Umeå", "Århus"), city.levels());
		assertEquals("Århus", city.text(0));
		assertEquals(ColumnType.NOMINAL, city.type());
		assertEquals(ColumnType.BINARY, data.column("renewed").type());
		CategoricalColumn comment = (CategoricalColumn) data.column("comment");
		assertEquals("Godt; men dyrt", comment.text(0));
		assertEquals("Bra\nmen långsamt", comment.text(1));
		assertEquals("Sagde \"nej\"", comment.text(4));
		assertNull(comment.text(2));
	}

	@Test
	void windows1252WhenTheFileIsNotUtf8() throws DataException {
		assertEquals(CsvDialect.WINDOWS_1252,
				new CsvDataReader(ReadOptions.detect()).dialect(fixture("latin1-export.csv")).charset());
		Dataset data = read("latin1-export.csv");
		assertEquals(List.of("Jörgen", "Søren", "Åsa"), ((CategoricalColumn) data.column("name")).levels());
		assertEquals(82.25, data.numericColumn("weight").value(1));
	}

	@Test
	void commasWithDecimalPointsAndTabs() throws DataException {
		Dataset commas = read("comma-point.csv");
		NumericColumn value = commas.numericColumn("value");
		assertEquals(2.25, value.value(1));
		assertTrue(value.isMissing(2), "N/A is missing");
		assertEquals(1000, value.value(3));

		Dataset tabs = read("tab-separated.tsv");
		assertEquals(3, tabs.columns().size());
		assertEquals(ColumnType.ORDINAL, tabs.column("likert").type());
		assertEquals(ColumnType.NUMERIC, tabs.column("income").type());
		assertTrue(tabs.column("income").isMissing(3));
	}

	@Test
	void typesCanBeOverridden() throws DataException {
		Map<String, ColumnType> overrides = Map.of("likert", ColumnType.NOMINAL, "income", ColumnType.NUMERIC);
		Dataset data = new CsvDataReader(ReadOptions.detect().withTypes(overrides)).read(fixture("tab-separated.tsv"),
				null);
		CategoricalColumn likert = assertInstanceOf(CategoricalColumn.class, data.column("likert"));
		assertEquals(List.of("1", "2", "3", "5"), likert.levels());
		assertEquals("5", likert.text(1));

		DataException wrong = assertThrows(DataException.class,
				() -> new CsvDataReader(ReadOptions.detect().withTypes(Map.of("age", ColumnType.NUMERIC)))
						.read(fixture("text-in-numeric.csv"), null));
		assertEquals(4, wrong.line());
		assertEquals("age", wrong.column());
		assertTrue(wrong.getMessage().contains("'forty' is not a number"), wrong.getMessage());

		DataException unknown = assertThrows(DataException.class,
				() -> new CsvDataReader(ReadOptions.detect().withTypes(Map.of("agee", ColumnType.NUMERIC)))
						.read(fixture("text-in-numeric.csv"), null));
		assertEquals("agee", unknown.column());
	}

	@Test
	void textInANumericColumnIsNamedWhenNumbersAreNeeded() throws DataException {
		Dataset data = read("text-in-numeric.csv");
		DataException failure = assertThrows(DataException.class, () -> data.numericColumn("age"));
		assertEquals("text-in-numeric.csv, line 4, column 'age': 'forty' is not a number", failure.getMessage());
	}

	@Test
	void raggedRowsNameTheirLine() {
		DataException failure = failure("ragged.csv");
		assertEquals(4, failure.line());
		assertTrue(failure.getMessage().startsWith("ragged.csv, line 4: expected 3 fields"), failure.getMessage());
	}

	@Test
	void emptyAndHeaderOnlyFiles() {
		assertTrue(failure("empty.csv").getMessage().contains("the file is empty"));
		assertTrue(failure("header-only.csv").getMessage().contains("no data rows"));
		DataException missing = failure("no-such-file.csv");
		assertTrue(missing.getMessage().contains("no such file"), missing.getMessage());
	}

	@Test
	void allMissingAndUnknownColumnsAreNamed() throws DataException {
		Dataset data = read("all-missing.csv");
		DataException allMissing = assertThrows(DataException.class, () -> data.column("unused"));
		assertEquals("all-missing.csv, column 'unused': every value is missing, so the column cannot be analysed",
				allMissing.getMessage());
		assertEquals(List.of("id", "age"), data.columns(List.of()).stream().map(c -> c.name()).toList());
		DataException unknown = assertThrows(DataException.class, () -> data.column("gender"));
		assertTrue(unknown.getMessage().contains("column 'gender': no such column; the columns are id, age, unused"),
				unknown.getMessage());
	}

	@Test
	void freeTextIsNotKept() throws Exception {
		StringBuilder text = new StringBuilder("id;comment\n");
		for (int i = 0; i < 1500; i++) {
			text.append(i).append(";answer number ").append(i).append('\n');
		}
		Path file = folder.resolve("comments.csv");
		Files.writeString(file, text);
		Dataset data = new CsvDataReader(ReadOptions.detect()).read(file, null);
		assertInstanceOf(TextColumn.class, data.columns().get(1));
		assertThrows(DataException.class, () -> data.column("comment"));
		assertEquals(ColumnType.NUMERIC, data.column("id").type());
	}

	@Test
	void cancellationStopsReading() throws Exception {
		StringBuilder text = new StringBuilder("a;b\n");
		for (int i = 0; i < 20_000; i++) {
			text.append(i).append(';').append(i % 7).append('\n');
		}
		Path file = folder.resolve("long.csv");
		Files.writeString(file, text);
		NullProgressMonitor cancelled = new NullProgressMonitor();
		cancelled.setCanceled(true);
		assertThrows(OperationCanceledException.class,
				() -> new CsvDataReader(ReadOptions.detect()).read(file, cancelled));
	}

	@Test
	void invalidUtf8AfterTheSampleIsReported() throws Exception {
		byte[] start = ("a;b\n" + "1;x\n".repeat(40_000)).getBytes(StandardCharsets.UTF_8);
		byte[] latin = "2;Åsa\n".getBytes(CsvDialect.WINDOWS_1252);
		byte[] all = new byte[start.length + latin.length];
		System.arraycopy(start, 0, all, 0, start.length);
		System.arraycopy(latin, 0, all, start.length, latin.length);
		Path file = folder.resolve("mixed.csv");
		Files.write(file, all);
		DataException failure = assertThrows(DataException.class,
				() -> new CsvDataReader(ReadOptions.detect()).read(file, null));
		assertTrue(failure.getMessage().contains("mixed.csv"), failure.getMessage());
	}

	@Test
	void strayAnswersInAScaleAreReported() throws DataException {
		Dataset data = read("scale-with-stray-answers.csv");
		assertInstanceOf(CategoricalColumn.class, data.column("q1"));
		assertEquals(1, data.warnings().size());
		DataWarning warning = data.warnings().get(0);
		assertEquals("q1", warning.column());
		assertEquals(List.of(new CategoricalColumn.Cell(4, "Vet ej"), new CategoricalColumn.Cell(6, "Ved ikke")),
				warning.cells());
		assertEquals("scale-with-stray-answers.csv, column 'q1': read as categories, not numbers, because 2 of 7"
				+ " values are not numbers (line 4 'Vet ej', line 6 'Ved ikke'); declare them missing codes if they"
				+ " mean no answer", warning.message());
		// a text column is not a scale, and a type the user gives is not questioned
		assertEquals(List.of(), new CsvDataReader(ReadOptions.detect().withTypes(Map.of("q1", ColumnType.NOMINAL)))
				.read(fixture("scale-with-stray-answers.csv"), null).warnings());
	}

	@Test
	void declaredMissingCodes() throws DataException {
		ReadOptions options = ReadOptions.detect().withMissingCodes(List.of("99", "Vet ej", "Ved ikke"))
				.withMissingCodes("q2", List.of("98"));
		Dataset data = new CsvDataReader(options).read(fixture("scale-with-stray-answers.csv"), null);
		assertEquals(List.of(), data.warnings());
		NumericColumn q1 = data.numericColumn("q1");
		assertEquals(ColumnType.ORDINAL, q1.type());
		assertEquals(List.of(2, 4, 5), IntStream.range(0, 7).filter(q1::isMissing).boxed().toList());
		NumericColumn q2 = data.numericColumn("q2");
		assertEquals(List.of(1, 3), IntStream.range(0, 7).filter(q2::isMissing).boxed().toList());
		// codes for one column only touch that column; the default markers stay
		Dataset onlyQ2 = new CsvDataReader(ReadOptions.detect().withMissingCodes("q2", List.of("98", "99")))
				.read(fixture("scale-with-stray-answers.csv"), null);
		assertEquals(3, onlyQ2.numericColumn("q2").value(0));
		assertEquals(2, onlyQ2.column("q2").missingCount());
		assertEquals(1, onlyQ2.warnings().size());
		assertEquals(Set.of("NA", "N/A", "#N/A", "99"), ReadOptions.detect().withMissingCodes(List.of(" 99 "))
				.missingCodes("q1"));

		DataException unknown = assertThrows(DataException.class, () -> new CsvDataReader(
				ReadOptions.detect().withMissingCodes("q9", List.of("9"))).read(fixture("scale-with-stray-answers.csv"), null));
		assertEquals("scale-with-stray-answers.csv, column 'q9': missing codes are given for this column, but there is"
				+ " no such column", unknown.getMessage());
	}

	@Test
	void excelUnicodeTextIsUtf16WithTabs() throws DataException {
		CsvDialect dialect = new CsvDataReader(ReadOptions.detect()).dialect(fixture("excel-unicode-text.txt"));
		assertEquals(StandardCharsets.UTF_16LE, dialect.charset());
		assertEquals(2, dialect.bomLength());
		assertEquals('\t', dialect.delimiter());
		Dataset data = read("excel-unicode-text.txt");
		assertEquals(List.of("navn", "by", "år", "tilfredshed"), data.columns().stream().map(Column::name).toList());
		assertEquals("Søren Ærø", data.column("navn").text(0));
		assertEquals("Jyväskylä", data.column("by").text(2));
		assertEquals(1990, data.numericColumn("år").value(1));
		assertEquals(3, data.numericColumn("tilfredshed").value(2));
	}
}

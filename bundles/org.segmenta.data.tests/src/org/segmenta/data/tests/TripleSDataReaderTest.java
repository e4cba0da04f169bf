/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.data.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.data.CategoricalColumn;
import org.segmenta.data.Column;
import org.segmenta.data.ColumnType;
import org.segmenta.data.DataException;
import org.segmenta.data.DataFiles;
import org.segmenta.data.Dataset;
import org.segmenta.data.NumericColumn;
import org.segmenta.data.ReadOptions;

/** Reading the Triple-S surveys under {@code data/} (written by hand, see the README there), and broken ones. */
class TripleSDataReaderTest {

	@TempDir
	Path folder;

	private static Dataset read(Path file) throws DataException {
		return DataFiles.read(file, ReadOptions.detect(), null);
	}

	private static List<String> texts(Column column) {
		return IntStream.range(0, column.size()).mapToObj(column::text).toList();
	}

	@Test
	void fixedWidthLatin1SurveyWithBitstringAndSpreadMultiples() throws DataException {
		Dataset data = read(CsvDataReaderTest.fixture("triple-s-members.sss"));
		assertEquals(5, data.rowCount());
		assertEquals(List.of("id", "region", "media_1", "media_2", "media_4", "brands_1", "brands_2", "brands_11",
				"spend", "name", "weight"), data.columns().stream().map(Column::name).toList());

		CategoricalColumn region = assertInstanceOf(CategoricalColumn.class, data.column("region"));
		assertEquals(ColumnType.NOMINAL, region.type());
		assertEquals(Arrays.asList("1", "2", "3", "1", null), texts(region));
		assertEquals("Hvor bor du?", region.labels().description());
		assertEquals(List.of("Sjælland", "Skåne", "Österbotten"),
				region.levels().stream().sorted().map(region.labels()::label).toList());

		// bitstring: the code is the place in the field, code 3 is not defined and ignored
		assertEquals(Arrays.asList("1", "0", "1", "0", null), texts(data.column("media_1")));
		assertEquals(Arrays.asList("1", "0", "0", "0", null), texts(data.column("media_2")));
		assertEquals(Arrays.asList("0", "1", "1", "0", null), texts(data.column("media_4")));
		assertEquals(ColumnType.BINARY, data.column("media_4").type());
		assertEquals("Hvilke medier bruger du?: Nätet", data.column("media_4").labels().description());

		// spread: subfields of width 2 holding codes, blank or zero when unused
		assertEquals(Arrays.asList("1", "0", "0", null, "1"), texts(data.column("brands_1")));
		assertEquals(Arrays.asList("1", "0", "1", null, "1"), texts(data.column("brands_2")));
		assertEquals(Arrays.asList("0", "1", "0", null, "1"), texts(data.column("brands_11")));

		NumericColumn spend = assertInstanceOf(NumericColumn.class, data.column("spend"));
		assertEquals(ColumnType.NUMERIC, spend.type());
		assertEquals(123.5, spend.value(0));
		assertTrue(spend.isMissing(3));
		assertEquals("Forbrug pr. måned (kr.)", spend.labels().description());
		assertEquals(List.of("Søren", "Åsa", "Päivi", "Jørgen", "Märta"), texts(data.column("name")));
		assertEquals(Optional.of("weight"), data.weightColumn());
	}

	@Test
	void csvSurveyNamedByHrefWithMultilingualLabelsLogicalsDatesAndTimes() throws DataException {
		Dataset data = read(CsvDataReaderTest.fixture("triple-s-csv.xml"));
		assertEquals(3, data.rowCount());
		Column region = data.column("region");
		assertEquals("Hvor bor du?", region.labels().description());
		assertEquals("Sjælland", region.labels().label("1"));
		assertNull(region.text(2));
		assertEquals(List.of("1", "0", "0"), texts(data.column("media_1")));
		assertEquals(List.of("0", "1", "0"), texts(data.column("media_2")));
		assertEquals(List.of("1", "0", "0"), texts(data.column("media_3")));
		assertEquals(List.of("1", "0", "0"), texts(data.column("brands_1")));
		assertEquals(List.of("1", "1", "0"), texts(data.column("brands_2")));
		assertEquals(ColumnType.BINARY, data.column("member").type());
		assertEquals(List.of("2026-01-15", "2025-12-31", "2026-03-01"), texts(data.column("joined")));
		assertEquals(List.of("09:30:00", "23:59:59", "12:00:00"), texts(data.column("at")));
		assertFalse(data.weightColumn().isPresent());
	}

	private Path survey(String variables, String recordAttributes, String data) throws IOException {
		Path metadata = folder.resolve("survey.sss");
		Files.writeString(metadata, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sss version=\"2.0\">\n<survey>\n<record ident=\"A\""
				+ recordAttributes + ">\n" + variables + "</record>\n</survey>\n</sss>\n", StandardCharsets.UTF_8);
		Files.writeString(folder.resolve("survey.asc"), data, StandardCharsets.UTF_8);
		return metadata;
	}

	private static final String SINGLE = "<variable ident=\"1\" type=\"single\">\n<name>q1</name>\n"
			+ "<position start=\"1\" finish=\"1\"/>\n<values><value code=\"1\">Ja</value></values>\n</variable>\n";

	private DataException failure(Path metadata) {
		return assertThrows(DataException.class, () -> read(metadata));
	}

	@Test
	void entityDeclarationsAreRefusedAndNoOutsideFileIsRead() throws IOException {
		Path secret = folder.resolve("secret.txt");
		Files.writeString(secret, "1");
		Path metadata = folder.resolve("survey.sss");
		Files.writeString(metadata, "<?xml version=\"1.0\"?>\n<!DOCTYPE sss [\n<!ENTITY leak SYSTEM \"" + secret.toUri()
				+ "\">\n]>\n<sss><survey><record ident=\"A\"><variable ident=\"1\" type=\"single\"><name>&leak;</name>"
				+ "<position start=\"1\"/></variable></record></survey></sss>\n");
		DataException refused = failure(metadata);
		assertEquals("survey.sss", refused.source());
		assertEquals(3, refused.line());
		assertTrue(refused.getMessage().contains("entity 'leak'"), refused.getMessage());

		Files.writeString(metadata, "<?xml version=\"1.0\"?>\n<!DOCTYPE sss SYSTEM \"" + secret.toUri() + "\">\n<sss/>");
		assertTrue(failure(metadata).getMessage().contains("declares no variables"));
	}

	@Test
	void badPositionsNameTheMetadataLine() throws IOException {
		DataException backwards = failure(survey(SINGLE.replace("start=\"1\" finish=\"1\"", "start=\"3\" finish=\"2\""), "", "1\n"));
		assertEquals(5, backwards.line());
		assertTrue(backwards.getMessage().contains("ends (finish 2) before it starts (start 3)"), backwards.getMessage());

		DataException word = failure(survey(SINGLE.replace("start=\"1\"", "start=\"one\""), "", "1\n"));
		assertEquals(7, word.line());
		assertTrue(word.getMessage().contains("position start is 'one'"), word.getMessage());

		String bits = "<variable ident=\"2\" type=\"multiple\">\n<name>m</name>\n<position start=\"2\" finish=\"3\"/>\n"
				+ "<values><value code=\"1\">A</value><value code=\"5\">B</value></values>\n</variable>\n";
		DataException outside = failure(survey(SINGLE + bits, "", "110\n"));
		assertEquals(10, outside.line());
		assertTrue(outside.getMessage().contains("code '5'"), outside.getMessage());
	}

	@Test
	void badDataNamesTheDataFileLineAndVariable() throws IOException {
		String bits = "<variable ident=\"2\" type=\"multiple\">\n<name>m</name>\n<position start=\"2\" finish=\"3\"/>\n"
				+ "<values><value code=\"1\">A</value><value code=\"2\">B</value></values>\n</variable>\n";
		DataException bit = failure(survey(SINGLE + bits, "", "110\n1x0\n"));
		assertEquals("survey.asc", bit.source());
		assertEquals(2, bit.line());
		assertEquals("m", bit.column());

		DataException fields = failure(survey(SINGLE.replace("start=\"1\" finish=\"1\"", "start=\"2\""),
				" format=\"csv\"", "1,1\n1\n"));
		assertEquals(2, fields.line());
		assertTrue(fields.getMessage().contains("has 1 fields"), fields.getMessage());
	}

	@Test
	void theDataFileIsPartOfTheSurveysFiles() throws DataException {
		Path metadata = CsvDataReaderTest.fixture("triple-s-csv.xml");
		assertEquals(List.of(metadata, metadata.resolveSibling("triple-s-csv-data.csv")), DataFiles.files(metadata));
		Path csv = CsvDataReaderTest.fixture("ragged.csv");
		assertEquals(List.of(csv), DataFiles.files(csv));
	}

	@Test
	void missingDataFileNamesTheFilesLookedFor() throws IOException {
		Path metadata = survey(SINGLE, "", "1\n");
		Files.delete(folder.resolve("survey.asc"));
		assertTrue(failure(metadata).getMessage().contains("survey.asc, survey.dat, survey.csv"));
	}
}

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

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.segmenta.data.CategoricalColumn;
import org.segmenta.data.Column;
import org.segmenta.data.ColumnType;
import org.segmenta.data.DataException;
import org.segmenta.data.DataFiles;
import org.segmenta.data.Dataset;
import org.segmenta.data.NumericColumn;
import org.segmenta.data.ReadOptions;
import org.segmenta.data.internal.SavDictionary;

/** Reading the SPSS files under {@code data/}, written by haven (see make-sav.R there). */
class SavDataReaderTest {

	@TempDir
	Path folder;

	private static Dataset read(String name) throws DataException {
		return DataFiles.read(CsvDataReaderTest.fixture(name), ReadOptions.detect(), null);
	}

	private static List<String> texts(Column column) {
		return IntStream.range(0, column.size()).mapToObj(column::text).toList();
	}

	@ParameterizedTest
	@ValueSource(strings = { "survey.sav", "survey-uncompressed.sav", "legacy-windows-1252.sav" })
	void valuesLabelsMissingAndTypesAsTheFileDeclaresThem(String file) throws DataException {
		Dataset data = read(file);
		assertEquals(file, data.source());
		assertEquals(8, data.rowCount());
		assertEquals(List.of("id", "region", "q1", "engagement", "age", "name", "joined", "weight"),
				data.columns().stream().map(Column::name).toList());

		// a factor: measurement level nominal, its levels labelled
		CategoricalColumn region = assertInstanceOf(CategoricalColumn.class, data.column("region"));
		assertEquals(ColumnType.NOMINAL, region.type());
		assertEquals(List.of("1", "2", "3", "4"), region.levels());
		assertEquals(List.of("Hovedstaden", "Sjælland", "Syddanmark", "Midtjylland"), region.levelLabels());
		assertEquals("Sjælland", region.label(1));
		assertEquals("2", region.text(1));
		assertEquals("Region, hvor du bor", region.labels().description());

		// a scale with the user-missing codes 98 and 99: missing, their labels kept
		NumericColumn q1 = assertInstanceOf(NumericColumn.class, data.column("q1"));
		assertEquals(ColumnType.NUMERIC, q1.type());
		assertEquals(Arrays.asList("5", "4", null, "3", null, "5", "1", "2"), texts(q1));
		assertEquals("Meget tilfreds", q1.label(0));
		assertEquals("Ved ikke", q1.labels().label("98"));
		assertEquals("Hvor tilfreds er du med dit medlemskab?", q1.labels().description());

		// an ordered factor: ordinal
		NumericColumn engagement = assertInstanceOf(NumericColumn.class, data.column("engagement"));
		assertEquals(ColumnType.ORDINAL, engagement.type());
		assertEquals(Arrays.asList("1", "3", "2", "2", "3", "1", "3", null), texts(engagement));
		assertEquals("Høj", engagement.label(1));

		// a missing range (900 and above)
		assertEquals(Arrays.asList("34", "51", null, "27", "63", "45", "38", "72"), texts(data.column("age")));

		Column name = data.column("name");
		assertEquals(Arrays.asList("Søren Ærø", "Åsa Öberg", "Päivi Mäkinen", "Jørgen Ødegård", null,
				"Ängla Åkesson", "Mette Bæk", "Öystein Ås"), texts(name));
		assertEquals("Navn på medlemmet", name.labels().description());
		assertEquals(Arrays.asList("2019-03-01", "2021-11-15", null, "2015-06-30", "2023-01-09", "2018-08-20",
				"2020-02-29", "2022-12-31"), texts(data.column("joined")));

		NumericColumn weight = data.numericColumn("weight");
		assertEquals(1.2, weight.value(1));
		assertEquals("Vægt (køn x alder)", weight.labels().description());
		assertEquals(Optional.of("weight"), data.weightColumn());
		assertEquals(List.of(), data.warnings());
	}

	@Test
	void textsAreDecodedByTheFilesCharacterCode() throws Exception {
		// haven writes no encoding record, only the character code 65001; SPSS 15 wrote 1252
		assertEquals("UTF-8", dictionary("survey.sav").encoding());
		assertEquals("windows-1252", dictionary("legacy-windows-1252.sav").encoding());
		byte[] legacy = Files.readAllBytes(CsvDataReaderTest.fixture("legacy-windows-1252.sav"));
		assertTrue(new String(legacy, "windows-1252").contains("Søren Ærø"));
	}

	@Test
	void variablesNamedWithNordicLettersKeepTheirNames() throws DataException {
		// haven writes the short names LøBENR, VæGT in UTF-8; the library failed to look them up
		// (NullPointerException on "longName")
		Dataset data = read("nordic-names.sav");
		assertEquals(List.of("løbenr", "tilfredshed", "käyttö", "förklaring", "vægt"),
				data.columns().stream().map(Column::name).toList());
		assertEquals(List.of("ÅØ001", "ÅØ002", "ÅØ003"), texts(data.column("løbenr")));
		NumericColumn satisfaction = assertInstanceOf(NumericColumn.class, data.column("tilfredshed"));
		assertTrue(satisfaction.isMissing(1), "99 is user-missing");
		assertEquals("Tilfreds", satisfaction.labels().label("2"));
		assertEquals(7, ((NumericColumn) data.column("käyttö")).value(2));
		// a very long string (over 255 bytes) is named by its short name in a record of its own too
		assertEquals("Tak. ".repeat(80).strip(), data.column("förklaring").text(0));
		assertEquals(1.25, ((NumericColumn) data.column("vægt")).value(1));
		assertEquals("Vægt", data.column("vægt").labels().description());
	}

	@ParameterizedTest
	@ValueSource(strings = { "long-texts.sav", "long-texts-uncompressed.sav" })
	void veryLongStringsAreReadAsTheyWereWritten(String file) throws Exception {
		// the answers as make-sav.R wrote them, one a line
		List<String> written = Files.readAllLines(CsvDataReaderTest.fixture("long-texts.txt"), StandardCharsets.UTF_8);
		Dataset data = read(file);
		// the string's two further segments are no columns of their own
		assertEquals(List.of("løbenr", "svar", "alder"), data.columns().stream().map(Column::name).toList());
		Column answers = data.column("svar");
		assertEquals("Hvorfor er du medlem?", answers.labels().description());
		// a Danish answer of 600 letters in more bytes: no blank at bytes 255 and 510
		assertEquals(600, written.get(0).length());
		assertEquals(written.get(0), answers.text(0));
		// a blank of the answer on byte 255, the first byte of the second segment, stays one blank
		assertEquals(' ', written.get(1).getBytes(StandardCharsets.UTF_8)[255]);
		assertEquals(written.get(1), answers.text(1));
		// æ on bytes 254-255 and ø on bytes 509-510, each split between two segments
		assertEquals("æ", new String(written.get(2).getBytes(StandardCharsets.UTF_8), 254, 2, StandardCharsets.UTF_8));
		assertEquals(written.get(2), answers.text(2));
		assertEquals(written.get(3), answers.text(3));
		assertTrue(written.get(4).isEmpty());
		assertTrue(answers.isMissing(4));
		// the number after the string is read from its own place in the case
		assertEquals(List.of("34", "51", "27", "63", "45"), texts(data.column("alder")));
	}

	private static SavDictionary dictionary(String name) throws IOException, DataException {
		try (InputStream in = Files.newInputStream(CsvDataReaderTest.fixture(name))) {
			return SavDictionary.read(name, in);
		}
	}

	@Test
	void optionsStillApply() throws DataException {
		ReadOptions options = ReadOptions.detect().withMissingCodes("id", List.of("8"))
				.withTypes(Map.of("q1", ColumnType.ORDINAL, "engagement", ColumnType.NOMINAL));
		Dataset data = DataFiles.read(CsvDataReaderTest.fixture("survey.sav"), options, null);
		assertTrue(data.column("id").isMissing(7));
		assertEquals(ColumnType.ORDINAL, data.column("q1").type());
		CategoricalColumn engagement = assertInstanceOf(CategoricalColumn.class, data.column("engagement"));
		assertEquals(List.of("Lav", "Middel", "Høj"), engagement.levelLabels());
	}

	@Test
	void aFileWithoutWeightDeclaresNone() throws Exception {
		// the header's weight slot (byte 76) set back to 0, as in an unweighted file
		byte[] bytes = Files.readAllBytes(CsvDataReaderTest.fixture("survey.sav"));
		Arrays.fill(bytes, 76, 80, (byte) 0);
		Path unweighted = Files.write(folder.resolve("unweighted.sav"), bytes);
		Dataset data = DataFiles.read(unweighted, ReadOptions.detect(), null);
		assertEquals(Optional.empty(), data.weightColumn());
		assertEquals(8, data.rowCount());
	}

	@Test
	void truncatedFilesAreNamed() throws Exception {
		byte[] bytes = Files.readAllBytes(CsvDataReaderTest.fixture("survey.sav"));
		assertEquals("cut.sav: is truncated: the file ends inside its dictionary",
				failure(Arrays.copyOf(bytes, 300)).getMessage());
		assertEquals("cut.sav: is truncated: the file ends inside its cases",
				failure(Arrays.copyOf(bytes, bytes.length - 20)).getMessage());
		byte[] uncompressed = Files.readAllBytes(CsvDataReaderTest.fixture("survey-uncompressed.sav"));
		assertEquals("cut.sav: is truncated: the file ends inside its cases",
				failure(Arrays.copyOf(uncompressed, uncompressed.length - 8)).getMessage());
	}

	@Test
	void otherFilesNamedSavAreRefused() throws Exception {
		assertEquals("cut.sav: is not an SPSS system file (.sav): it does not start with $FL2",
				failure(Files.readAllBytes(CsvDataReaderTest.fixture("nordic-export.csv"))).getMessage());
		assertTrue(failure(Files.readAllBytes(CsvDataReaderTest.fixture("survey-zlib.sav"))).getMessage()
				.startsWith("cut.sav: is a ZLIB-compressed SPSS file (.zsav), which cannot be read here"));
		assertEquals("cut.sav: is truncated: the file ends inside its dictionary", failure(new byte[0]).getMessage());
		// a damaged dictionary: the first variable record's type overwritten
		byte[] damaged = Files.readAllBytes(CsvDataReaderTest.fixture("survey.sav"));
		damaged[176] = 42;
		assertEquals("cut.sav: is damaged or not an SPSS system file: invalid record type 42 at byte 176",
				failure(damaged).getMessage());
		assertNull(assertThrows(DataException.class,
				() -> DataFiles.read(folder.resolve("absent.sav"), ReadOptions.detect(), null)).column());
	}

	private DataException failure(byte[] bytes) throws IOException {
		Path file = Files.write(folder.resolve("cut.sav"), bytes);
		return assertThrows(DataException.class, () -> DataFiles.read(file, ReadOptions.detect(), null));
	}
}

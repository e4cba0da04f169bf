/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.analysis.ClusterSettings;
import org.segmenta.analysis.KMeansMethod;
import org.segmenta.analysis.SegmentCountSuggestion;
import org.segmenta.analysis.internal.ProfileCommand;
import org.segmenta.cli.UsageException;
import org.segmenta.data.DataException;
import org.segmenta.data.DataFiles;
import org.segmenta.data.Dataset;
import org.segmenta.data.ReadOptions;

/**
 * Why data cannot be analysed, in Danish, Swedish and Finnish as well as English: the headless
 * command prints the English words as before, and the same failure reads in each language.
 */
class TranslatedAnalysisErrorsTest {

	private static final Locale DANISH = Locale.forLanguageTag("da");
	private static final Locale SWEDISH = Locale.forLanguageTag("sv");
	private static final Locale FINNISH = Locale.forLanguageTag("fi");

	@TempDir
	Path folder;

	@Test
	void aRepeatedIdNamesBothRows() throws Exception {
		Files.writeString(folder.resolve("ids.csv"), "id,region\nP1,Hovedstaden\nP2,Sjælland\nP1,Nordjylland\n");
		UsageException refused = assertThrows(UsageException.class, () -> CommandRuns.run(folder,
				new ByteArrayOutputStream(), new ProfileCommand(), "ids.csv", "--by", "region", "--id", "id", "--out", "p"));

		assertEquals("ids.csv, column 'id': the id P1 is in data rows 1 and 3", refused.getMessage());
		assertEquals(refused.getMessage(), DataException.messageOf(refused, Locale.ENGLISH));
		assertEquals("ids.csv, kolonne 'id': id'et P1 står i datarække 1 og 3", DataException.messageOf(refused, DANISH));
		assertEquals("ids.csv, kolumn 'id': id P1 finns i datarad 1 och 3", DataException.messageOf(refused, SWEDISH));
		assertEquals("ids.csv, sarake 'id': tunniste P1 on aineistoriveillä 1 ja 3",
				DataException.messageOf(refused, FINNISH));
	}

	@Test
	void aMissingIdNamesItsRow() throws Exception {
		Files.writeString(folder.resolve("ids.csv"), "id,region\nP1,Hovedstaden\n,Sjælland\nP3,Nordjylland\n");
		UsageException refused = assertThrows(UsageException.class, () -> CommandRuns.run(folder,
				new ByteArrayOutputStream(), new ProfileCommand(), "ids.csv", "--by", "region", "--id", "id", "--out", "p"));

		assertEquals("ids.csv, column 'id': data row 2 has no id", refused.getMessage());
		assertEquals("ids.csv, kolonne 'id': datarække 2 har intet id", DataException.messageOf(refused, DANISH));
		assertEquals("ids.csv, kolumn 'id': datarad 2 saknar id", DataException.messageOf(refused, SWEDISH));
		assertEquals("ids.csv, sarake 'id': aineistorivillä 2 ei ole tunnistetta", DataException.messageOf(refused, FINNISH));
	}

	@Test
	void tooFewCompleteRowsForTheSegmentCount() throws Exception {
		Path file = Files.writeString(folder.resolve("svar.csv"), "q1,q2\n1,2\n3,\n2,5\n,4\n5,1\n");
		Dataset data = DataFiles.read(file, ReadOptions.detect(), null);
		DataException refused = assertThrows(DataException.class, () -> SegmentCountSuggestion.suggest(
				new KMeansMethod(), data, List.of("q1", "q2"), 2, 4, 0, new ClusterSettings(1, 2, false, 1), null));

		assertEquals("svar.csv: only 3 complete rows, too few for 4 segments", refused.getMessage());
		assertEquals("svar.csv: kun 3 komplette rækker, for få til 4 segmenter", refused.getMessage(DANISH));
		assertEquals("svar.csv: bara 3 fullständiga rader, för få för 4 segment", refused.getMessage(SWEDISH));
		assertEquals("svar.csv: vain 3 täydellistä riviä, liian vähän 4 segmentille", refused.getMessage(FINNISH));
	}

	@Test
	void noCompleteRow() throws Exception {
		Path file = Files.writeString(folder.resolve("svar.csv"), "q1,q2\n1,\n,4\n5,\n");
		Dataset data = DataFiles.read(file, ReadOptions.detect(), null);
		DataException refused = assertThrows(DataException.class, () -> SegmentCountSuggestion.suggest(
				new KMeansMethod(), data, List.of("q1", "q2"), 2, 3, 0, new ClusterSettings(1, 2, false, 1), null));

		assertEquals("svar.csv: no row has a value in every one of the columns [q1, q2]", refused.getMessage());
		assertEquals("svar.csv: ingen række har en værdi i alle kolonnerne [q1, q2]", refused.getMessage(DANISH));
		assertEquals("svar.csv: ingen rad har ett värde i alla kolumnerna [q1, q2]", refused.getMessage(SWEDISH));
		assertEquals("svar.csv: millään rivillä ei ole arvoa kaikissa sarakkeissa [q1, q2]", refused.getMessage(FINNISH));
	}
}

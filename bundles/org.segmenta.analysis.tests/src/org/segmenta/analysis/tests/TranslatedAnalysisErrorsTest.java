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
import org.segmenta.tests.support.Translations;

/**
 * Why data cannot be analysed, in Danish, Swedish and Finnish as well as English: the headless
 * command prints the English words as before, and the same failure reads in each language.
 */
class TranslatedAnalysisErrorsTest {

	@TempDir
	Path folder;

	@Test
	void aRepeatedIdNamesBothRows() throws Exception {
		assertWorded(profileByIdRefused("id,region\nP1,Hovedstaden\nP2,Sjælland\nP1,Nordjylland\n"),
				"ids.csv, column 'id': the id P1 is in data rows 1 and 3",
				"ids.csv, kolonne 'id': id'et P1 står i datarække 1 og 3",
				"ids.csv, kolumn 'id': id P1 finns i datarad 1 och 3",
				"ids.csv, sarake 'id': tunniste P1 on aineistoriveillä 1 ja 3");
	}

	@Test
	void aMissingIdNamesItsRow() throws Exception {
		assertWorded(profileByIdRefused("id,region\nP1,Hovedstaden\n,Sjælland\nP3,Nordjylland\n"),
				"ids.csv, column 'id': data row 2 has no id",
				"ids.csv, kolonne 'id': datarække 2 har intet id",
				"ids.csv, kolumn 'id': datarad 2 saknar id",
				"ids.csv, sarake 'id': aineistorivillä 2 ei ole tunnistetta");
	}

	@Test
	void tooFewCompleteRowsForTheSegmentCount() throws Exception {
		assertWorded(comparisonRefused("q1,q2\n1,2\n3,\n2,5\n,4\n5,1\n", 4),
				"svar.csv: only 3 complete rows, too few for 4 segments",
				"svar.csv: kun 3 komplette rækker, for få til 4 segmenter",
				"svar.csv: bara 3 fullständiga rader, för få för 4 segment",
				"svar.csv: vain 3 täydellistä riviä, liian vähän 4 segmentille");
	}

	@Test
	void noCompleteRow() throws Exception {
		assertWorded(comparisonRefused("q1,q2\n1,\n,4\n5,\n", 3),
				"svar.csv: no row has a value in every one of the columns [q1, q2]",
				"svar.csv: ingen række har en værdi i alle kolonnerne [q1, q2]",
				"svar.csv: ingen rad har ett värde i alla kolumnerna [q1, q2]",
				"svar.csv: millään rivillä ei ole arvoa kaikissa sarakkeissa [q1, q2]");
	}

	/** Why {@code segmenta profile ids.csv --by region --id id} refuses {@code csv} as {@code ids.csv}. */
	private UsageException profileByIdRefused(String csv) throws Exception {
		Files.writeString(folder.resolve("ids.csv"), csv);
		return assertThrows(UsageException.class, () -> CommandRuns.run(folder, new ByteArrayOutputStream(),
				new ProfileCommand(), "ids.csv", "--by", "region", "--id", "id", "--out", "p"));
	}

	/**
	 * Why comparing 2 to {@code maxK} segments of {@code csv} (as {@code svar.csv}) is refused, as the
	 * Data and Analysis page compares them.
	 */
	private DataException comparisonRefused(String csv, int maxK) throws Exception {
		Dataset data = DataFiles.read(Files.writeString(folder.resolve("svar.csv"), csv), ReadOptions.detect(), null);
		return assertThrows(DataException.class, () -> SegmentCountSuggestion.suggest(new KMeansMethod(), data,
				List.of("q1", "q2"), 2, maxK, 0, new ClusterSettings(1, 2, false, 1), null));
	}

	/**
	 * {@code failure} as the headless command prints it ({@code english}) and in each language, also
	 * where the command's usage error wraps the data's.
	 */
	private static void assertWorded(Exception failure, String english, String danish, String swedish,
			String finnish) {
		assertEquals(english, failure.getMessage());
		Translations.assertWorded(locale -> DataException.messageOf(failure, locale), english, danish, swedish, finnish);
	}
}

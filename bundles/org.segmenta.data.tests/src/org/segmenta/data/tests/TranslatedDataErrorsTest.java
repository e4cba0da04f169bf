/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.data.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.data.DataException;
import org.segmenta.data.DataFiles;
import org.segmenta.data.Dataset;
import org.segmenta.data.ReadOptions;

/**
 * Why a data file cannot be read or used, in Danish, Swedish and Finnish as well as English: the
 * file, line or row, column and value stay as they are, the English words are those the headless
 * commands print, and quantities are written as each language writes numbers.
 */
class TranslatedDataErrorsTest {

	private static final Locale DANISH = Locale.forLanguageTag("da");
	private static final Locale SWEDISH = Locale.forLanguageTag("sv");
	private static final Locale FINNISH = Locale.forLanguageTag("fi");
	/** Swedish and Finnish group thousands with a no-break space. */
	private static final char NO_BREAK_SPACE = '\u00a0';

	@TempDir
	Path folder;

	@Test
	void aRowWithTooFewFields() throws Exception {
		Path file = Files.writeString(folder.resolve("medlemmer.csv"), "id;alder;vægt\n1;34;1,2\n2;45\n3;51;0,8\n");
		DataException error = failure(() -> read(file));

		assertEquals("medlemmer.csv, line 3: expected 3 fields as in the header, found 2 (delimiter ';')",
				error.getMessage());
		assertEquals(error.getMessage(), error.getMessage(Locale.ENGLISH));
		assertEquals("medlemmer.csv, linje 3: forventede 3 felter som i overskriften, men fandt 2 (skilletegn ';')",
				error.getMessage(DANISH));
		assertEquals("medlemmer.csv, rad 3: väntade 3 fält som i rubrikraden men hittade 2 (avgränsare ';')",
				error.getMessage(SWEDISH));
		assertEquals("medlemmer.csv, rivi 3: otsikkorivin mukaan kenttiä pitäisi olla 3, mutta niitä on 2 (erotin ';')",
				error.getMessage(FINNISH));
		// a language without texts gets English, never the machine's locale
		assertEquals(error.getMessage(), error.getMessage(Locale.GERMAN));
	}

	@Test
	void aLineNumberIsNotGroupedButAQuantityIs() throws Exception {
		StringBuilder csv = new StringBuilder("id,kommentar\n");
		for (int i = 1; i <= 1_500; i++) {
			csv.append(i).append(",svar nummer ").append(i).append('\n');
		}
		Path file = Files.writeString(folder.resolve("fritekst.csv"), csv + "1501,\"åben\n");
		DataException unclosed = failure(() -> read(file));
		assertEquals("fritekst.csv, line 1502, column 'kommentar': a quoted field opened on this line is not closed"
				+ " before the end of the file", unclosed.getMessage());
		assertEquals("fritekst.csv, linje 1502, kolonne 'kommentar': et felt i anførselstegn, der begynder på denne"
				+ " linje, bliver ikke lukket før filens slutning", unclosed.getMessage(DANISH));

		Path freeText = Files.writeString(folder.resolve("fritekst.csv"), csv);
		Dataset data = read(freeText);
		DataException notCategories = failure(() -> data.column("kommentar"));
		assertEquals("fritekst.csv, column 'kommentar': the column holds free text (more than 1000 distinct values)"
				+ " and cannot be analysed", notCategories.getMessage());
		assertEquals("fritekst.csv, kolonne 'kommentar': kolonnen indeholder fritekst (mere end 1.000 forskellige"
				+ " værdier) og kan ikke analyseres", notCategories.getMessage(DANISH));
		assertEquals("fritekst.csv, kolumn 'kommentar': kolumnen innehåller fritext (fler än 1" + NO_BREAK_SPACE
				+ "000 olika värden) och kan inte analyseras", notCategories.getMessage(SWEDISH));
		assertEquals("fritekst.csv, sarake 'kommentar': sarakkeessa on vapaata tekstiä (yli 1" + NO_BREAK_SPACE
				+ "000 eri arvoa), eikä sitä voi analysoida", notCategories.getMessage(FINNISH));
	}

	@Test
	void aNegativeAndAMissingWeightNameTheRowAndValue() throws Exception {
		Path file = Files.writeString(folder.resolve("vaegtet.csv"), "id,vaegt\n1,1.5\n2,0.75\n3,-0.5\n4,\n");
		Dataset data = read(file);

		DataException negative = failure(() -> data.withWeightColumn("vaegt"));
		assertEquals("vaegtet.csv, column 'vaegt': data row 3: the weight -0.5 is not a non-negative number",
				negative.getMessage());
		assertEquals("vaegtet.csv, kolonne 'vaegt': datarække 3: vægten -0.5 er ikke et tal på 0 eller derover",
				negative.getMessage(DANISH));
		assertEquals("vaegtet.csv, kolumn 'vaegt': datarad 3: vikten -0.5 är inte ett tal som är 0 eller större",
				negative.getMessage(SWEDISH));
		assertEquals("vaegtet.csv, sarake 'vaegt': aineistorivi 3: paino -0.5 ei ole nolla tai sitä suurempi luku",
				negative.getMessage(FINNISH));

		Path missing = Files.writeString(folder.resolve("vaegtet.csv"), "id,vaegt\n1,1.5\n2,\n");
		DataException absent = failure(() -> read(missing).withWeightColumn("vaegt"));
		assertEquals("vaegtet.csv, column 'vaegt': data row 2: the weight is missing", absent.getMessage());
		assertEquals("vaegtet.csv, kolonne 'vaegt': datarække 2: vægten mangler", absent.getMessage(DANISH));
		assertEquals("vaegtet.csv, kolumn 'vaegt': datarad 2: vikten saknas", absent.getMessage(SWEDISH));
		assertEquals("vaegtet.csv, sarake 'vaegt': aineistorivi 2: paino puuttuu", absent.getMessage(FINNISH));
	}

	@Test
	void aTextInANumericColumnNamesItsLineAndValue() throws Exception {
		Path file = Files.writeString(folder.resolve("alder.csv"), "id,alder\n1,34\n2,45\n3,ved ikke\n4,51\n5,29\n");
		Dataset data = read(file);
		DataException error = failure(() -> data.numericColumn("alder"));
		assertEquals("alder.csv, line 4, column 'alder': 'ved ikke' is not a number", error.getMessage());
		assertEquals("alder.csv, linje 4, kolonne 'alder': 'ved ikke' er ikke et tal", error.getMessage(DANISH));
		assertEquals("alder.csv, rad 4, kolumn 'alder': 'ved ikke' är inte ett tal", error.getMessage(SWEDISH));
		assertEquals("alder.csv, rivi 4, sarake 'alder': 'ved ikke' ei ole luku", error.getMessage(FINNISH));
	}

	@Test
	void aTruncatedAndADamagedSpssFile() throws Exception {
		byte[] survey = Files.readAllBytes(CsvDataReaderTest.fixture("survey.sav"));
		Path cut = Files.write(folder.resolve("cut.sav"), Arrays.copyOf(survey, survey.length - 20));
		DataException truncated = failure(() -> read(cut));
		assertEquals("cut.sav: is truncated: the file ends inside its cases", truncated.getMessage());
		assertEquals("cut.sav: filen er afkortet: den slutter midt i observationerne", truncated.getMessage(DANISH));
		assertEquals("cut.sav: filen är avkortad: den tar slut mitt i fallen", truncated.getMessage(SWEDISH));
		assertEquals("cut.sav: tiedosto on katkennut: se loppuu kesken havaintojen", truncated.getMessage(FINNISH));

		byte[] damaged = survey.clone();
		damaged[176] = 42; // the first variable record's type
		Path bad = Files.write(folder.resolve("bad.sav"), damaged);
		DataException invalid = failure(() -> read(bad));
		assertEquals("bad.sav: is damaged or not an SPSS system file: invalid record type 42 at byte 176",
				invalid.getMessage());
		assertEquals("bad.sav: filen er beskadiget eller ikke en SPSS-systemfil: fejl i posten af typen 42 ved byte 176",
				invalid.getMessage(DANISH));
		assertEquals("bad.sav: filen är skadad eller ingen SPSS-systemfil: fel i posten av typ 42 vid byte 176",
				invalid.getMessage(SWEDISH));
		assertEquals("bad.sav: tiedosto on vioittunut tai se ei ole SPSS-järjestelmätiedosto: virhe kohdassa"
				+ " tietuetyyppi 42 tavun 176 kohdalla", invalid.getMessage(FINNISH));
	}

	@Test
	void aTripleSDeclarationIsRefusedInEachLanguage() throws Exception {
		Path file = Files.writeString(folder.resolve("survey.xml"), """
				<?xml version="1.0" encoding="UTF-8"?>
				<!DOCTYPE sss [ <!ENTITY name "Nordfag"> ]>
				<sss version="2.0"><survey><record ident="A"/></survey></sss>
				""");
		DataException error = failure(() -> read(file));
		assertEquals("survey.xml, line 2: declares the entity 'name', which is refused: a Triple-S file needs no"
				+ " declarations", error.getMessage());
		assertEquals("survey.xml, linje 2: filen erklærer entiteten 'name', hvilket afvises: en Triple-S-fil har ikke"
				+ " brug for erklæringer", error.getMessage(DANISH));
		assertEquals("survey.xml, rivi 2: tiedosto esittelee entiteetin 'name', mikä hylätään: Triple-S-tiedosto ei"
				+ " tarvitse esittelyjä", error.getMessage(FINNISH));
	}

	@Test
	void otherFailuresKeepTheirOwnMessage() {
		assertEquals("the disk is full", DataException.messageOf(new IOException("the disk is full"), DANISH));
	}

	@Test
	void aMissingFileAlsoWhenABackgroundReadWrapsIt() {
		Path absent = folder.resolve("findes-ikke.csv");
		DataException error = failure(() -> read(absent));
		assertEquals(absent + ": no such file", error.getMessage());
		// as the import wizard's background read wraps it
		assertEquals(absent + ": filen findes ikke", DataException.messageOf(new InvocationTargetException(error), DANISH));
		assertEquals(absent + ": filen finns inte", error.getMessage(SWEDISH));
		assertEquals(absent + ": tiedostoa ei ole olemassa", error.getMessage(FINNISH));
	}

	private static Dataset read(Path file) throws DataException {
		return DataFiles.read(file, ReadOptions.detect(), null);
	}

	private static DataException failure(Executable reading) {
		return assertThrows(DataException.class, reading);
	}
}

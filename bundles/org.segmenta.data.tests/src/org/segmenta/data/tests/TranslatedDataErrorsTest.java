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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.data.DataException;
import org.segmenta.data.DataFiles;
import org.segmenta.data.Dataset;
import org.segmenta.data.ReadOptions;
import org.segmenta.tests.support.Translations;

/**
 * Why a data file cannot be read or used, in Danish, Swedish and Finnish as well as English: the
 * file, line or row, column and value stay as they are, the English words are those the headless
 * commands print, and quantities are written as each language writes numbers.
 */
class TranslatedDataErrorsTest {

	/** Swedish and Finnish group thousands with a no-break space. */
	private static final char NO_BREAK_SPACE = '\u00a0';

	@TempDir
	Path folder;

	@Test
	void aRowWithTooFewFields() throws Exception {
		DataException error = failure(() -> written("medlemmer.csv", "id;alder;vægt\n1;34;1,2\n2;45\n3;51;0,8\n"));

		assertWorded(error,
				"medlemmer.csv, line 3: expected 3 fields as in the header, found 2 (delimiter ';')",
				"medlemmer.csv, linje 3: forventede 3 felter som i overskriften, men fandt 2 (skilletegn ';')",
				"medlemmer.csv, rad 3: väntade 3 fält som i rubrikraden men hittade 2 (avgränsare ';')",
				"medlemmer.csv, rivi 3: otsikkorivin mukaan kenttiä pitäisi olla 3, mutta niitä on 2 (erotin ';')");
	}

	@Test
	void aLineNumberIsNotGroupedButAQuantityIs() throws Exception {
		StringBuilder csv = new StringBuilder("id,kommentar\n");
		for (int i = 1; i <= 1_500; i++) {
			csv.append(i).append(",svar nummer ").append(i).append('\n');
		}
		DataException unclosed = failure(() -> written("fritekst.csv", csv + "1501,\"åben\n"));
		assertEquals("fritekst.csv, line 1502, column 'kommentar': a quoted field opened on this line is not closed"
				+ " before the end of the file", unclosed.getMessage());
		assertEquals("fritekst.csv, linje 1502, kolonne 'kommentar': et felt i anførselstegn, der begynder på denne"
				+ " linje, bliver ikke lukket før filens slutning", unclosed.getMessage(Translations.DANISH));

		Dataset data = written("fritekst.csv", csv.toString());
		DataException notCategories = failure(() -> data.column("kommentar"));
		assertWorded(notCategories,
				"fritekst.csv, column 'kommentar': the column holds free text (more than 1000 distinct values)"
						+ " and cannot be analysed",
				"fritekst.csv, kolonne 'kommentar': kolonnen indeholder fritekst (mere end 1.000 forskellige"
						+ " værdier) og kan ikke analyseres",
				"fritekst.csv, kolumn 'kommentar': kolumnen innehåller fritext (fler än 1" + NO_BREAK_SPACE
						+ "000 olika värden) och kan inte analyseras",
				"fritekst.csv, sarake 'kommentar': sarakkeessa on vapaata tekstiä (yli 1" + NO_BREAK_SPACE
						+ "000 eri arvoa), eikä sitä voi analysoida");
	}

	@Test
	void aNegativeAndAMissingWeightNameTheRowAndValue() throws Exception {
		Dataset data = written("vaegtet.csv", "id,vaegt\n1,1.5\n2,0.75\n3,-0.5\n4,\n");

		DataException negative = failure(() -> data.withWeightColumn("vaegt"));
		assertWorded(negative,
				"vaegtet.csv, column 'vaegt': data row 3: the weight -0.5 is not a non-negative number",
				"vaegtet.csv, kolonne 'vaegt': datarække 3: vægten -0.5 er ikke et tal på 0 eller derover",
				"vaegtet.csv, kolumn 'vaegt': datarad 3: vikten -0.5 är inte ett tal som är 0 eller större",
				"vaegtet.csv, sarake 'vaegt': aineistorivi 3: paino -0.5 ei ole nolla tai sitä suurempi luku");

		DataException absent = failure(() -> written("vaegtet.csv", "id,vaegt\n1,1.5\n2,\n").withWeightColumn("vaegt"));
		assertWorded(absent,
				"vaegtet.csv, column 'vaegt': data row 2: the weight is missing",
				"vaegtet.csv, kolonne 'vaegt': datarække 2: vægten mangler",
				"vaegtet.csv, kolumn 'vaegt': datarad 2: vikten saknas",
				"vaegtet.csv, sarake 'vaegt': aineistorivi 2: paino puuttuu");
	}

	@Test
	void aTextInANumericColumnNamesItsLineAndValue() throws Exception {
		Dataset data = written("alder.csv", "id,alder\n1,34\n2,45\n3,ved ikke\n4,51\n5,29\n");
		DataException error = failure(() -> data.numericColumn("alder"));
		assertWorded(error,
				"alder.csv, line 4, column 'alder': 'ved ikke' is not a number",
				"alder.csv, linje 4, kolonne 'alder': 'ved ikke' er ikke et tal",
				"alder.csv, rad 4, kolumn 'alder': 'ved ikke' är inte ett tal",
				"alder.csv, rivi 4, sarake 'alder': 'ved ikke' ei ole luku");
	}

	@Test
	void aTruncatedAndADamagedSpssFile() throws Exception {
		byte[] survey = Files.readAllBytes(CsvDataReaderTest.fixture("survey.sav"));
		Path cut = Files.write(folder.resolve("cut.sav"), Arrays.copyOf(survey, survey.length - 20));
		DataException truncated = failure(() -> read(cut));
		assertWorded(truncated,
				"cut.sav: is truncated: the file ends inside its cases",
				"cut.sav: filen er afkortet: den slutter midt i observationerne",
				"cut.sav: filen är avkortad: den tar slut mitt i fallen",
				"cut.sav: tiedosto on katkennut: se loppuu kesken havaintojen");

		byte[] damaged = survey.clone();
		damaged[176] = 42; // the first variable record's type
		Path bad = Files.write(folder.resolve("bad.sav"), damaged);
		DataException invalid = failure(() -> read(bad));
		assertWorded(invalid,
				"bad.sav: is damaged or not an SPSS system file: invalid record type 42 at byte 176",
				"bad.sav: filen er beskadiget eller ikke en SPSS-systemfil: fejl i posten af typen 42 ved byte 176",
				"bad.sav: filen är skadad eller ingen SPSS-systemfil: fel i posten av typ 42 vid byte 176",
				"bad.sav: tiedosto on vioittunut tai se ei ole SPSS-järjestelmätiedosto: virhe kohdassa"
						+ " tietuetyyppi 42 tavun 176 kohdalla");
	}

	@Test
	void aTripleSDeclarationIsRefusedInEachLanguage() throws Exception {
		DataException error = failure(() -> written("survey.xml", """
				<?xml version="1.0" encoding="UTF-8"?>
				<!DOCTYPE sss [ <!ENTITY name "Nordfag"> ]>
				<sss version="2.0"><survey><record ident="A"/></survey></sss>
				"""));
		assertWorded(error,
				"survey.xml, line 2: declares the entity 'name', which is refused: a Triple-S file needs no declarations",
				"survey.xml, linje 2: filen erklærer entiteten 'name', hvilket afvises: en Triple-S-fil har ikke brug for"
						+ " erklæringer",
				"survey.xml, rad 2: filen deklarerar entiteten 'name', vilket avvisas: en Triple-S-fil behöver inga"
						+ " deklarationer",
				"survey.xml, rivi 2: tiedosto esittelee entiteetin 'name', mikä hylätään: Triple-S-tiedosto ei tarvitse"
						+ " esittelyjä");
	}

	@Test
	void otherFailuresKeepTheirOwnMessage() {
		assertEquals("the disk is full", DataException.messageOf(new IOException("the disk is full"), Translations.DANISH));
		// a problem worded in English only, as a contributed method words it, is English in every language
		DataException contributed = new DataException("svar.csv", 3, "q1", "a median split makes 2 segments, not 3");
		Translations.assertWorded(contributed::getMessage, contributed.getMessage(), contributed.getMessage(),
				contributed.getMessage(), contributed.getMessage());
		assertEquals("svar.csv, line 3, column 'q1': a median split makes 2 segments, not 3", contributed.getMessage());
	}

	@Test
	void aMissingFileAlsoWhenABackgroundReadWrapsIt() {
		Path absent = folder.resolve("findes-ikke.csv");
		DataException error = failure(() -> read(absent));
		// as the import wizard's background read wraps it
		InvocationTargetException wrapped = new InvocationTargetException(error);
		Translations.assertWorded(locale -> DataException.messageOf(wrapped, locale), absent + ": no such file",
				absent + ": filen findes ikke", absent + ": filen finns inte", absent + ": tiedostoa ei ole olemassa");
	}

	/** {@code error} as the headless commands print it ({@code english}) and in each language. */
	private static void assertWorded(DataException error, String english, String danish, String swedish,
			String finnish) {
		assertEquals(english, error.getMessage());
		Translations.assertWorded(error::getMessage, english, danish, swedish, finnish);
	}

	/** The data of {@code content} written as the file {@code name}. */
	private Dataset written(String name, String content) throws IOException, DataException {
		return read(Files.writeString(folder.resolve(name), content));
	}

	private static Dataset read(Path file) throws DataException {
		return DataFiles.read(file, ReadOptions.detect(), null);
	}

	private static DataException failure(Executable reading) {
		return assertThrows(DataException.class, reading);
	}
}

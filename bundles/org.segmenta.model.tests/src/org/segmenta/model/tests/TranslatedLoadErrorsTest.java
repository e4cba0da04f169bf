/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.model.persistence.ModelLoadException;
import org.segmenta.model.persistence.SegmentationFiles;
import org.segmenta.tests.support.Examples;

/**
 * Why a model file cannot be loaded, in Danish, Swedish and Finnish as well as English: the file
 * and line stay where editors and logs find them, the parser's own words are kept.
 */
class TranslatedLoadErrorsTest {

	private static final Locale DANISH = Locale.forLanguageTag("da");
	private static final Locale SWEDISH = Locale.forLanguageTag("sv");
	private static final Locale FINNISH = Locale.forLanguageTag("fi");

	@TempDir
	Path folder;

	@Test
	void aMissingFileInEachLanguage() {
		Path missing = folder.resolve("nowhere.segmentation");
		ModelLoadException error = assertThrows(ModelLoadException.class, () -> SegmentationFiles.load(missing));
		assertEquals(missing + ": no such file", error.getMessage());
		assertEquals(missing + ": no such file", error.getMessage(Locale.ENGLISH));
		assertEquals(missing + ": filen findes ikke", error.getMessage(DANISH));
		assertEquals(missing + ": filen finns inte", error.getMessage(SWEDISH));
		assertEquals(missing + ": tiedostoa ei ole olemassa", error.getMessage(FINNISH));
		// a language without texts gets English, never the machine's locale
		assertEquals(missing + ": no such file", error.getMessage(Locale.GERMAN));
	}

	@Test
	void aTruncatedFileKeepsItsLineAndTheParsersWords() throws Exception {
		byte[] example = Files.readAllBytes(Examples.model());
		Path truncated = folder.resolve("truncated.segmentation");
		Files.write(truncated, Arrays.copyOf(example, example.length / 2));
		ModelLoadException error = assertThrows(ModelLoadException.class, () -> SegmentationFiles.load(truncated));

		String english = error.getMessage();
		String location = truncated + ":" + error.getLine();
		assertTrue(english.startsWith(location), english);
		String parserWords = english.substring(english.indexOf(": ", location.length()) + 2);
		String danish = error.getMessage(DANISH);
		assertTrue(danish.startsWith(location) && danish.contains(": filen kan ikke læses: " + parserWords), danish);
		assertTrue(error.getMessage(SWEDISH).contains(": filen kan inte läsas: " + parserWords), error.getMessage(SWEDISH));
		assertTrue(error.getMessage(FINNISH).contains(": tiedostoa ei voi lukea: " + parserWords), error.getMessage(FINNISH));
	}

	@Test
	void aFileWithoutAProject() throws Exception {
		Path empty = folder.resolve("empty.segmentation");
		Files.writeString(empty, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<xmi:XMI xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\"/>\n");
		ModelLoadException error = assertThrows(ModelLoadException.class, () -> SegmentationFiles.load(empty));
		assertEquals(empty + ": the file does not hold one Segmenta project (found nothing)", error.getMessage());
		assertEquals(empty + ": filen indeholder ikke et Segmenta-projekt (den er tom)", error.getMessage(DANISH));
		assertEquals(empty + ": filen innehåller inget Segmenta-projekt (den är tom)", error.getMessage(SWEDISH));
		assertEquals(empty + ": tiedostossa ei ole Segmenta-projektia (se on tyhjä)", error.getMessage(FINNISH));
	}

	@Test
	void otherFailuresKeepTheirOwnMessage() {
		IllegalStateException other = new IllegalStateException("the server did not start");
		assertEquals("the server did not start", ModelLoadException.messageOf(other, DANISH));
		Path missing = folder.resolve("gone.segmentation");
		ModelLoadException error = assertThrows(ModelLoadException.class, () -> SegmentationFiles.load(missing));
		assertEquals(missing + ": filen finns inte", ModelLoadException.messageOf(error, SWEDISH));
	}
}

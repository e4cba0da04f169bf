/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.model.persistence.ModelLoadException;
import org.segmenta.model.persistence.SegmentationFiles;
import org.segmenta.tests.support.Examples;
import org.segmenta.tests.support.TestData;

/** Hostile and damaged files give a clear error that names the file and line, and read nothing else. */
class UnsafeAndBrokenFilesTest {

	@TempDir
	Path folder;

	@Test
	void externalEntityDoesNotReadLocalFiles() throws Exception {
		Path secret = folder.resolve("secret.txt");
		Files.writeString(secret, "TOP-SECRET-PAYLOAD");
		Path model = TestData.copy(UnsafeAndBrokenFilesTest.class, "xxe-external-entity.segmentation", folder);
		Files.writeString(model, Files.readString(model).replace("SECRET_FILE", secret.toAbsolutePath().toString()));

		ModelLoadException error = assertThrows(ModelLoadException.class, () -> SegmentationFiles.load(model));

		assertTrue(error.getMessage().startsWith(model.toString()), error.getMessage());
		assertTrue(error.getMessage().contains("DOCTYPE"), error.getMessage());
		assertFalse(error.getMessage().contains("TOP-SECRET-PAYLOAD"));
	}

	@Test
	void truncatedFileNamesFileAndLine() throws Exception {
		byte[] example = Files.readAllBytes(Examples.model());
		Path truncated = folder.resolve("truncated.segmentation");
		Files.write(truncated, Arrays.copyOf(example, example.length / 2));
		long lines = new String(example, 0, example.length / 2, StandardCharsets.UTF_8).lines().count();

		ModelLoadException error = assertThrows(ModelLoadException.class, () -> SegmentationFiles.load(truncated));

		assertTrue(error.getMessage().startsWith(truncated + ":"), error.getMessage());
		assertFalse(error.getMessage().contains("publicId"), "the parser's message is repeated: " + error.getMessage());
		assertTrue(error.getLine() >= lines - 1 && error.getLine() <= lines + 1,
				"line " + error.getLine() + " is not where the file ends (" + lines + ")");
	}

	@Test
	void unknownElementIsNamedWithItsLine() throws Exception {
		Path model = TestData.copy(UnsafeAndBrokenFilesTest.class, "unknown-element.segmentation", folder);

		ModelLoadException error = assertThrows(ModelLoadException.class, () -> SegmentationFiles.load(model));

		assertEquals(5, error.getLine(), error.getMessage());
		assertTrue(error.getMessage().contains("segmentz"), error.getMessage());
	}

	@Test
	void invalidDateIsNamedWithItsLine() throws Exception {
		Path model = TestData.copy(UnsafeAndBrokenFilesTest.class, "bad-date.segmentation", folder);

		ModelLoadException error = assertThrows(ModelLoadException.class, () -> SegmentationFiles.load(model));

		assertEquals(4, error.getLine(), error.getMessage());
		assertTrue(error.getMessage().contains("2026-13-45"), error.getMessage());
	}

	@Test
	void emptyFileIsAClearError() throws Exception {
		Path empty = Files.createFile(folder.resolve("empty.segmentation"));

		ModelLoadException error = assertThrows(ModelLoadException.class, () -> SegmentationFiles.load(empty));

		assertTrue(error.getMessage().startsWith(empty.toString()), error.getMessage());
	}

	@Test
	void missingFileIsAClearError() {
		Path missing = folder.resolve("nowhere.segmentation");

		ModelLoadException error = assertThrows(ModelLoadException.class, () -> SegmentationFiles.load(missing));

		assertEquals(missing + ": no such file", error.getMessage());
	}

	@Test
	void fileOfAnotherKindIsRefused() throws Exception {
		Path ecore = folder.resolve("other.segmentation");
		Files.writeString(ecore, """
				<?xml version="1.0" encoding="UTF-8"?>
				<ecore:EPackage xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
				    xmlns:ecore="http://www.eclipse.org/emf/2002/Ecore" name="other"/>
				""");

		ModelLoadException error = assertThrows(ModelLoadException.class, () -> SegmentationFiles.load(ecore));

		assertTrue(error.getMessage().startsWith(ecore.toString()), error.getMessage());
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.tests.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** The files a test bundle keeps in its {@code data/} folder (with their origin written beside them). */
public final class TestData {

	private TestData() {
	}

	/**
	 * Copies {@code data/NAME} of the bundle that holds {@code testClass} into {@code folder} and
	 * returns the copy.
	 */
	public static Path copy(Class<?> testClass, String name, Path folder) throws IOException {
		try (InputStream in = testClass.getResourceAsStream("/data/" + name)) {
			if (in == null) {
				throw new AssertionError("missing test data data/" + name + " in the bundle of " + testClass.getName());
			}
			Path copy = folder.resolve(name);
			Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
			return copy;
		}
	}
}

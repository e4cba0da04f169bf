package org.segmenta.model.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Where the tests find the bundled example and their own data files. */
final class Fixtures {

	private Fixtures() {
	}

	/** The example every later feature is tested on: {@code examples/nordic-members.segmentation}. */
	static Path example() {
		String root = System.getProperty("segmenta.repository.root");
		assertTrue(root != null, "system property segmenta.repository.root is not set (the Maven build sets it)");
		Path example = Path.of(root, "examples", "nordic-members.segmentation");
		assertTrue(Files.isRegularFile(example), "missing example " + example);
		return example;
	}

	/** Copies {@code data/NAME} of this bundle into {@code folder} and returns the copy. */
	static Path data(String name, Path folder) throws IOException {
		try (InputStream in = Fixtures.class.getResourceAsStream("/data/" + name)) {
			assertTrue(in != null, "missing test data data/" + name);
			Path copy = folder.resolve(name);
			Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
			return copy;
		}
	}
}

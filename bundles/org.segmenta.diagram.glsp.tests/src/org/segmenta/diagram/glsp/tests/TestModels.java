package org.segmenta.diagram.glsp.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Copies of the shipped example, so that tests can change and save them. */
final class TestModels {

	private TestModels() {
	}

	static Path example() {
		return Path.of(System.getProperty("segmenta.repository.root"), "examples", "nordic-members.segmentation");
	}

	/** A copy of the example in {@code folder}. */
	static Path exampleCopy(Path folder) throws IOException {
		return Files.copy(example(), folder.resolve("nordic-members.segmentation"));
	}
}

package org.segmenta.analysis.tests;

import java.nio.file.Path;

/** Files of the source checkout the tests run in. */
final class Repository {

	private Repository() {
	}

	static Path root() {
		return Path.of(System.getProperty("segmenta.repository.root"));
	}

	static Path survey() {
		return root().resolve("examples/nordic-members-survey.csv");
	}

	static Path exampleModel() {
		return root().resolve("examples/nordic-members.segmentation");
	}
}

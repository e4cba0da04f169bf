/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.tests.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.segmenta.model.Project;
import org.segmenta.model.persistence.SegmentationFiles;

/**
 * The example shipped in the source checkout's {@code examples/} folder, which the tests run on. The
 * Maven build names the checkout in the system property {@value #ROOT_PROPERTY}.
 */
public final class Examples {

	public static final String ROOT_PROPERTY = "segmenta.repository.root";

	/** The example model's file name. */
	public static final String MODEL = "nordic-members.segmentation";

	/** The example's survey data's file name. */
	public static final String SURVEY = "nordic-members-survey.csv";

	private Examples() {
	}

	/** The source checkout the tests run in. */
	public static Path repositoryRoot() {
		String root = System.getProperty(ROOT_PROPERTY);
		if (root == null) {
			throw new AssertionError("system property " + ROOT_PROPERTY + " is not set (the Maven build sets it)");
		}
		return Path.of(root);
	}

	/** {@code examples/NAME}, which must exist. */
	public static Path file(String name) {
		Path file = repositoryRoot().resolve("examples").resolve(name);
		if (!Files.isRegularFile(file)) {
			throw new AssertionError("missing example " + file);
		}
		return file;
	}

	/** The example every feature is tested on: {@code examples/nordic-members.segmentation}. */
	public static Path model() {
		return file(MODEL);
	}

	/** The example's survey answers: {@code examples/nordic-members-survey.csv}. */
	public static Path survey() {
		return file(SURVEY);
	}

	/**
	 * The example model with its {@code language} set to {@code language}, saved as
	 * {@code folder/NAME}: how a Danish, Swedish or Finnish organisation's model looks to the commands.
	 */
	public static Path modelInLanguage(String language, Path folder, String name) throws IOException {
		Project project = SegmentationFiles.load(model());
		project.setLanguage(language);
		Path file = folder.resolve(name);
		SegmentationFiles.save(project, file);
		return file;
	}

	/** A copy of the example model in {@code folder}, for a test that changes or saves it. */
	public static Path modelCopy(Path folder) throws IOException {
		return Files.copy(model(), folder.resolve(MODEL));
	}
}

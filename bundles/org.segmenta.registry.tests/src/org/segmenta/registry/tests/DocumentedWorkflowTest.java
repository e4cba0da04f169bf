/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.registry.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.cli.internal.CommandLauncher;
import org.segmenta.tests.support.Examples;

/**
 * The README's workflow on the bundled example, whose survey has missing answers: cluster into the
 * model, validate it, report it. The rows cluster leaves unassigned must not stop the report.
 */
class DocumentedWorkflowTest {

	@TempDir
	Path folder;

	@Test
	void clusterIntoTheModelThenValidateThenReport() throws Exception {
		Path model = Examples.modelCopy(folder);
		Path survey = Files.copy(Examples.survey(), folder.resolve(Examples.SURVEY));
		run(0, "cluster", survey.toString(), "--method", "kmeans", "--model", model.toString(), "--segmentation",
				"segm-values-2026", "--replace", "--seed", "3", "--restarts", "2", "--out", "run");
		Path assignments = folder.resolve("nordic-members-segm-values-2026-assignments.csv");
		assertTrue(Files.readAllLines(assignments).stream().anyMatch(line -> line.endsWith(",")),
				"the survey's missing answers leave rows unassigned");

		run(0, "validate", model.toString());
		String written = run(0, "report", model.toString(), "--out", "report", "--formats", "csv,json,xlsx");
		assertTrue(written.contains("report-assignments-segm-values-2026.csv"), written);
		List<String> rows = Files.readAllLines(folder.resolve("report/report-assignments-segm-values-2026.csv"));
		assertEquals(Files.readAllLines(assignments).size(), rows.size());
	}

	/** Runs {@code words} in the folder, expecting {@code exit}; standard output. */
	private String run(int exit, String... words) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = new CommandLauncher(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), folder).run(List.of(words));
		assertEquals(exit, code, String.join(" ", words) + ":\n" + err.toString(StandardCharsets.UTF_8));
		return out.toString(StandardCharsets.UTF_8);
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.analysis.internal.ClusterCommand;
import org.segmenta.tests.support.Examples;

/** cluster --model writes weighted shares and the base of a weighted run, and an unweighted run as before. */
class WeightedModelWriteTest {

	private static final Path DATA = Examples.repositoryRoot().resolve("bundles/org.segmenta.analysis.tests/data");

	@TempDir
	Path folder;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	@Test
	void anUnweightedRunWritesTheModelAsBefore() throws Exception {
		Path model = folder.resolve("nordic.segmentation");
		Files.copy(Examples.model(), model);
		Path data = folder.resolve("first-400.csv");
		Files.write(data, Files.readAllLines(Examples.survey(), StandardCharsets.UTF_8).subList(0, 401),
				StandardCharsets.UTF_8);
		assertEquals(0, CommandRuns.run(folder, out, new ClusterCommand(), data.toString(), "--k", "4",
				"--standardize", "--seed", "3", "--restarts", "2", "--model", model.toString(), "--segmentation",
				"segm-values-2026", "--replace", "--out", "run"), out.toString(StandardCharsets.UTF_8));
		Path golden = DATA.resolve("nordic-unweighted-golden.segmentation");
		assertArrayEquals(Files.readAllBytes(golden), Files.readAllBytes(model));
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.model.Project;
import org.segmenta.model.persistence.SegmentationFiles;
import org.segmenta.model.summary.ModelSummary;
import org.segmenta.model.tests.benchmark.LargeModelGenerator;

/** The benchmark measures what it claims: a model of exactly N elements that round-trips. */
class LargeModelGeneratorTest {

	@TempDir
	Path folder;

	@Test
	void generatesExactlyTheRequestedSizeAndRoundTrips() throws Exception {
		Project project = LargeModelGenerator.generate(5_000, 7);
		assertEquals(5_000, ModelSummary.of(project).total());

		Path file = folder.resolve("generated.segmentation");
		SegmentationFiles.save(project, file);
		Project loaded = SegmentationFiles.load(file);
		assertTrue(EcoreUtil.equals(project, loaded));
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.analysis.ClusterResult;
import org.segmenta.analysis.SegmentationWriter;
import org.segmenta.data.DataFiles;
import org.segmenta.data.Dataset;
import org.segmenta.data.ReadOptions;
import org.segmenta.model.Project;
import org.segmenta.model.SegmentaFactory;
import org.segmenta.model.Segmentation;
import org.segmenta.model.persistence.SegmentationFiles;
import org.segmenta.tests.support.Examples;

/** The model and its assignments file change together: the model always names a complete, matching file. */
class ModelAndAssignmentsTest {

	@TempDir
	Path folder;

	@Test
	void eachRunNamesANewCompleteFileAndRemovesTheOldOne() throws Exception {
		Path model = folder.resolve("nordic.segmentation");
		Files.copy(Examples.model(), model);
		Dataset data = DataFiles.read(Examples.survey(), ReadOptions.detect(), new NullProgressMonitor());

		write(model, data, 3);
		assertEquals("nordic-segm-values-2026-assignments.csv", location(model));
		write(model, data, 4);

		assertEquals("nordic-segm-values-2026-assignments-2.csv", location(model));
		List<String> rows = Files.readAllLines(folder.resolve(location(model)));
		assertEquals(data.rowCount() + 1, rows.size());
		assertTrue(rows.stream().skip(1).allMatch(row -> row.matches("\\d+,segm-values-2026-[1-4]")), rows.get(1));
		assertEquals(List.of("nordic-segm-values-2026-assignments-2.csv", "nordic.segmentation"), files());
	}

	@Test
	void failedSaveLeavesTheOldModelWithItsOwnAssignments() throws Exception {
		Path model = folder.resolve("nordic.segmentation");
		Files.copy(Examples.model(), model);
		Dataset data = DataFiles.read(Examples.survey(), ReadOptions.detect(), new NullProgressMonitor());
		write(model, data, 3);
		byte[] modelBefore = Files.readAllBytes(model);
		byte[] assignmentsBefore = Files.readAllBytes(folder.resolve(location(model)));

		Project project = SegmentationFiles.load(model);
		// a reference to a segment in no resource makes the model's serialiser fail after the
		// assignments are written
		project.getPersonas().get(0).getSegments().add(SegmentaFactory.eINSTANCE.createSegment());
		assertThrows(IOException.class, () -> SegmentationWriter.write(project, project.getSegmentations().get(0), data,
				result(data, 4), "k-means", model));

		assertArrayEquals(modelBefore, Files.readAllBytes(model));
		assertArrayEquals(assignmentsBefore, Files.readAllBytes(folder.resolve(location(model))));
		assertEquals(List.of("nordic-segm-values-2026-assignments.csv", "nordic.segmentation"), files());
	}

	private static void write(Path model, Dataset data, int k) throws Exception {
		Project project = SegmentationFiles.load(model);
		SegmentationWriter.write(project, project.getSegmentations().get(0), data, result(data, k), "k-means", model);
	}

	/** Rows dealt to k segments in turn: the content does not matter here, only that it is complete. */
	private static ClusterResult result(Dataset data, int k) {
		int[] labels = new int[data.rowCount()];
		Arrays.setAll(labels, row -> row % k);
		return new ClusterResult("test", k, labels, 1, Map.of(), null);
	}

	private static String location(Path model) throws IOException {
		Segmentation values = SegmentationFiles.load(model).getSegmentations().get(0);
		return values.getAssignmentsLocation();
	}

	private List<String> files() throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(file -> file.getFileName().toString()).sorted().toList();
		}
	}
}

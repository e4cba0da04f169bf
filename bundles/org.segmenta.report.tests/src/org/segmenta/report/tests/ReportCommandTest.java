/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.model.Project;
import org.segmenta.model.Segmentation;
import org.segmenta.model.persistence.SegmentationFiles;
import org.segmenta.report.internal.ReportContributions;
import org.segmenta.tests.support.Examples;

/** The {@code report} command: arguments, unusable input, staging, contributed formats. */
class ReportCommandTest {

	@TempDir
	Path folder;

	@Test
	void writesEveryRequestedFormatWithAProgressLinePerStep() throws Exception {
		ReportRun run = ReportRun.run(folder, Examples.model().toString(), "--out", "out", "--formats",
				"html,pdf,pptx,xlsx,csv,json");
		assertEquals(0, run.exitCode(), run.err());
		assertEquals(List.of("report-segments.csv", "report-summary.csv", "report.html", "report.json", "report.pdf",
				"report.pptx", "report.xlsx"), ReportRun.files(folder.resolve("out")));
		for (String name : List.of("HTML", "PDF", "PowerPoint", "Excel", "CSV", "JSON")) {
			assertTrue(run.err().lines().anyMatch(l -> l.matches("\\[\\s*\\d+%\\] Writing " + name)), run.err());
		}
		// standard output lists the written files, in report order
		Path out = folder.resolve("out");
		assertEquals(List.of("report.html", "report.pdf", "report.pptx", "report.xlsx", "report-summary.csv",
				"report-segments.csv", "report.json").stream().map(out::resolve).map(Path::toString).toList(),
				run.out().lines().toList());
	}

	@Test
	void contributionsAreListedWithTheBuiltInFormatsFirst() {
		List<String> ids = List.copyOf(new ReportContributions(Platform.getExtensionRegistry()).exporters().keySet());
		assertEquals(List.of("html", "pdf", "pptx", "xlsx", "csv", "json"), ids.subList(0, 6));
		assertTrue(ids.containsAll(List.of("segment-list", "broken")), ids.toString());
	}

	@Test
	void aFailingFormatLeavesNoFileAndTheOthersAreWritten() throws Exception {
		Path out = Files.createDirectories(folder.resolve("out"));
		Files.writeString(out.resolve("broken.txt"), "last week's file");
		ReportRun run = ReportRun.run(folder, Examples.model().toString(), "--out", "out", "--formats",
				"segment-list,broken,json");
		assertEquals(1, run.exitCode(), run.err());
		assertTrue(run.err().contains("the Broken report failed and was not written: no space left on device"),
				run.err());
		assertEquals(List.of("broken.txt", "report.json", "segments.txt"), ReportRun.files(out));
		assertEquals("last week's file", Files.readString(out.resolve("broken.txt")), "the old file is kept");
		Project project = SegmentationFiles.load(Examples.model());
		List<String> names = Files.readAllLines(out.resolve("segments.txt"));
		assertTrue(names.containsAll(project.getSegmentations().get(0).getSegments().stream().map(s -> s.getName())
				.toList()), names.toString());
	}

	@Test
	void aCancelledReportSaysSoExitsWithOneAndWritesNothing() throws Exception {
		ReportRun run = ReportRun.cancelled(folder, Examples.model().toString(), "--out", "out", "--formats", "html");
		assertEquals(1, run.exitCode(), run.err());
		assertTrue(run.err().contains("segmenta report: cancelled; no file in " + folder.resolve("out")
				+ " was written or replaced"), run.err());
		assertEquals("", run.out());
		assertEquals(List.of(), ReportRun.files(folder.resolve("out")));
	}

	@Test
	void missingModelIsUnusableInputAndWritesNothing() throws Exception {
		ReportRun run = ReportRun.run(folder, "nowhere.segmentation", "--out", "out");
		assertEquals(2, run.exitCode());
		assertTrue(run.err().contains(folder.resolve("nowhere.segmentation") + ": no such file"), run.err());
		assertFalse(Files.exists(folder.resolve("out")));
	}

	@Test
	void malformedModelNamesFileAndLine() throws Exception {
		Path broken = folder.resolve("broken.segmentation");
		Files.writeString(broken, """
				<?xml version="1.0" encoding="UTF-8"?>
				<segmenta:Project xmlns:segmenta="http://www.segmenta.org/model/1.0" name="Brøken">
				  <personas name="Åsa Kärkkäinen" age="fifty"/>
				</segmenta:Project>
				""");
		ReportRun run = ReportRun.run(folder, broken.toString(), "--out", "out");
		assertEquals(2, run.exitCode());
		assertTrue(run.err().contains(broken + ":3:"), run.err());
		assertFalse(Files.exists(folder.resolve("out")));
	}

	@Test
	void argumentMistakesAreUnusableInput() {
		String model = Examples.model().toString();
		ReportRun noOut = ReportRun.run(folder, model);
		assertEquals(2, noOut.exitCode());
		assertTrue(noOut.err().contains("missing --out DIR"), noOut.err());
		ReportRun unknown = ReportRun.run(folder, model, "--out", "out", "--formats", "html,docx");
		assertEquals(2, unknown.exitCode());
		assertTrue(unknown.err().contains("unknown format 'docx' in --formats; the formats are html, pdf, pptx"),
				unknown.err());
		ReportRun none = ReportRun.run(folder, model, "--out", "out", "--formats", ",");
		assertEquals(2, none.exitCode());
	}

	@Test
	void outputFolderThatIsAFileIsUnusableInput() throws Exception {
		Files.writeString(folder.resolve("taken"), "");
		ReportRun run = ReportRun.run(folder, Examples.model().toString(), "--out", "taken");
		assertEquals(2, run.exitCode());
		assertTrue(run.err().contains("taken: cannot create the output folder"), run.err());
	}

	@Test
	void assignmentsNamingAnUnknownSegmentAreRejectedWithFileAndLine() throws Exception {
		Path model = withAssignments("respondent,segment\nr1,seg-balance\nr2,Nobody\n");
		ReportRun run = ReportRun.run(folder, model.toString(), "--out", "out", "--formats", "csv");
		assertEquals(2, run.exitCode());
		assertTrue(run.err().contains("assignments.csv:3: 'Nobody' is no segment of segmentation 'Values segmentation"),
				run.err());
		assertFalse(Files.exists(folder.resolve("out")));
	}

	@Test
	void missingAssignmentsFileIsUnusableInput() throws Exception {
		Path model = withAssignments(null);
		ReportRun run = ReportRun.run(folder, model.toString(), "--out", "out");
		assertEquals(2, run.exitCode());
		assertTrue(run.err().contains("assignments.csv: no such file; it is the assignments file of segmentation"),
				run.err());
	}

	/** A copy of the example whose primary segmentation references {@code assignments.csv} with {@code csv}. */
	Path withAssignments(String csv) throws Exception {
		Project project = SegmentationFiles.load(Examples.model());
		Segmentation primary = project.getSegmentations().stream().filter(Segmentation::isPrimary).findFirst()
				.orElseThrow();
		primary.setAssignmentsLocation("assignments.csv");
		Path model = folder.resolve("with-assignments.segmentation");
		SegmentationFiles.save(project, model);
		if (csv != null) {
			Files.writeString(folder.resolve("assignments.csv"), csv);
		}
		return model;
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.cli.ProgressLine;
import org.segmenta.model.persistence.SegmentationFiles;
import org.segmenta.report.ReportFindings;
import org.segmenta.report.ReportInput;
import org.segmenta.report.ReportResult;
import org.segmenta.report.ReportWriter;
import org.segmenta.report.internal.ExporterDescriptor;
import org.segmenta.report.internal.ReportContributions;
import org.segmenta.tests.support.Examples;

/** The report API: what it writes and returns, failing formats, cancellation. */
class ReportWriterTest {

	private static final List<String> BUILT_IN = List.of("html", "pdf", "pptx", "xlsx", "csv", "json");

	@TempDir
	Path folder;

	private final ReportWriter writer = new ReportWriter(Platform.getExtensionRegistry());

	@Test
	void writesEveryFormatOfTheExampleAndReturnsItsFilesWithProgressToTheEnd() throws Exception {
		Path out = folder.resolve("out");
		ByteArrayOutputStream lines = new ByteArrayOutputStream();
		ReportResult result = writer.write(Examples.model(), out, BUILT_IN,
				new ProgressLine(new PrintStream(lines, true, StandardCharsets.UTF_8)));

		assertTrue(result.isOK(), result.failed().toString());
		assertEquals(out, result.folder());
		assertEquals(BUILT_IN, result.formats().stream().map(ReportResult.Format::id).toList());
		assertEquals(List.of(List.of("report.html"), List.of("report.pdf"), List.of("report.pptx"),
				List.of("report.xlsx"), List.of("report-summary.csv", "report-segments.csv"), List.of("report.json")),
				result.formats().stream().map(format -> names(format.files())).toList());
		assertEquals(result.written(), result.formats().stream().flatMap(f -> f.files().stream()).toList());
		assertEquals(ReportRun.files(out), names(result.written()).stream().sorted().toList(),
				"the folder holds what the result names, and nothing staged");
		for (Path file : result.written()) {
			assertEquals(out, file.getParent());
			assertTrue(Files.size(file) > 0, file.toString());
		}
		List<String> progress = lines.toString(StandardCharsets.UTF_8).lines().toList();
		assertEquals(List.of("[  0%] Loading " + Examples.model().getFileName(), "[  0%] Checking " + Examples.model().getFileName(),
				"[  0%] Drawing the figures", "[  0%] Reading the assignments"), progress.subList(0, 4));
		assertEquals("[100%] Done: 7 files in " + out, progress.get(progress.size() - 1));
	}

	@Test
	void aFailingFormatIsReportedWithItsMessageAndTheOthersAreWritten() throws Exception {
		ReportResult result = writer.write(Examples.model(), folder, List.of("segment-list", "broken", "json"),
				new NullProgressMonitor());

		assertFalse(result.isOK());
		ReportResult.Format broken = result.formats().get(1);
		assertEquals(List.of(broken), result.failed());
		assertEquals("Broken", broken.name());
		assertTrue(broken.failed());
		assertEquals(List.of(), broken.files());
		assertInstanceOf(IOException.class, broken.failure());
		assertEquals("no space left on device (simulated)", broken.message());
		assertEquals(List.of("segments.txt", "report.json"), names(result.written()));
		assertEquals(List.of("report.json", "segments.txt"), ReportRun.files(folder));
	}

	@Test
	void aCancelledMonitorStopsTheReportBeforeItWritesAnything() {
		NullProgressMonitor cancelled = new NullProgressMonitor();
		cancelled.setCanceled(true);
		Path out = folder.resolve("out");
		assertThrows(OperationCanceledException.class, () -> writer.write(Examples.model(), out, BUILT_IN, cancelled));
		assertFalse(Files.exists(out));
	}

	@Test
	void cancellingWhileFormatsWriteStopsPromptlyAndLeavesTheFolderAsItWas() throws Exception {
		Files.writeString(folder.resolve("report.html"), "last week's report");
		NullProgressMonitor monitor = new NullProgressMonitor();
		AtomicReference<Instant> cancelledAt = new AtomicReference<>();
		Thread user = new Thread(() -> {
			// cancels once the waiting format has its half-written file staged, as a user would mid-way
			Instant giveUp = Instant.now().plusSeconds(60);
			while (!stagedFileOf(WaitsForCancelExporter.FILE_NAME) && Instant.now().isBefore(giveUp)) {
				LockSupport.parkNanos(Duration.ofMillis(5).toNanos());
			}
			cancelledAt.set(Instant.now());
			monitor.setCanceled(true);
		});
		user.setDaemon(true);
		user.start();

		assertThrows(OperationCanceledException.class, () -> writer.write(Examples.model(), folder,
				List.of("html", "pdf", "waits-for-cancel", "pptx"), monitor));
		Duration stopping = Duration.between(cancelledAt.get(), Instant.now());
		assertTrue(stopping.compareTo(Duration.ofSeconds(5)) < 0, "stopped " + stopping + " after the cancel");
		assertEquals(List.of("report.html"), ReportRun.files(folder), "nothing new, nothing staged is left");
		assertEquals("last week's report", Files.readString(folder.resolve("report.html")));
	}

	@Test
	void everyBuiltInExporterStopsOnACancelledMonitorBeforeItCreatesAFile() throws Exception {
		ReportInput input = ReportInput.of(SegmentationFiles.load(Examples.model()), Examples.model(),
				ReportFindings.NONE);
		NullProgressMonitor cancelled = new NullProgressMonitor();
		cancelled.setCanceled(true);
		for (String id : BUILT_IN) {
			ExporterDescriptor exporter = new ReportContributions(Platform.getExtensionRegistry()).exporters().get(id);
			assertThrows(OperationCanceledException.class, () -> exporter.create().export(input,
					name -> fail(id + " created " + name + " after the report was cancelled"), cancelled), id);
		}
	}

	@Test
	void unknownAndMissingFormatsAreRejectedBeforeTheModelIsRead() {
		IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
				() -> writer.write(folder.resolve("nowhere.segmentation"), folder, List.of("docx"), null));
		assertTrue(unknown.getMessage().startsWith("unknown format 'docx'; the formats are [html, pdf"),
				unknown.getMessage());
		assertThrows(IllegalArgumentException.class,
				() -> writer.write(Examples.model(), folder, List.of(), new NullProgressMonitor()));
	}

	private boolean stagedFileOf(String name) {
		try {
			return ReportRun.files(folder).stream().anyMatch(n -> n.startsWith("." + name + ".") && n.endsWith(".part"));
		} catch (IOException e) {
			return false;
		}
	}

	private static List<String> names(List<Path> files) {
		return files.stream().map(file -> file.getFileName().toString()).toList();
	}
}

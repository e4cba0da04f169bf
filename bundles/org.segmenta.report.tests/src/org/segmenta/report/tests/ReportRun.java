/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.report.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.segmenta.cli.CommandContext;
import org.segmenta.cli.ExitCode;
import org.segmenta.cli.ProgressLine;
import org.segmenta.cli.UsageException;
import org.segmenta.report.internal.ReportCommand;

/** One run of {@code report} as the launcher makes it: exit code, standard output and standard error. */
record ReportRun(int exitCode, String out, String err) {

	/** Runs {@code report WORDS...} in {@code workingDirectory}. */
	static ReportRun run(Path workingDirectory, String... words) {
		return run(workingDirectory, false, words);
	}

	/** Runs {@code report WORDS...} in {@code workingDirectory} with a progress monitor already cancelled. */
	static ReportRun cancelled(Path workingDirectory, String... words) {
		return run(workingDirectory, true, words);
	}

	private static ReportRun run(Path workingDirectory, boolean cancelled, String... words) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
		int exit;
		try (ProgressLine progress = new ProgressLine(errStream)) {
			progress.setCanceled(cancelled);
			exit = new ReportCommand().execute(new CommandContext(List.of(words),
					new PrintStream(out, true, StandardCharsets.UTF_8), errStream, workingDirectory, progress));
		} catch (UsageException e) {
			// what the launcher does with it
			errStream.println("segmenta report: " + e.getMessage());
			exit = ExitCode.UNUSABLE_INPUT;
		}
		return new ReportRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	/** The names of the files in {@code folder}, hidden ones included. */
	static List<String> files(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}
}

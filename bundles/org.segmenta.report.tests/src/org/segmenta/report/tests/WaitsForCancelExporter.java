/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.report.tests;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.segmenta.report.ReportExporter;
import org.segmenta.report.ReportFiles;
import org.segmenta.report.ReportInput;

/**
 * A contributed format that writes the first half of its file and then works on until the report
 * is cancelled, as a long export does when the user cancels it.
 */
public class WaitsForCancelExporter implements ReportExporter {

	/** The file it leaves half-written while it waits. */
	public static final String FILE_NAME = "waiting.txt";

	private static final Duration LONGEST = Duration.ofMinutes(1);

	@Override
	public void export(ReportInput input, ReportFiles files, IProgressMonitor monitor) throws IOException {
		SubMonitor progress = SubMonitor.convert(monitor, 2);
		try (OutputStream out = files.create(FILE_NAME)) {
			out.write("the first half of the file\n".getBytes(StandardCharsets.UTF_8));
			out.flush();
			progress.worked(1);
			Instant end = Instant.now().plus(LONGEST);
			while (!progress.isCanceled()) {
				if (Instant.now().isAfter(end)) {
					throw new IOException("not cancelled within " + LONGEST);
				}
				pause();
			}
			throw new OperationCanceledException();
		}
	}

	private static void pause() throws IOException {
		try {
			Thread.sleep(10);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while writing", e);
		}
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.report.tests;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.runtime.IProgressMonitor;
import org.segmenta.report.ReportExporter;
import org.segmenta.report.ReportFiles;
import org.segmenta.report.ReportInput;

/**
 * A contributed format that fails half-way, as a full disk would make any exporter fail. It never
 * looks at its monitor, as some third-party exporters will not.
 */
public class BrokenExporter implements ReportExporter {

	@Override
	public void export(ReportInput input, ReportFiles files, IProgressMonitor monitor) throws IOException {
		try (OutputStream out = files.create("broken.txt")) {
			out.write("the first half of the file\n".getBytes(StandardCharsets.UTF_8));
			throw new IOException("no space left on device (simulated)");
		}
	}
}

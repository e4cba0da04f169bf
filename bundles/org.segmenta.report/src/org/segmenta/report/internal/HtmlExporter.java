/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.report.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.runtime.IProgressMonitor;
import org.segmenta.report.ReportExporter;
import org.segmenta.report.ReportFiles;
import org.segmenta.report.ReportInput;

/** {@code report.html}: the long-form report as one self-contained page. */
public class HtmlExporter implements ReportExporter {

	public static final String FILE_NAME = "report.html";

	@Override
	public void export(ReportInput input, ReportFiles files, IProgressMonitor monitor) throws IOException {
		HtmlDocument document = new HtmlDocument(input.language());
		ReportComposer.compose(input, document, monitor);
		try (OutputStream out = files.create(FILE_NAME)) {
			out.write(document.html().getBytes(StandardCharsets.UTF_8));
		}
	}
}

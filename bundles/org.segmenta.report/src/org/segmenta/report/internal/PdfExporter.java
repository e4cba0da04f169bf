/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.report.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.segmenta.report.ReportExporter;
import org.segmenta.report.ReportFiles;
import org.segmenta.report.ReportInput;

/** {@code report.pdf}: the long-form report, with the same content as the HTML report. */
public class PdfExporter implements ReportExporter {

	public static final String FILE_NAME = "report.pdf";

	@Override
	public void export(ReportInput input, ReportFiles files, IProgressMonitor monitor) throws IOException {
		try (PdfDocument document = new PdfDocument(input.language())) {
			ReportComposer.compose(input, document, monitor);
			try (OutputStream out = files.create(FILE_NAME)) {
				document.save(out);
			}
		} catch (UncheckedIOException e) {
			throw e.getCause();
		}
	}
}

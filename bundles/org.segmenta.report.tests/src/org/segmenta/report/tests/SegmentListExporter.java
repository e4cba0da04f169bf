/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.report.tests;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.segmenta.model.Segment;
import org.segmenta.report.ReportExporter;
import org.segmenta.report.ReportFiles;
import org.segmenta.report.ReportInput;
import org.segmenta.report.ReportText;

/** A contributed format: the names of all segments, one a line. */
public class SegmentListExporter implements ReportExporter {

	@Override
	public void export(ReportInput input, ReportFiles files, IProgressMonitor monitor) throws IOException {
		// a short list, written in one go: a cancelled report stops before it
		SubMonitor.convert(monitor).checkCanceled();
		StringBuilder names = new StringBuilder();
		input.project().eAllContents().forEachRemaining(object -> {
			if (object instanceof Segment segment) {
				names.append(ReportText.label(segment)).append('\n');
			}
		});
		try (OutputStream out = files.create("segments.txt")) {
			out.write(names.toString().getBytes(StandardCharsets.UTF_8));
		}
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.report;

import java.io.IOException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * An output format of the reports, contributed through the {@code org.segmenta.report.exporters}
 * extension point.
 */
public interface ReportExporter {

	/**
	 * Writes the report for {@code input} into {@code files}. The formats of a report are written
	 * side by side, each exporter on its own thread with its own {@code monitor}: it takes the
	 * exporter's progress (e.g. through {@link SubMonitor}) and tells when
	 * the report is cancelled, such as with <i>Cancel</i> in the Progress view. Check it between the
	 * steps of the export ({@code SubMonitor.split} and {@code checkCanceled} do) and stop with
	 * {@link OperationCanceledException}; what the exporter has created is then deleted.
	 *
	 * @throws IOException                when the report cannot be written; nothing the exporter
	 *                                    created is kept
	 * @throws OperationCanceledException when {@code monitor} is cancelled
	 */
	void export(ReportInput input, ReportFiles files, IProgressMonitor monitor) throws IOException;
}

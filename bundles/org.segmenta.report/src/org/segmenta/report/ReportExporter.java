/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.report;

import java.io.IOException;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * An output format of the reports, contributed through the {@code org.segmenta.report.exporters}
 * extension point.
 */
public interface ReportExporter {

	/**
	 * Writes the report for {@code input} into {@code files}.
	 *
	 * @throws IOException when the report cannot be written; nothing the exporter created is kept
	 */
	void export(ReportInput input, ReportFiles files, IProgressMonitor monitor) throws IOException;
}

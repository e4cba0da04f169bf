/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.report;

import java.io.IOException;
import java.io.OutputStream;

import org.eclipse.core.runtime.OperationCanceledException;

/**
 * Where an exporter writes. Files are staged and appear in the output folder under their names
 * only when the export succeeds, so a failure or a cancellation never leaves a half-written report
 * behind.
 */
public interface ReportFiles {

	/**
	 * A new file called {@code fileName} (a plain name, no folders), e.g. {@code report.html}. The
	 * caller closes the stream.
	 *
	 * @throws OperationCanceledException when the report has been cancelled
	 */
	OutputStream create(String fileName) throws IOException;
}

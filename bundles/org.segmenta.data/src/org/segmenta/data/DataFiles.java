/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.data;

import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Reads a data file by its kind: XLSX workbooks by their extension, everything else as CSV. XLSX
 * needs Apache POI, an optional dependency: without it only XLSX fails, with a message saying so.
 */
public final class DataFiles {

	private DataFiles() {
	}

	public static Dataset read(Path file, ReadOptions options, IProgressMonitor monitor) throws DataException {
		if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
			try {
				return new XlsxDataReader(options).read(file, monitor);
			} catch (LinkageError e) {
				throw new DataException(file.getFileName().toString(),
						"reading XLSX needs Apache POI, which is not installed here; save the sheet as CSV");
			}
		}
		return new CsvDataReader(options).read(file, monitor);
	}
}

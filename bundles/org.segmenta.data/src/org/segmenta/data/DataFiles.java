/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.data;

import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Reads a data file by its kind: XLSX workbooks and SPSS system files by their extension
 * ({@code .xlsx}, {@code .sav}), everything else as CSV. XLSX needs Apache POI, an optional
 * dependency: without it only XLSX fails, with a message saying so.
 */
public final class DataFiles {

	private DataFiles() {
	}

	public static Dataset read(Path file, ReadOptions options, IProgressMonitor monitor) throws DataException {
		if (isWorkbook(file)) {
			try {
				return new XlsxDataReader(options).read(file, monitor);
			} catch (LinkageError e) {
				throw new DataException(file.getFileName().toString(),
						"reading XLSX needs Apache POI, which is not installed here; save the sheet as CSV");
			}
		}
		if (isSpss(file)) {
			return new SavDataReader(options).read(file, monitor);
		}
		return new CsvDataReader(options).read(file, monitor);
	}

	/** Whether {@code file} is read as CSV (or tab-separated text): neither a workbook nor an SPSS file. */
	public static boolean isCsv(Path file) {
		return !isWorkbook(file) && !isSpss(file);
	}

	private static boolean isWorkbook(Path file) {
		return extension(file).equals("xlsx");
	}

	private static boolean isSpss(Path file) {
		return extension(file).equals("sav") || extension(file).equals("zsav");
	}

	private static String extension(Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		return name.substring(name.lastIndexOf('.') + 1);
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.data;

import java.nio.file.Files;
import java.nio.file.LinkOption;
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

	/**
	 * Refuses anything but a regular file (following links): a missing file, a folder, or a pipe or
	 * device, which would block a reader forever or never end.
	 *
	 * @param source the name messages give the file
	 */
	static void requireRegularFile(Path file, String source) throws DataException {
		if (Files.isRegularFile(file)) {
			return;
		}
		if (!Files.exists(file) && !Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
			throw new DataException(source, "no such file");
		}
		if (Files.isDirectory(file)) {
			throw new DataException(source, "is a folder, not a data file");
		}
		throw new DataException(source, "is not a regular file (a pipe, device or broken link); save the data to a file");
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

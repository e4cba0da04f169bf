/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.data;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.segmenta.data.internal.DataTexts;

/**
 * Reads a data file by its kind: XLSX workbooks, SPSS system files and Triple-S metadata files by
 * their extension ({@code .xlsx}, {@code .sav}, {@code .xml} or {@code .sss}), everything else as CSV. XLSX needs Apache POI, an optional
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
				throw new DataException(file.getFileName().toString(), DataTexts.wording("xlsx.noPoi"));
			}
		}
		if (isSpss(file)) {
			return new SavDataReader(options).read(file, monitor);
		}
		if (isTripleS(file)) {
			return new TripleSDataReader(options).read(file, monitor);
		}
		return new CsvDataReader(options).read(file, monitor);
	}

	/**
	 * The files that hold the data of {@code file}: the file itself, and for a Triple-S survey its
	 * data file after it, so that copying or linking the data takes them all.
	 *
	 * @throws DataException when a Triple-S metadata file cannot be read or has no data file
	 */
	public static List<Path> files(Path file) throws DataException {
		return isTripleS(file) ? List.of(file, TripleSDataReader.dataFile(file)) : List.of(file);
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
			throw new DataException(source, DataTexts.wording("file.none"));
		}
		if (Files.isDirectory(file)) {
			throw new DataException(source, DataTexts.wording("file.folder"));
		}
		throw new DataException(source, DataTexts.wording("file.notRegular"));
	}

	/** Whether {@code file} is read as CSV (or tab-separated text): not a workbook, SPSS or Triple-S file. */
	public static boolean isCsv(Path file) {
		return !isWorkbook(file) && !isSpss(file) && !isTripleS(file);
	}

	/** A Triple-S survey is named by its XML metadata file: {@code .xml}, or {@code .sss} as older versions had it. */
	public static boolean isTripleS(Path file) {
		return extension(file).equals("sss") || extension(file).equals("xml");
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

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.data;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.segmenta.data.internal.CsvDialect;
import org.segmenta.data.internal.DatasetBuilder;

/**
 * Reads a CSV file into a {@link Dataset} in one streaming pass: detects its encoding, delimiter and
 * decimal mark, treats empty cells and the missing markers as missing, infers column types and
 * reports progress by bytes read.
 */
public final class CsvDataReader {

	private static final int SAMPLE_BYTES = 64 * 1024;
	private static final int RECORDS_PER_PROGRESS_STEP = 4096;

	private final ReadOptions options;

	public CsvDataReader(ReadOptions options) {
		this.options = options;
	}

	/** The conventions {@code file} is written in, as this reader would read it. */
	public CsvDialect dialect(Path file) throws DataException {
		DataFiles.requireRegularFile(file, file.toString());
		byte[] sample = new byte[SAMPLE_BYTES];
		try (InputStream in = Files.newInputStream(file)) {
			int length = in.readNBytes(sample, 0, sample.length);
			boolean complete = in.read() < 0;
			CsvDialect dialect = CsvDialect.detect(Arrays.copyOf(sample, length), complete, options);
			int nul = dialect.firstNul(Arrays.copyOf(sample, length));
			if (nul >= 0) {
				throw new DataException(file.toString(), "contains a NUL byte (at byte " + nul
						+ "), so it is not a text file; save the data as CSV in UTF-8");
			}
			return dialect;
		} catch (NoSuchFileException e) {
			throw new DataException(file.toString(), "no such file");
		} catch (IOException e) {
			throw new DataException(file.toString(), "cannot be read: " + e.getMessage());
		}
	}

	/**
	 * Reads {@code file}.
	 *
	 * @throws DataException              when the file cannot be used, naming the line and column
	 * @throws OperationCanceledException when {@code monitor} is cancelled
	 */
	public Dataset read(Path file, IProgressMonitor monitor) throws DataException {
		String source = file.getFileName().toString();
		CsvDialect dialect = dialect(file);
		long fileSize;
		try {
			fileSize = Files.size(file);
		} catch (IOException e) {
			throw new DataException(source, "cannot be read: " + e.getMessage());
		}
		SubMonitor progress = SubMonitor.convert(monitor, "Reading " + source, (int) (fileSize / 1024) + 1);
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(dialect.delimiter()).setQuote('"')
				.setIgnoreEmptyLines(true).get();
		try (CountingInputStream counter = new CountingInputStream(Files.newInputStream(file));
				BufferedReader reader = new BufferedReader(new InputStreamReader(skip(counter, dialect.bomLength()),
						dialect.charset().newDecoder().onMalformedInput(CodingErrorAction.REPORT)
								.onUnmappableCharacter(CodingErrorAction.REPORT)),
						1 << 16);
				CSVParser parser = format.parse(reader)) {
			return read(source, dialect, parser, counter, progress);
		} catch (UncheckedIOException e) {
			throw unreadable(source, e.getCause());
		} catch (IOException e) {
			throw unreadable(source, e);
		}
	}

	private static DataException unreadable(String source, IOException e) {
		if (e instanceof CharacterCodingException) {
			return new DataException(source, "is not valid text in the detected encoding; save it as UTF-8");
		}
		return new DataException(source, "cannot be read: " + e.getMessage());
	}

	private static InputStream skip(InputStream in, int bytes) throws IOException {
		in.skipNBytes(bytes);
		return in;
	}

	private Dataset read(String source, CsvDialect dialect, CSVParser parser, CountingInputStream counter,
			SubMonitor progress) throws DataException, IOException {
		Iterator<CSVRecord> records = parser.iterator();
		if (!records.hasNext()) {
			throw new DataException(source, "the file is empty; expected a header line with the column names");
		}
		List<String> names = new ArrayList<>();
		records.next().forEach(names::add);
		DatasetBuilder dataset = new DatasetBuilder(source, names, 1, dialect.decimalComma() ? ',' : '.', options);
		int width = names.size();
		String[] cells = new String[width];
		long lastLine = parser.getCurrentLineNumber();
		long reported = 0;
		while (records.hasNext()) {
			CSVRecord record = records.next();
			long line = lastLine + 1;
			lastLine = parser.getCurrentLineNumber();
			if (record.size() != width) {
				throw new DataException(source, line, null,
						"expected " + width + " fields as in the header, found " + record.size()
								+ " (delimiter '" + printable(dialect.delimiter()) + "')");
			}
			for (int i = 0; i < width; i++) {
				cells[i] = record.get(i);
			}
			dataset.addRow(cells, line);
			if (dataset.rows() % RECORDS_PER_PROGRESS_STEP == 0) {
				if (progress.isCanceled()) {
					throw new OperationCanceledException();
				}
				long kilobytes = counter.count() / 1024;
				progress.worked((int) (kilobytes - reported));
				reported = kilobytes;
			}
		}
		Dataset result = dataset.build();
		progress.done();
		return result;
	}

	private static String printable(char delimiter) {
		return delimiter == '\t' ? "\\t" : String.valueOf(delimiter);
	}

	/** Counts the bytes read so progress can follow the file size. */
	private static final class CountingInputStream extends FilterInputStream {

		private long count;

		CountingInputStream(InputStream in) {
			super(in);
		}

		long count() {
			return count;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				count++;
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int read = super.read(buffer, offset, length);
			if (read > 0) {
				count += read;
			}
			return read;
		}

		@Override
		public long skip(long n) throws IOException {
			long skipped = super.skip(n);
			count += skipped;
			return skipped;
		}
	}
}

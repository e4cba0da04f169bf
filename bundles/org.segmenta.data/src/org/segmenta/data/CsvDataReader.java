/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.data;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.channels.Channels;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.segmenta.data.internal.ColumnBlock;
import org.segmenta.data.internal.CsvBlocks;
import org.segmenta.data.internal.CsvDialect;
import org.segmenta.data.internal.CsvRecordScanner;
import org.segmenta.data.internal.CsvRowBlock;
import org.segmenta.data.internal.DataTexts;
import org.segmenta.data.internal.DatasetBuilder;
import org.segmenta.data.internal.Futures;

/**
 * Reads a CSV file into a {@link Dataset} in one streaming pass: detects its encoding, delimiter and
 * decimal mark, treats empty cells and the missing markers as missing, infers column types and
 * reports progress by bytes read.
 */
public final class CsvDataReader {

	private static final int SAMPLE_BYTES = 64 * 1024;
	/** Characters per block of records: large enough that handing a block to a thread costs little. */
	private static final int BLOCK_CHARS = 1 << 20;
	/** Threads splitting and parsing blocks; past a few, reading and decoding the file is the limit. */
	private static final int MAX_THREADS = 4;

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
				throw new DataException(file.toString(), DataTexts.wording("csv.nul", nul));
			}
			return dialect;
		} catch (NoSuchFileException e) {
			throw new DataException(file.toString(), DataTexts.wording("file.none"));
		} catch (IOException e) {
			throw new DataException(file.toString(), DataTexts.wording("file.unreadable", e.getMessage()));
		}
	}

	/**
	 * Reads {@code file}: one thread reads and decodes it in blocks of whole records, the others split
	 * the blocks into fields and parse the numbers, and the blocks are added in file order.
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
			throw new DataException(source, DataTexts.wording("file.unreadable", e.getMessage()));
		}
		SubMonitor progress = SubMonitor.convert(monitor, "Reading " + source, (int) (fileSize / 1024) + 1);
		try (CountingInputStream counter = new CountingInputStream(Files.newInputStream(file));
				Reader reader = Channels.newReader(Channels.newChannel(skip(counter, dialect.bomLength())),
						dialect.charset().newDecoder().onMalformedInput(CodingErrorAction.REPORT)
								.onUnmappableCharacter(CodingErrorAction.REPORT),
						1 << 16)) {
			return read(source, dialect, new CsvBlocks(reader, dialect.delimiter(), BLOCK_CHARS), counter, progress);
		} catch (IOException e) {
			throw unreadable(source, e);
		}
	}

	private static DataException unreadable(String source, IOException e) {
		if (e instanceof CharacterCodingException) {
			return new DataException(source, DataTexts.wording("csv.badEncoding"));
		}
		return new DataException(source, DataTexts.wording("file.unreadable", e.getMessage()));
	}

	private static InputStream skip(InputStream in, int bytes) throws IOException {
		in.skipNBytes(bytes);
		return in;
	}

	private Dataset read(String source, CsvDialect dialect, CsvBlocks blocks, CountingInputStream counter,
			SubMonitor progress) throws DataException, IOException {
		CsvBlocks.Block first = blocks.next();
		CsvRecordScanner header = first == null ? null
				: new CsvRecordScanner(first.text(), first.from(), first.to(), dialect.delimiter());
		if (header == null || !header.nextRecord()) {
			throw new DataException(source, DataTexts.wording("csv.empty"));
		}
		List<String> names = new ArrayList<>();
		try {
			while (header.nextField()) {
				names.add(header.field());
			}
		} catch (CsvRecordScanner.SyntaxException e) {
			throw new DataException(source, 1 + e.line(), null, e.problem());
		}
		DatasetBuilder dataset = new DatasetBuilder(source, names, 1 + header.recordLine(),
				dialect.decimalComma() ? ',' : '.', options);
		int threads = Math.max(1, Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors()));
		ExecutorService workers = Executors.newFixedThreadPool(threads, task -> {
			Thread thread = new Thread(task, "Reading " + source);
			thread.setDaemon(true);
			return thread;
		});
		try {
			Deque<Future<CsvRowBlock>> parsing = new ArrayDeque<>();
			long line = 1 + header.lineBreaks();
			long reported = 0;
			for (CsvBlocks.Block block = first.from(header.position()); block != null; block = blocks.next()) {
				if (progress.isCanceled()) {
					throw new OperationCanceledException();
				}
				CsvBlocks.Block rows = block;
				IntFunction<ColumnBlock[]> columns = dataset.blockFactory();
				parsing.add(workers.submit(() -> CsvRowBlock.parse(rows, dialect.delimiter(), dataset.header(), columns)));
				// a few blocks ahead keep every worker busy while the blocks stay in memory only briefly
				if (parsing.size() > 2 * threads) {
					line = append(parsing.removeFirst(), dataset, blocks, source, line);
				}
				long kilobytes = counter.count() / 1024;
				progress.worked((int) (kilobytes - reported));
				reported = kilobytes;
			}
			while (!parsing.isEmpty()) {
				line = append(parsing.removeFirst(), dataset, blocks, source, line);
			}
		} finally {
			workers.shutdownNow();
		}
		Dataset result = dataset.build();
		progress.done();
		return result;
	}

	/**
	 * Adds the rows of a parsed block to {@code dataset}, and gives its characters back for a later
	 * block; returns the line the next block starts on.
	 */
	private static long append(Future<CsvRowBlock> parsed, DatasetBuilder dataset, CsvBlocks blocks, String source,
			long line) throws DataException {
		CsvRowBlock rows = Futures.result(parsed);
		long next = rows.appendTo(dataset, source, line);
		blocks.reuse(rows.text());
		return next;
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

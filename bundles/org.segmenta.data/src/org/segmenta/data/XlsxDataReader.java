/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.data;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.segmenta.data.internal.DataTexts;
import org.segmenta.data.internal.DatasetBuilder;
import org.segmenta.data.internal.SheetRows;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the first worksheet of an XLSX workbook, or the one {@link ReadOptions#sheet()} names, into a
 * {@link Dataset}: the first row holds the column names. The sheet is streamed (POI's event API), so
 * its size is bounded by the data it holds, not by POI's cell objects. Numbers keep their exact values, formulas
 * their cached results, dates become ISO dates; blank cells, cells beyond the end of a row and the
 * missing markers are missing. Messages give the sheet's row numbers as Excel shows them.
 */
public final class XlsxDataReader {

	private final ReadOptions options;

	public XlsxDataReader(ReadOptions options) {
		this.options = options;
	}

	public Dataset read(Path file, IProgressMonitor monitor) throws DataException {
		String name = file.getFileName().toString();
		DataFiles.requireRegularFile(file, name);
		try (OPCPackage container = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
			XSSFReader parts = new XSSFReader(container);
			XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) parts.getSheetsData();
			List<String> sheetNames = new ArrayList<>();
			while (sheets.hasNext()) {
				try (InputStream sheet = sheets.next()) {
					String sheetName = sheets.getSheetName();
					sheetNames.add(sheetName);
					if (options.sheet() == null || options.sheet().equals(sheetName)) {
						String source = name + " [" + sheetName + "]";
						// counted by the bytes of the sheet's part: the number of rows is known only at its end
						PackagePart part = sheets.getSheetPart();
						long size = Math.max(1, part.getSize());
						SubMonitor progress = SubMonitor.convert(monitor, "Reading " + source, PROGRESS_STEPS);
						CountingInputStream counted = new CountingInputStream(sheet);
						SheetReceiver rows = new SheetReceiver(source, () -> {
							if (progress.isCanceled()) {
								throw new OperationCanceledException();
							}
							progress.setWorkRemaining((int) (PROGRESS_STEPS * (size - Math.min(size, counted.getByteCount())) / size) + 1);
							progress.worked(1);
						});
						XMLReader reader = XMLHelper.newXMLReader();
						reader.setContentHandler(new SheetRows(new ReadOnlySharedStringsTable(container), parts.getStylesTable(),
								usesDate1904(parts), rows));
						reader.parse(new InputSource(counted));
						return rows.build();
					}
				}
			}
			throw new DataException(name, sheetNames.isEmpty() ? DataTexts.wording("xlsx.noSheets")
					: DataTexts.wording("xlsx.noSuchSheet", options.sheet(), sheetNames.toString()));
		} catch (OLE2NotOfficeXmlFileException e) {
			throw new DataException(name, DataTexts.wording(isEncrypted(file) ? "xlsx.encrypted" : "xlsx.ole2"));
		} catch (InvalidFormatException | NotOfficeXmlFileException e) {
			throw new DataException(name, DataTexts.wording("xlsx.notWorkbook", e.getMessage()));
		} catch (SAXException e) {
			if (e.getException() instanceof DataException problem) {
				throw problem;
			}
			throw refused(name, e);
		} catch (IOException | OpenXML4JException e) {
			throw refused(name, e);
		} catch (POIXMLException | IllegalStateException | IllegalArgumentException | ParserConfigurationException e) {
			// POI reports damaged and hostile packages as runtime exceptions wrapping the cause
			throw refused(name, e);
		}
	}

	private static final int PROGRESS_STEPS = 1000;

	/** Whether the workbook counts dates from 1904 (old Excel for Mac) instead of 1900. */
	private static boolean usesDate1904(XSSFReader parts)
			throws IOException, InvalidFormatException, SAXException, ParserConfigurationException {
		boolean[] date1904 = { false };
		XMLReader reader = XMLHelper.newXMLReader();
		reader.setContentHandler(new DefaultHandler() {
			@Override
			public void startElement(String uri, String localName, String qName, Attributes attributes) {
				if ("workbookPr".equals(localName)) {
					String value = attributes.getValue("date1904");
					date1904[0] = "1".equals(value) || "true".equals(value);
				}
			}
		});
		try (InputStream workbook = parts.getWorkbookData()) {
			reader.parse(new InputSource(workbook));
		}
		return date1904[0];
	}

	/** A stream that counts what was read from it, for progress through a sheet's part. */
	private static final class CountingInputStream extends FilterInputStream {
		private long count;

		CountingInputStream(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int read = super.read();
			count += read < 0 ? 0 : 1;
			return read;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int read = super.read(buffer, offset, length);
			count += Math.max(0, read);
			return read;
		}

		long getByteCount() {
			return count;
		}
	}

	/** The rows of a sheet into a dataset: the first row names the columns. */
	private final class SheetReceiver implements SheetRows.Receiver {
		private final String source;
		private final Runnable progress;
		private DatasetBuilder dataset;
		private String[] cells;
		private long rows;

		SheetReceiver(String source, Runnable progress) {
			this.source = source;
			this.progress = progress;
		}

		@Override
		public void row(long number, List<String> row) throws SAXException {
			if (dataset == null) {
				if (row.stream().allMatch(Objects::isNull)) {
					return; // blank rows above the header
				}
				try {
					dataset = new DatasetBuilder(source, new ArrayList<>(row), number, '.', options);
				} catch (DataException e) {
					throw new SAXException(e);
				}
				cells = new String[row.size()];
				return;
			}
			for (int c = cells.length; c < row.size(); c++) {
				if (row.get(c) != null) {
					throw new SAXException(new DataException(source, number, null,
							DataTexts.wording("xlsx.beyondHeader", c + 1, cells.length)));
				}
			}
			if (row.stream().allMatch(Objects::isNull)) {
				return; // an empty row, as an empty line in CSV
			}
			for (int c = 0; c < cells.length; c++) {
				cells[c] = c < row.size() ? row.get(c) : null;
			}
			dataset.addRow(cells, number);
			if (++rows % 4096 == 0) {
				progress.run();
			}
		}

		Dataset build() throws DataException {
			if (dataset == null) {
				throw new DataException(source, DataTexts.wording("xlsx.emptySheet"));
			}
			return dataset.build();
		}
	}

	/** The message for a package POI could not open, by its root cause: a zip bomb, a DOCTYPE or damage. */
	private static DataException refused(String name, Exception e) {
		for (Throwable cause = e; cause != null; cause = cause.getCause()) {
			String message = String.valueOf(cause.getMessage());
			if (message.contains("Zip bomb detected")) {
				return new DataException(name, DataTexts.wording("xlsx.zipBomb", Math.round(1 / ZipSecureFile.getMinInflateRatio()),
						ZipSecureFile.getMaxEntrySize() / (1024 * 1024)));
			}
			if (message.contains("DOCTYPE")) {
				return new DataException(name, DataTexts.wording("xlsx.doctype"));
			}
		}
		if (e instanceof IOException) {
			return new DataException(name, DataTexts.wording("file.unreadable", e.getMessage()));
		}
		return new DataException(name, DataTexts.wording("xlsx.damaged", String.valueOf(e.getMessage())));
	}

	/** Whether {@code file} is an OLE2 container holding an encrypted workbook, as Excel saves one with a password. */
	private static boolean isEncrypted(Path file) {
		try (POIFSFileSystem container = new POIFSFileSystem(file.toFile(), true)) {
			return container.getRoot().hasEntryCaseInsensitive(Decryptor.DEFAULT_POIFS_ENTRY)
					|| container.getRoot().hasEntryCaseInsensitive("EncryptionInfo");
		} catch (IOException | RuntimeException e) {
			return false;
		}
	}
}

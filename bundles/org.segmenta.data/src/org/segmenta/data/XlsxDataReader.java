/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.segmenta.data.internal.DatasetBuilder;

/**
 * Reads the first worksheet of an XLSX workbook, or the one {@link ReadOptions#sheet()} names, into a
 * {@link Dataset}: the first row holds the column names. Numbers keep their exact values, formulas
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
		try (OPCPackage container = OPCPackage.open(file.toFile(), PackageAccess.READ);
				XSSFWorkbook workbook = new XSSFWorkbook(container)) {
			Sheet sheet = sheet(workbook, name);
			String source = name + " [" + sheet.getSheetName() + "]";
			SubMonitor progress = SubMonitor.convert(monitor, "Reading " + source, sheet.getLastRowNum() + 1);
			Row headerRow = sheet.getRow(sheet.getFirstRowNum());
			if (sheet.getPhysicalNumberOfRows() == 0 || headerRow == null) {
				throw new DataException(source, "the sheet is empty; expected a header row with the column names");
			}
			List<String> names = new ArrayList<>();
			for (int c = 0; c < headerRow.getLastCellNum(); c++) {
				names.add(text(headerRow.getCell(c)));
			}
			DatasetBuilder dataset = new DatasetBuilder(source, names, headerRow.getRowNum() + 1, '.', options);
			String[] cells = new String[names.size()];
			for (int r = headerRow.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (row == null) {
					continue; // an empty row, as an empty line in CSV
				}
				checkWidth(source, row, names.size());
				for (int c = 0; c < cells.length; c++) {
					cells[c] = text(row.getCell(c));
				}
				dataset.addRow(cells, r + 1L);
				if (r % 4096 == 0) {
					if (progress.isCanceled()) {
						throw new OperationCanceledException();
					}
					progress.setWorkRemaining(sheet.getLastRowNum() + 1 - r);
					progress.worked(1);
				}
			}
			return dataset.build();
		} catch (OLE2NotOfficeXmlFileException e) {
			throw new DataException(name, isEncrypted(file) ? ENCRYPTED
					: "is an OLE2 file (an Excel 97-2003 .xls workbook?), not an XLSX workbook; save it as .xlsx or CSV");
		} catch (InvalidFormatException | NotOfficeXmlFileException e) {
			throw new DataException(name, "is not an XLSX workbook: " + e.getMessage());
		} catch (IOException e) {
			throw refused(name, e);
		} catch (POIXMLException | IllegalStateException | IllegalArgumentException e) {
			// POI reports damaged and hostile packages as runtime exceptions wrapping the cause
			throw refused(name, e);
		}
	}

	private static final String ENCRYPTED = "is encrypted (password-protected); remove the password in Excel"
			+ " (File > Info > Protect Workbook) and save it again";

	/** The message for a package POI could not open, by its root cause: a zip bomb, a DOCTYPE or damage. */
	private static DataException refused(String name, Exception e) {
		for (Throwable cause = e; cause != null; cause = cause.getCause()) {
			String message = String.valueOf(cause.getMessage());
			if (message.contains("Zip bomb detected")) {
				return new DataException(name, "is refused: a part of the workbook would expand to more than "
						+ Math.round(1 / ZipSecureFile.getMinInflateRatio()) + " times its compressed size or beyond "
						+ ZipSecureFile.getMaxEntrySize() / (1024 * 1024) + " MB (a zip bomb?)");
			}
			if (message.contains("DOCTYPE")) {
				return new DataException(name, "is refused: a part of the workbook declares a DOCTYPE, which"
						+ " an XLSX workbook never has (it could expand entities or read other files)");
			}
		}
		if (e instanceof IOException) {
			return new DataException(name, "cannot be read: " + e.getMessage());
		}
		return new DataException(name, "is damaged or not an XLSX workbook (" + e.getMessage() + ")");
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

	private Sheet sheet(XSSFWorkbook workbook, String name) throws DataException {
		if (options.sheet() == null) {
			if (workbook.getNumberOfSheets() == 0) {
				throw new DataException(name, "the workbook has no sheet");
			}
			return workbook.getSheetAt(0);
		}
		Sheet sheet = workbook.getSheet(options.sheet());
		if (sheet == null) {
			List<String> names = new ArrayList<>();
			workbook.forEach(each -> names.add(each.getSheetName()));
			throw new DataException(name, "no sheet named '" + options.sheet() + "'; the sheets are " + names);
		}
		return sheet;
	}

	private static void checkWidth(String source, Row row, int width) throws DataException {
		for (int c = width; c < row.getLastCellNum(); c++) {
			if (text(row.getCell(c)) != null) {
				throw new DataException(source, row.getRowNum() + 1, null, "a value in column " + (c + 1)
						+ " beyond the " + width + " named in the header");
			}
		}
	}

	/** The cell as text the column builder understands, {@code null} when blank. */
	private static String text(Cell cell) {
		if (cell == null) {
			return null;
		}
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		return switch (type) {
		case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
				: NumericColumn.format(cell.getNumericCellValue());
		case STRING -> cell.getStringCellValue().isBlank() ? null : cell.getStringCellValue();
		case BOOLEAN -> cell.getBooleanCellValue() ? "1" : "0";
		default -> null;
		};
	}
}

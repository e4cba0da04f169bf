/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.data.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.data.CategoricalColumn;
import org.segmenta.data.ColumnType;
import org.segmenta.data.DataException;
import org.segmenta.data.DataFiles;
import org.segmenta.data.Dataset;
import org.segmenta.data.ReadOptions;

/** XLSX through Apache POI inside the OSGi test runtime; the workbooks are written here with POI. */
class XlsxDataReaderTest {

	@TempDir
	Path folder;

	private Path workbook(String name, boolean withSecondSheet) throws Exception {
		Path file = folder.resolve(name);
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			Sheet survey = workbook.createSheet("Survey");
			Object[][] rows = { { "id", "country", "age", "score", "renewed" }, { 1, "DK", 41, 3.5, true },
					{ 2, "SE", null, 4.25, false }, { 3, "FI", 29, "NA", true }, { 4, "Århus", 56, 1, true } };
			for (int r = 0; r < rows.length; r++) {
				Row row = survey.createRow(r);
				for (int c = 0; c < rows[r].length; c++) {
					Object value = rows[r][c];
					if (value instanceof Number number) {
						row.createCell(c).setCellValue(number.doubleValue());
					} else if (value instanceof Boolean flag) {
						row.createCell(c).setCellValue(flag);
					} else if (value != null) {
						row.createCell(c).setCellValue((String) value);
					}
				}
			}
			if (withSecondSheet) {
				Sheet other = workbook.createSheet("Other");
				other.createRow(0).createCell(0).setCellValue("x");
				other.createRow(1).createCell(0).setCellValue(7);
				other.getRow(1).createCell(3).setCellValue("stray");
			}
			workbook.write(out);
		}
		return file;
	}

	@Test
	void firstSheetWithTypesAndMissingValues() throws Exception {
		Dataset data = DataFiles.read(workbook("survey.xlsx", true), ReadOptions.detect(), null);
		assertEquals("survey.xlsx [Survey]", data.source());
		assertEquals(4, data.rowCount());
		assertEquals(ColumnType.NUMERIC, data.column("score").type());
		assertEquals(4.25, data.numericColumn("score").value(1));
		assertTrue(data.numericColumn("score").isMissing(2), "NA is missing");
		assertTrue(data.numericColumn("age").isMissing(1), "a blank cell is missing");
		assertEquals(ColumnType.BINARY, data.column("renewed").type());
		assertEquals(List.of("DK", "FI", "SE", "Århus"), ((CategoricalColumn) data.column("country")).levels());
	}

	@Test
	void aNamedSheetAndItsProblems() throws Exception {
		Path file = workbook("two.xlsx", true);
		DataException stray = assertThrows(DataException.class,
				() -> DataFiles.read(file, ReadOptions.detect().withSheet("Other"), null));
		assertEquals("two.xlsx [Other], line 2: a value in column 4 beyond the 1 named in the header",
				stray.getMessage());
		DataException missing = assertThrows(DataException.class,
				() -> DataFiles.read(file, ReadOptions.detect().withSheet("Nope"), null));
		assertTrue(missing.getMessage().contains("no sheet named 'Nope'; the sheets are [Survey, Other]"),
				missing.getMessage());
		Path notAWorkbook = folder.resolve("fake.xlsx");
		Files.writeString(notAWorkbook, "id;age\n1;2\n");
		assertTrue(assertThrows(DataException.class, () -> DataFiles.read(notAWorkbook, ReadOptions.detect(), null))
				.getMessage().startsWith("fake.xlsx"));
	}

	@Test
	void datesFormulasAndBlankRowsAboveTheHeader() throws Exception {
		Path file = folder.resolve("dated.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			Sheet sheet = workbook.createSheet("Svar");
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
			Row header = sheet.createRow(2); // two blank rows above, as exports often have
			header.createCell(0).setCellValue("svardato");
			header.createCell(1).setCellValue("score");
			header.createCell(2).setCellValue("double");
			for (int r = 0; r < 3; r++) {
				Row row = sheet.createRow(3 + r);
				row.createCell(0).setCellValue(LocalDate.of(2026, 12, 1 + r));
				row.getCell(0).setCellStyle(date);
				row.createCell(1).setCellValue(1.25 * (r + 1));
				row.createCell(2).setCellFormula("B" + (4 + r) + "*2");
			}
			workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
			workbook.write(out);
		}
		Dataset data = DataFiles.read(file, ReadOptions.detect(), null);
		assertEquals(3, data.rowCount());
		assertEquals(List.of("2026-12-01", "2026-12-02", "2026-12-03"),
				List.of(data.column("svardato").text(0), data.column("svardato").text(1), data.column("svardato").text(2)));
		assertEquals(7.5, data.numericColumn("double").value(2), "the formula's cached result");
	}

	@Test
	void aMillionRowsAreStreamedWithinTheTestsHeap() throws Exception {
		// 16 MB on disk; POI's cell objects for it need several gigabytes, more than this runtime has
		Path file = folder.resolve("million.xlsx");
		int rows = 1_000_000;
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(1000); OutputStream out = Files.newOutputStream(file)) {
			Sheet sheet = workbook.createSheet("Panel");
			Row header = sheet.createRow(0);
			header.createCell(0).setCellValue("id");
			header.createCell(1).setCellValue("region");
			header.createCell(2).setCellValue("score");
			String[] regions = { "Hovedstaden", "Skåne", "Uusimaa" };
			for (int r = 1; r <= rows; r++) {
				Row row = sheet.createRow(r);
				row.createCell(0).setCellValue(r);
				row.createCell(1).setCellValue(regions[r % 3]);
				row.createCell(2).setCellValue(r % 11);
			}
			workbook.write(out);
		}
		Dataset data = DataFiles.read(file, ReadOptions.detect(), null);
		assertEquals(rows, data.rowCount());
		assertEquals(List.of("Hovedstaden", "Skåne", "Uusimaa"), ((CategoricalColumn) data.column("region")).levels());
		assertEquals(rows, data.numericColumn("id").value(rows - 1));
		assertEquals(rows % 11, data.numericColumn("score").value(rows - 1));
	}
}

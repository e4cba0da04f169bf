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
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
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
}

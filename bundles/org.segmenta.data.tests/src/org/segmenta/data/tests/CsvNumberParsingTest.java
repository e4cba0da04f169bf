/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.data.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.data.CategoricalColumn;
import org.segmenta.data.ColumnType;
import org.segmenta.data.CsvDataReader;
import org.segmenta.data.DataException;
import org.segmenta.data.Dataset;
import org.segmenta.data.NumericColumn;
import org.segmenta.data.ReadOptions;
import org.segmenta.data.internal.NumberText;

/** Numbers in CSV cells, parsed from the file's characters, as {@link Double#parseDouble} would. */
class CsvNumberParsingTest {

	@TempDir
	Path folder;

	private Dataset read(String text) throws DataException {
		return read(text, ReadOptions.detect());
	}

	private Dataset read(String text, ReadOptions options) throws DataException {
		Path file = folder.resolve("numbers.csv");
		try {
			Files.writeString(file, text, StandardCharsets.UTF_8);
		} catch (java.io.IOException e) {
			throw new IllegalStateException(e);
		}
		return new CsvDataReader(options).read(file, null);
	}

	@Test
	void exponentsSignsBlanksAndQuotes() throws DataException {
		Dataset data = read("id,x\n1,1e3\n2,-2.5E-2\n3,+7\n4,  4.5  \n5,\"7.25\"\n6,\" 8 \"\n7,-0\n8,.5\n9,3.\n10,2E+02\n");
		NumericColumn x = data.numericColumn("x");
		assertEquals(ColumnType.NUMERIC, x.type());
		double[] expected = { 1000, -0.025, 7, 4.5, 7.25, 8, -0.0, 0.5, 3, 200 };
		for (int row = 0; row < expected.length; row++) {
			assertEquals(Double.doubleToLongBits(expected[row]), Double.doubleToLongBits(x.value(row)), "row " + row);
		}
	}

	@Test
	void decimalCommaWithSemicolons() throws DataException {
		Dataset data = read("id;x\n1;3,5\n2;-1,25e2\n3;0,001\n4;12\n5;\"2,5\"\n");
		NumericColumn x = data.numericColumn("x");
		assertEquals(List.of(3.5, -125.0, 0.001, 12.0, 2.5),
				java.util.stream.IntStream.range(0, 5).mapToObj(x::value).toList());
		// a point in a decimal-comma file is not a decimal mark, so such a cell is text
		assertInstanceOf(CategoricalColumn.class, read("id;x\n1;3,5\n2;4,5\n3;1.5\n").column("x"));
	}

	@Test
	void hugeTinyAndLongNumbersAreRoundedAsJavaDoes() throws DataException {
		String[] cells = { "1.7976931348623157e308", "4.9e-324", "2.2250738585072014E-308", "1e400", "1e-400",
				"0.30000000000000004", "123456789012345678901234567890", "9007199254740993", "1e22", "1e23",
				"0.000000000000000000000000000001234", "-8.98846567431158e307", "1" + "0".repeat(400) };
		StringBuilder text = new StringBuilder("id,x\n");
		for (int i = 0; i < cells.length; i++) {
			text.append(i).append(',').append(cells[i]).append('\n');
		}
		NumericColumn x = read(text.toString()).numericColumn("x");
		for (int i = 0; i < cells.length; i++) {
			assertEquals(Double.doubleToLongBits(Double.parseDouble(cells[i])), Double.doubleToLongBits(x.value(i)),
					cells[i]);
		}
		assertEquals(Double.POSITIVE_INFINITY, x.value(3), "beyond the largest double is infinite, as in Java");
	}

	@Test
	void randomNumbersParseBitForBitAsParseDouble() {
		SplittableRandom random = new SplittableRandom(16);
		for (int i = 0; i < 200_000; i++) {
			StringBuilder number = new StringBuilder();
			if (random.nextInt(3) == 0) {
				number.append(random.nextBoolean() ? '-' : '+');
			}
			int whole = random.nextInt(0, 20);
			for (int d = 0; d < whole; d++) {
				number.append((char) ('0' + random.nextInt(10)));
			}
			int fraction = whole == 0 ? random.nextInt(1, 20) : random.nextInt(0, 20);
			if (fraction > 0 || random.nextBoolean()) {
				number.append('.');
			}
			for (int d = 0; d < fraction; d++) {
				number.append((char) ('0' + random.nextInt(10)));
			}
			if (random.nextInt(3) == 0) {
				number.append(random.nextBoolean() ? 'e' : 'E').append(random.nextInt(-330, 330));
			}
			String text = number.toString();
			long expected = Double.doubleToLongBits(Double.parseDouble(text));
			assertEquals(expected, Double.doubleToLongBits(NumberText.parse(text, '.')), text);
			assertEquals(expected, Double.doubleToLongBits(NumberText.parse(text.replace('.', ','), ',')), text);
			char[] padded = ("  " + text.replace('.', ',') + ";").toCharArray();
			assertEquals(expected,
					Double.doubleToLongBits(NumberText.parse(padded, 2, padded.length - 1, ',')), text);
			assertEquals("  " + text.replace('.', ',') + ";", new String(padded), "the decimal comma is put back");
		}
	}

	@Test
	void whatIsNotANumber() {
		for (String text : List.of("", "-", "+", ".", "1.2.3", "1e", "1e+", "--1", "0x10", "NaN", "Infinity", "1d",
				"1f", "1,000", "1 000", "e5", "1e5.0", "½", "١٢")) {
			assertTrue(Double.isNaN(NumberText.parse(text, '.')), text);
			assertTrue(!NumberText.isNumber(text, '.'), text);
		}
	}

	@Test
	void invalidNumbersNameTheirLineAndColumn() throws DataException {
		// line 2 holds a field over three lines, and the file ends lines with CR LF
		String text = "id,age,note\r\n1,30,\"a\r\nb\r\nc\"\r\n2,41,x\r\n3,4o,y\r\n4,1e5x,z\r\n";
		Dataset data = read(text);
		DataException notNumeric = assertThrows(DataException.class, () -> data.numericColumn("age"));
		assertEquals("numbers.csv, line 6, column 'age': '4o' is not a number", notNumeric.getMessage());
		DataException typed = assertThrows(DataException.class,
				() -> read(text, ReadOptions.detect().withTypes(Map.of("age", ColumnType.NUMERIC))));
		assertEquals(6, typed.line());
		assertEquals("age", typed.column());
		assertEquals(new CategoricalColumn.Cell(6, "4o"), ((CategoricalColumn) data.column("age")).firstNonNumber());
		assertEquals(List.of(new CategoricalColumn.Cell(6, "4o"), new CategoricalColumn.Cell(7, "1e5x")),
				data.warnings().get(0).cells());
	}

	@Test
	void badQuotingNamesLineAndColumn() {
		DataException trailing = assertThrows(DataException.class, () -> read("id,name\n1,\"Bo\"x\n"));
		assertEquals("numbers.csv, line 2, column 'name': the quoted field is followed by 'x' where the delimiter"
				+ " or the end of the line should be", trailing.getMessage());
		DataException open = assertThrows(DataException.class, () -> read("id,name\n1,a\n2,\"Bo\n\n3,c\n"));
		assertEquals(3, open.line());
		assertEquals("name", open.column());
		assertTrue(open.getMessage().contains("not closed before the end of the file"), open.getMessage());
	}

	@Test
	void declaredMissingCodesAreMatchedOnTheCellsText() throws DataException {
		Dataset data = read("id,x\n1,99\n2, 99 \n3,99.0\n4,\"99\"\n5,098\n6,NA\n",
				ReadOptions.detect().withMissingCodes(List.of("99")));
		NumericColumn x = data.numericColumn("x");
		assertEquals(List.of(true, true, false, true, false, true),
				java.util.stream.IntStream.range(0, 6).mapToObj(x::isMissing).toList());
		assertEquals(99.0, x.value(2));
		assertEquals(98.0, x.value(4));
	}

	@Test
	void numbersFormattedAsTheBenchmarkWritesThem() throws DataException {
		SplittableRandom random = new SplittableRandom(7);
		StringBuilder text = new StringBuilder("a,b\n");
		double[] expected = new double[50_000];
		for (int i = 0; i < expected.length; i++) {
			String cell = String.format(Locale.ROOT, "%.5f", random.nextGaussian() * Math.pow(10, random.nextInt(-3, 6)));
			expected[i] = Double.parseDouble(cell);
			text.append(i).append(',').append(cell).append('\n');
		}
		NumericColumn b = read(text.toString()).numericColumn("b");
		for (int i = 0; i < expected.length; i++) {
			assertEquals(expected[i], b.value(i));
		}
	}
}

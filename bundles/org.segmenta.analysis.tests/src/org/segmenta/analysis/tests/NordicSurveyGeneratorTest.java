/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.segmenta.data.ColumnType;
import org.segmenta.data.CsvDataReader;
import org.segmenta.data.ReadOptions;
import org.segmenta.data.DataException;
import org.segmenta.data.Dataset;
import org.segmenta.data.internal.CsvDialect;
import org.segmenta.tests.support.Examples;

/** The example survey is what its generator writes, and reads as a Nordic export should. */
class NordicSurveyGeneratorTest {

	@Test
	void theCommittedFileIsTheGeneratorsOutput() throws IOException {
		StringWriter expected = new StringWriter();
		NordicSurveyGenerator.write(expected, NordicSurveyGenerator.ROWS, NordicSurveyGenerator.SEED);
		assertEquals(expected.toString(), Files.readString(Examples.survey(), StandardCharsets.UTF_8),
				"regenerate examples/nordic-members-survey.csv as NordicSurveyGenerator's comment says");
	}

	@Test
	void readsAsANordicExport() throws DataException {
		CsvDataReader reader = new CsvDataReader(ReadOptions.detect());
		CsvDialect dialect = reader.dialect(Examples.survey());
		assertEquals(';', dialect.delimiter());
		assertTrue(dialect.decimalComma());
		Dataset survey = reader.read(Examples.survey(), null);
		assertEquals(4800, survey.rowCount());
		assertEquals(ColumnType.ORDINAL, survey.column("q12_balance").type());
		assertEquals(ColumnType.NUMERIC, survey.column("tenure_years").type());
		assertEquals(ColumnType.BINARY, survey.column("renewed_2025").type());
		assertEquals(ColumnType.NOMINAL, survey.column("country").type());
		assertTrue(survey.column("q12_balance").missingCount() > 0);
		assertTrue(survey.columns(List.of("city")).get(0).toString().startsWith("city"));
	}
}

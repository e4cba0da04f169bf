/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.segmenta.report.ReportLanguage;
import org.segmenta.report.internal.Messages;

/** The report languages: every text translated, and numbers and dates as each language writes them. */
class ReportLanguageTest {

	private static Properties texts(String suffix) throws Exception {
		Properties properties = new Properties();
		try (InputStream in = Messages.class.getResourceAsStream("messages" + suffix + ".properties")) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	@Test
	void everyLanguageHasEveryText() throws Exception {
		Properties english = texts("");
		for (String language : new String[] { "da", "sv", "fi" }) {
			assertEquals(english.stringPropertyNames(), texts("_" + language).stringPropertyNames(), language);
		}
	}

	@Test
	void nordicLettersSurviveAndTheMachinesLocaleDoesNotCount() {
		Locale before = Locale.getDefault();
		try {
			Locale.setDefault(Locale.GERMANY);
			assertEquals("Værdifællesskaber", ReportLanguage.of("da").text("overview.communities"));
			assertEquals("Värdegemenskaper", ReportLanguage.of("sv").text("overview.communities"));
			assertEquals("Arvoyhteisöt", ReportLanguage.of("fi").text("overview.communities"));
			assertEquals("Value communities", ReportLanguage.of("en").text("overview.communities"));
			assertEquals("1,056", ReportLanguage.ENGLISH.count(1056));
		} finally {
			Locale.setDefault(before);
		}
	}

	@Test
	void numbersPercentagesAndDatesFollowTheLanguage() {
		LocalDate date = LocalDate.of(2026, 12, 2);
		ReportLanguage danish = ReportLanguage.of("da");
		assertEquals("1.056", danish.count(1056));
		assertEquals("22,0\u00a0%", danish.percent(0.22));
		assertEquals("6,8", danish.number(6.8, 1));
		assertEquals("2. december 2026", danish.date(date));
		ReportLanguage swedish = ReportLanguage.of("sv-FI");
		assertEquals("sv", swedish.tag());
		assertEquals("1\u00a0056", swedish.count(1056));
		assertEquals("22,0\u00a0%", swedish.percent(0.22));
		assertEquals("2 december 2026", swedish.date(date));
		ReportLanguage finnish = ReportLanguage.of("fi");
		assertEquals("1\u00a0056", finnish.count(1056));
		assertEquals("11,5\u00a0%", finnish.percent(0.115));
		assertEquals("2. joulukuuta 2026", finnish.date(date));
		assertEquals("22.0%", ReportLanguage.ENGLISH.percent(0.22));
		assertEquals("2 December 2026", ReportLanguage.ENGLISH.date(date));
		assertEquals("–", danish.number(Double.NaN, 1));
	}

	@Test
	void onlyTheReportLanguagesAreAccepted() {
		assertThrows(IllegalArgumentException.class, () -> ReportLanguage.of("de"));
		assertEquals("en", ReportLanguage.of("en-US").tag());
	}
}

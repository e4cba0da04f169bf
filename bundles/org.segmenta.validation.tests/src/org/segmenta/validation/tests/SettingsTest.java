/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.segmenta.validation.RuleCatalog;
import org.segmenta.validation.SettingsException;
import org.segmenta.validation.Severity;
import org.segmenta.validation.ValidationReport;
import org.segmenta.validation.ValidationRule;
import org.segmenta.validation.ValidationSettings;

/** The settings file beside the model: keys, values, and errors that name the file and the key. */
class SettingsTest {

	@TempDir
	Path folder;

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"segmenta.no.such.rule.enabled=false | key 'segmenta.no.such.rule.enabled': no rule has this id",
			"segmenta.insight.stale.enabled=maybe | key 'segmenta.insight.stale.enabled': expected true or false, got 'maybe'",
			"segmenta.insight.stale.severity=fatal | key 'segmenta.insight.stale.severity': expected error, warning or info, got 'fatal'",
			"segmenta.distinct.siblings.maxContentSimilarity=1.5 | key 'segmenta.distinct.siblings.maxContentSimilarity': expected a number from 0 to 1, got 1.5",
			"segmenta.insight.stale.maxAge=30 | key 'segmenta.insight.stale.maxAge': rule segmenta.insight.stale has no setting 'maxAge'; it has enabled, severity, maxAgeDays",
			"statement.phrase= | key 'statement.phrase': the phrase is empty" })
	void badKeyOrValueNamesFileAndKey(String line, String problem) throws Exception {
		Path file = folder.resolve("org.segmenta.validation.prefs");
		Files.writeString(file, "eclipse.preferences.version=1\n" + line + "\n");
		SettingsException e = assertThrows(SettingsException.class, () -> ValidationSettings.load(file, Fixtures.rules()));
		assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
		assertTrue(e.getMessage().contains(problem), e.getMessage());
	}

	/** The Problems view, a report and validate --language word a broken settings file in their language. */
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"da | segmenta.insight.stale.enabled=måske | nøglen 'segmenta.insight.stale.enabled': forventede true eller false, men fik 'måske'",
			"da | segmenta.distinct.siblings.maxContentSimilarity=1.5 | nøglen 'segmenta.distinct.siblings.maxContentSimilarity': forventede et tal fra 0 til 1, men fik 1.5",
			"sv | statement.phrase= | nyckeln 'statement.phrase': frasen är tom",
			"sv | segmenta.insight.stale.severity=fatal | nyckeln 'segmenta.insight.stale.severity': väntade error, warning eller info, fick 'fatal'",
			"fi | segmenta.insight.stale.maxAge=30 | avain 'segmenta.insight.stale.maxAge': säännöllä segmenta.insight.stale ei ole asetusta 'maxAge'; sillä on enabled, severity, maxAgeDays",
			"fi | segmenta.no.such.rule.enabled=false | avain 'segmenta.no.such.rule.enabled': millään säännöllä ei ole tätä tunnusta" })
	void aBrokenSettingsFileIsWordedInEachLanguage(String language, String line, String problem) throws Exception {
		Path file = folder.resolve("org.segmenta.validation.prefs");
		Files.writeString(file, "eclipse.preferences.version=1\n" + line + "\n", StandardCharsets.ISO_8859_1);
		SettingsException e = assertThrows(SettingsException.class, () -> ValidationSettings.load(file, Fixtures.rules()));
		String message = e.getMessage(Locale.of(language));
		assertTrue(message.startsWith(file + ": " + problem), message);
		assertTrue(e.getMessage().startsWith(file + ": key '"), "English for getMessage(): " + e.getMessage());
	}

	@Test
	void noFileMeansDefaults() throws Exception {
		RuleCatalog rules = Fixtures.rules();
		ValidationSettings settings = ValidationSettings.forModel(folder.resolve("m.segmentation"), rules);
		for (ValidationRule rule : rules.rules()) {
			assertTrue(settings.isEnabled(rule), rule.id());
			assertEquals(rule.defaultSeverity(), settings.severity(rule), rule.id());
		}
		assertEquals("Those of us who", settings.statementPhrase("en-GB"));
		assertEquals("Os, der", settings.statementPhrase("da"));
		assertEquals("Vi som", settings.statementPhrase("sv-FI"));
		assertEquals("Me, jotka", settings.statementPhrase("fi"));
	}

	@Test
	void disabledRuleDoesNotRunAndSeverityCanChange() throws Exception {
		ValidationReport disabled = Fixtures.validate(Fixtures.loadExample(),
				Map.of("segmenta.insight.stale.enabled", "false"));
		assertTrue(disabled.rulesRun().stream().noneMatch(r -> r.id().equals("segmenta.insight.stale")));
		assertEquals(0, disabled.findings().size(), Fixtures.describe(disabled.findings()));

		ValidationReport raised = Fixtures.validate(Fixtures.loadExample(),
				Map.of("segmenta.insight.stale.severity", "ERROR"));
		assertEquals(2, raised.count(Severity.ERROR));
		assertTrue(raised.fails(false));
	}

	@Test
	void configuredPhraseOverridesTheLanguage() throws Exception {
		ValidationReport report = Fixtures.validate(Fixtures.loadExample(), Map.of("statement.phrase", "Vi som"));
		// every community of the English example now fails the phrase check
		assertTrue(report.findingsOf("segmenta.describable.valueCommunity").size() >= 6,
				Fixtures.describe(report.findings()));
	}
}

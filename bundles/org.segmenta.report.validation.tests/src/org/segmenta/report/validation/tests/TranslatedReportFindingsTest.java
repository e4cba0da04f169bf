/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.report.validation.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.model.Project;
import org.segmenta.model.Segmentation;
import org.segmenta.model.persistence.SegmentationFiles;
import org.segmenta.report.ReportLanguage;
import org.segmenta.report.ReportWriter;
import org.segmenta.tests.support.Examples;

/**
 * The report's validation findings are written in the report's language, like its headings: the
 * messages of the rules in Danish, Swedish or Finnish, with no English message text left, and the
 * model's names as the model has them.
 */
class TranslatedReportFindingsTest {

	/** Texts of the English findings and their section that a translated report must not contain. */
	private static final List<String> ENGLISH_MESSAGE_TEXT = List.of("Model validation", " lacks ", "; add it",
			"; add them", " so the persona reads", " has no ", " has a statement", " segments, more than",
			" the organisation can work with", " holds ", " of the audience", " below the minimum", " declares no ",
			" are too alike", " unnamed ", "Segmentation '", "Segment '", "Persona '", "Value community '",
			"Buying centre '", "Insight '");

	/** What a report in one language says about the defects {@link #defectiveExample} puts in. */
	private record Expected(String language, String source, String tooMany, String unnamedPersona) {
	}

	private static final Expected DANISH = new Expected("da", "Modelvalidering",
			"Segmenteringen 'Values segmentation 2026' har 6 segmenter, flere end de højst 5",
			"Personaen (uden navn) mangler en identitet (navn)");
	private static final Expected SWEDISH = new Expected("sv", "Modellvalidering",
			"Segmenteringen 'Values segmentation 2026' har 6 segment, fler än de högst 5",
			"Personan (utan namn) saknar en identitet (namn)");
	private static final Expected FINNISH = new Expected("fi", "Mallin validointi",
			"Segmentoinnissa 'Values segmentation 2026' on 6 segmenttiä, enemmän kuin enimmäismäärä 5",
			"Persoonasta (nimetön) puuttuu identiteetti (nimi)");

	@TempDir
	Path folder;

	@Test
	void danishFindings() throws Exception {
		check(DANISH, findingsSection(ReportLanguage.of("da")));
	}

	@Test
	void swedishFindings() throws Exception {
		check(SWEDISH, findingsSection(ReportLanguage.of("sv")));
	}

	@Test
	void finnishFindings() throws Exception {
		check(FINNISH, findingsSection(ReportLanguage.of("fi")));
	}

	/** Without --language the model's own language chooses, for the findings as for the headings. */
	@Test
	void theModelsLanguageChoosesTheFindingsLanguage() throws Exception {
		check(SWEDISH, findingsSection(null, "sv"));
	}

	@Test
	void anEnglishReportKeepsTheRulesEnglish() throws Exception {
		String section = findingsSection(ReportLanguage.ENGLISH);
		assertTrue(section.contains("Model validation"), section);
		assertTrue(section.contains("Segmentation 'Values segmentation 2026' has 6 segments, more than its maximum of 5"),
				section);
	}

	private static void check(Expected expected, String section) {
		assertTrue(section.contains(expected.source()), section);
		assertTrue(section.contains(expected.tooMany()), expected.tooMany() + " in " + section);
		assertTrue(section.contains(expected.unnamedPersona()), expected.unnamedPersona() + " in " + section);
		for (String english : ENGLISH_MESSAGE_TEXT) {
			assertFalse(section.contains(english), "'" + english + "' in the " + expected.language() + " findings: "
					+ section);
		}
	}

	private String findingsSection(ReportLanguage language) throws Exception {
		return findingsSection(language, "en");
	}

	/** The text of the HTML report's findings section, for the example with defects in a model of {@code modelLanguage}. */
	private String findingsSection(ReportLanguage language, String modelLanguage) throws Exception {
		Path model = defectiveExample(modelLanguage);
		Path out = folder.resolve("out");
		new ReportWriter().write(model, out, List.of("html"), List.of(), language, new NullProgressMonitor());
		String html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
		int start = html.indexOf("id=\"findings\"");
		assertTrue(start >= 0, "no findings section");
		int end = html.indexOf("<h2", start + 1);
		return html.substring(start, end < 0 ? html.length() : end).replaceAll("<[^>]+>", " ").replace("&#39;", "'")
				.replace("&apos;", "'").replaceAll("\\s+", " ");
	}

	/** The example with a segmentation over its maximum and an unnamed persona, beside the example's data. */
	private Path defectiveExample(String language) throws Exception {
		Project project = SegmentationFiles.load(Examples.model());
		project.setLanguage(language);
		Segmentation values = project.getSegmentations().stream()
				.filter(s -> "Values segmentation 2026".equals(s.getName())).findFirst().orElseThrow();
		values.setMinSegmentCount(2);
		values.setMaxSegmentCount(values.getSegments().size() - 1);
		project.getPersonas().get(0).setName(null);
		Path model = Examples.modelCopy(folder);
		SegmentationFiles.save(project, model);
		return model;
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.segmenta.tests.support.Examples;

/**
 * The example's report in Danish, Swedish and Finnish: the headings, labels, slide texts and sheet
 * names of the language and none of the English ones, numbers and dates as the language writes them.
 */
class NordicReportTest {

	/** Fixed texts of the English report that must not be left in a translated one. */
	private static final List<String> ENGLISH_HEADINGS = List.of("Overview", "Contents", "Segmentation:",
			"Segments", "Personas", "Value communities", "Personas at a glance", "Further personas",
			"Buying centre:", "Buying centres at a glance", "Insight log", "Validation findings", "Model summary",
			"Profile against the total", "Jobs-to-be-Done and needs", "Membership rules", "Goals", "Challenges",
			"Motivations", "Barriers", "Questions along the journey", "How the organisation supports it", "Audience",
			"Perspective", "Target behaviour", "Share", "Size", "Values", "Members", "Stands out against the total",
			"Character", "of the audience", "Summary", "Segment sizes", "Profiles", "Assignments", "Member segments",
			"Segment tree", "Persona board", "Value-community map", "Buying-centre map", "Jobs to be done", "Channels");

	/** How the English progress lines on standard error begin. */
	private static final List<String> ENGLISH_PROGRESS = List.of("Loading ", "Checking ", "Drawing ", "Reading ",
			"Writing ", "Done: ");

	@TempDir
	Path folder;

	/** What a report in one language must show. */
	private record Expected(String language, List<String> sections, List<String> labels, List<String> numbers,
			List<String> sheets) {
	}

	private static final Expected DANISH = new Expected("da",
			List.of("Indhold", "Overblik", "Segmentering: Values segmentation 2026", "Værdifællesskaber",
					"Indsigtslog", "Valideringsfund", "Modellen i tal"), List.of("Målgruppe", "Personaer", "Andel"),
			// Balance Seekers: 1,056 people, 22% of the audience; the survey's 4,800 answers of 30 January 2026
			List.of("1.056", "22,0\u00a0%", "4.800", "30. januar 2026", "3. december 2025"),
			List.of("Oversigt", "Segmentstørrelser", "Profiler", "Tildelinger", "Indsigtslog"));
	private static final Expected SWEDISH = new Expected("sv",
			List.of("Innehåll", "Översikt", "Segmentering: Values segmentation 2026", "Värdegemenskaper",
					"Insiktslogg", "Valideringsresultat", "Modellen i siffror"), List.of("Målgrupp", "Personor", "Andel"),
			List.of("1\u00a0056", "22,0\u00a0%", "4\u00a0800", "30 januari 2026", "3 december 2025"),
			List.of("Sammanfattning", "Segmentstorlekar", "Profiler", "Tilldelningar", "Insiktslogg"));
	private static final Expected FINNISH = new Expected("fi",
			List.of("Sisällys", "Yleiskuva", "Segmentointi: Values segmentation 2026", "Arvoyhteisöt",
					"Oivallusloki", "Validoinnin havainnot", "Malli lukuina"), List.of("Kohderyhmä", "Persoonat", "Osuus"),
			List.of("1\u00a0056", "22,0\u00a0%", "4\u00a0800", "30. tammikuuta 2026", "3. joulukuuta 2025"),
			List.of("Yhteenveto", "Segmenttien koot", "Profiilit", "Segmenttijako", "Oivallusloki"));

	@Test
	void danishReport() throws Exception {
		check(DANISH, report("--language", "da"));
	}

	@Test
	void swedishReport() throws Exception {
		check(SWEDISH, report("--language", "sv"));
	}

	@Test
	void finnishReport() throws Exception {
		check(FINNISH, report("--language", "fi"));
	}

	@Test
	void theModelsLanguageChoosesTheReportsLanguage() throws Exception {
		Path model = Examples.modelInLanguage("da", folder, "danish.segmentation");
		ReportRun run = ReportRun.run(folder, model.toString(), "--out", "da", "--formats", "html");
		assertEquals(0, run.exitCode(), run.err());
		String html = Files.readString(folder.resolve("da/report.html"), StandardCharsets.UTF_8);
		assertTrue(html.contains("<html lang=\"da\">"));
		assertTrue(headings(html).contains("Overblik"), headings(html).toString());
		// and --language overrides the model's
		run = ReportRun.run(folder, model.toString(), "--out", "en", "--formats", "html", "--language", "en");
		assertEquals(0, run.exitCode(), run.err());
		assertTrue(headings(Files.readString(folder.resolve("en/report.html"), StandardCharsets.UTF_8))
				.contains("Overview"));
	}

	/**
	 * The size × potential chart's line at 5 marks the middle of the potential scale, not an average:
	 * words of each language that say so ("middel potentiale" is neither Danish nor true).
	 */
	@ParameterizedTest
	@CsvSource({ "da,midt på skalaen,middel potentiale", "sv,mitt på skalan,medelpotential",
			"fi,asteikon keskikohta,keskitason potentiaali" })
	void theMiddleOfThePotentialScaleReadsAsTheLanguageSaysIt(String language, String guide, String old)
			throws Exception {
		ReportRun run = ReportRun.run(folder, Examples.model().toString(), "--out", language, "--formats", "html",
				"--language", language);
		assertEquals(0, run.exitCode(), run.err());
		String html = Files.readString(folder.resolve(language).resolve("report.html"), StandardCharsets.UTF_8);
		// one line on each segmentation's chart
		assertEquals(2, html.split(Pattern.quote(">" + guide + "<"), -1).length - 1, guide);
		assertFalse(html.contains(old), old);
	}

	/** A model that cannot be read is refused in the language asked for; before it is read that is all there is. */
	@ParameterizedTest
	@CsvSource({ "da,filen findes ikke", "sv,filen finns inte", "fi,tiedostoa ei ole olemassa", "en,no such file" })
	void aMissingModelIsRefusedInTheLanguageAskedFor(String language, String reason) {
		Path missing = folder.resolve("nowhere.segmentation");
		ReportRun run = ReportRun.run(folder, missing.toString(), "--out", "x", "--language", language);
		assertEquals(2, run.exitCode());
		assertTrue(run.err().contains(missing + ": " + reason), run.err());
	}

	/** What the command says besides its progress is in the report's language too. */
	@Test
	void aFailedFormatAndACancelledReportAreReportedInTheLanguage() {
		ReportRun run = ReportRun.run(folder, Examples.model().toString(), "--out", "out", "--formats", "broken,json",
				"--language", "da");
		assertEquals(1, run.exitCode(), run.err());
		assertTrue(run.err().contains("segmenta report: rapporten i Broken mislykkedes og er ikke skrevet: "), run.err());
		assertFalse(run.err().contains("failed and was not written"), run.err());

		ReportRun cancelled = ReportRun.cancelled(folder, Examples.model().toString(), "--out", "stopped", "--formats",
				"html", "--language", "sv");
		assertEquals(1, cancelled.exitCode(), cancelled.err());
		assertTrue(cancelled.err().contains("segmenta report: avbruten; ingen fil i " + folder.resolve("stopped")
				+ " har skrivits eller ersatts"), cancelled.err());
	}

	@Test
	void anUnknownLanguageIsUnusableInput() {
		ReportRun run = ReportRun.run(folder, Examples.model().toString(), "--out", "x", "--language", "de");
		assertEquals(2, run.exitCode());
		assertTrue(run.err().contains("--language") && run.err().contains("da, sv, fi"), run.err());
		assertFalse(Files.exists(folder.resolve("x/report.html")));
	}

	private Path report(String... language) {
		List<String> words = new ArrayList<>(List.of(Examples.model().toString(), "--out", "out", "--formats",
				"html,pdf,pptx,xlsx"));
		words.addAll(Arrays.asList(language));
		ReportRun run = ReportRun.run(folder, words.toArray(String[]::new));
		assertEquals(0, run.exitCode(), run.err());
		if (language.length > 0 && !language[language.length - 1].equals("en")) {
			// the progress lines speak the report's language too: "[ 30%] Skriver PDF"
			for (String line : run.err().lines().toList()) {
				String step = line.replaceFirst("^\\[\\s*\\d+%\\]\\s*", "");
				assertFalse(ENGLISH_PROGRESS.stream().anyMatch(step::startsWith), "English progress: " + line);
			}
		}
		return folder.resolve("out");
	}

	private static void check(Expected expected, Path out) throws Exception {
		String html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
		assertTrue(html.contains("<html lang=\"" + expected.language() + "\">"));
		List<String> headings = headings(html);
		for (String heading : expected.sections()) {
			assertTrue(headings.contains(heading), heading + " in " + headings);
		}
		for (String label : expected.labels()) {
			assertTrue(headings.contains(label), label + " in " + headings);
		}
		noEnglish("HTML heading or label", headings);
		String text = html.replaceAll("<[^>]+>", " ");
		expected.numbers().forEach(n -> assertTrue(text.contains(n), "HTML: " + n));

		try (PDDocument pdf = Loader.loadPDF(out.resolve("report.pdf").toFile())) {
			List<String> lines = List.of(new PDFTextStripper().getText(pdf).split("\\R"));
			for (String heading : expected.sections()) {
				assertTrue(lines.stream().anyMatch(l -> l.strip().equals(heading)), "PDF: " + heading);
			}
			noEnglish("PDF line", lines);
			// a table cell may wrap a date; NBSP in numbers is not white space here
			String all = String.join("\n", lines).replaceAll("[ \\t\\r\\n]+", " ");
			expected.numbers().forEach(n -> assertTrue(all.contains(n), "PDF: " + n));
			assertEquals(expected.language(), pdf.getDocumentCatalog().getLanguage());
		}

		List<String> paragraphs = DeckParagraphs.of(out.resolve("report.pptx"));
		assertTrue(paragraphs.contains(expected.sections().get(3)), "PPTX: " + expected.sections().get(3));
		noEnglish("PPTX paragraph", paragraphs.stream().map(p -> p.replaceAll("^\\d+\\s+", "")).toList());
		assertTrue(paragraphs.stream().anyMatch(p -> p.contains(expected.numbers().get(0))), "PPTX: size");

		try (InputStream in = Files.newInputStream(out.resolve("report.xlsx")); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			List<String> sheets = new ArrayList<>();
			for (Sheet sheet : workbook) {
				sheets.add(sheet.getSheetName());
			}
			assertEquals(expected.sheets(), sheets);
		}
	}

	/** The texts of the HTML's headings, table headers and fact labels. */
	private static List<String> headings(String html) {
		List<String> headings = new ArrayList<>();
		Matcher matcher = Pattern.compile("<(h[1-6]|th|dt)\\b[^>]*>(.*?)</\\1>", Pattern.DOTALL).matcher(html);
		while (matcher.find()) {
			headings.add(matcher.group(2).replaceAll("<[^>]+>", "").replace("&amp;", "&").strip());
		}
		return headings;
	}

	private static void noEnglish(String where, List<String> texts) {
		for (String text : texts) {
			String stripped = text.strip();
			for (String english : ENGLISH_HEADINGS) {
				// compared ignoring case: a diagram's compartment headings are capitals
				boolean english2 = english.endsWith(":") ? stripped.startsWith(english) : stripped.equalsIgnoreCase(english);
				assertFalse(english2, where + " in English: '" + stripped + "'");
			}
		}
	}
}

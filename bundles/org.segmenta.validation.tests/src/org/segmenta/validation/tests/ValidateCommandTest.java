/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.segmenta.cli.CommandContext;
import org.segmenta.cli.UsageException;
import org.segmenta.model.Identified;
import org.segmenta.model.Project;
import org.segmenta.model.persistence.SegmentationFiles;
import org.segmenta.tests.support.Examples;
import org.segmenta.tests.support.JsonFiles;
import org.segmenta.tests.support.TestData;
import org.segmenta.validation.Finding;
import org.segmenta.validation.Severity;
import org.segmenta.validation.ValidationReport;
import org.segmenta.validation.ValidationRule;
import org.segmenta.validation.internal.ValidateCommand;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** {@code ./segmenta validate}: formats, exit codes, settings and unusable input. */
class ValidateCommandTest {

	@TempDir
	Path folder;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	/** Runs the command as the launcher does: a usage exception is exit code 2 with its message on stderr. */
	private int run(String... words) {
		PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
		try {
			return new ValidateCommand(Fixtures.EXAMPLE_CLOCK).execute(new CommandContext(Arrays.asList(words),
					new PrintStream(out, true, StandardCharsets.UTF_8), errStream, folder, new NullProgressMonitor()));
		} catch (UsageException e) {
			errStream.println("segmenta validate: " + e.getMessage());
			return 2;
		}
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	private Path exampleCopy() throws Exception {
		return Examples.modelCopy(folder);
	}

	@Test
	void textHasOneLinePerFinding() throws Exception {
		ValidationReport expected = Fixtures.validate(Fixtures.loadExample());

		assertEquals(0, run(Examples.model().toString()), err());

		List<String> lines = out().lines().toList();
		assertEquals(expected.findings().size(), lines.size(), out());
		Set<String> ruleIds = Fixtures.rules().rules().stream().map(ValidationRule::id).collect(Collectors.toSet());
		for (int i = 0; i < lines.size(); i++) {
			String[] fields = lines.get(i).split("\t");
			Finding finding = expected.findings().get(i);
			assertEquals(List.of(finding.severity().name(), finding.ruleId(), finding.path(), finding.getMessage()),
					List.of(fields), lines.get(i));
			assertTrue(ruleIds.contains(fields[1]), fields[1]);
		}
		assertTrue(err().contains("0 errors, 2 warnings"), err());
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "en|0 errors, 2 warnings \\(\\d+ rules\\)", "da|0 fejl, 2 advarsler \\(\\d+ regler\\)",
			"sv|0 fel, 2 varningar \\(\\d+ regler\\)", "fi|0 virhettä, 2 varoitusta \\(\\d+ sääntöä\\)" })
	void theSummaryLineIsInTheLanguageOfTheFindings(String language, String summary) throws Exception {
		assertEquals(0, run(Examples.model().toString(), "--language", language), err());
		String line = err().lines().filter(candidate -> candidate.startsWith(Examples.model().toString() + ": ")).findFirst().orElse(err());
		assertTrue(line.matches(".*: " + summary), line);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"en|Project 'Two primaries' marks 2 segmentations as primary ('First' and 'Second'); keep exactly one.",
			"da|Projektet 'Two primaries' markerer 2 segmenteringer som primære ('First' og 'Second'); behold præcis én.",
			"sv|Projektet 'Two primaries' markerar 2 segmenteringar som primära ('First' och 'Second'); behåll exakt en.",
			"fi|Projektissa 'Two primaries' on 2 ensisijaiseksi merkittyä segmentointia ('First' ja 'Second');"
					+ " jätä ensisijaiseksi vain yksi." })
	void validateWritesTheLanguageItIsGiven(String language, String message) throws Exception {
		Path model = TestData.copy(ValidateCommandTest.class, "with-errors.segmentation", folder);
		assertEquals(1, run(model.toString(), "--language", language), err());
		assertEquals(List.of("ERROR\tsegmenta.primary.exactlyOne\tTwo primaries\t" + message), out().lines().toList());
	}

	/** CI output stays the same on every machine and for every model: a Danish model's findings are English. */
	@Test
	void validateIsEnglishWithoutALanguage() throws Exception {
		Project project = Fixtures.loadExample();
		project.setLanguage("da");
		Path model = folder.resolve("danish.segmentation");
		SegmentationFiles.save(project, model);
		List<String> english = Fixtures.validate(SegmentationFiles.load(model)).findings().stream()
				.map(Finding::getMessage).toList();
		assertFalse(english.isEmpty());

		assertEquals(0, run(model.toString()), err());

		assertEquals(english, out().lines().map(line -> line.split("\t")[3]).toList());
	}

	@Test
	void anUnknownLanguageIsUnusableInput() throws Exception {
		Path model = TestData.copy(ValidateCommandTest.class, "with-errors.segmentation", folder);
		assertEquals(2, run(model.toString(), "--language", "de"));
		assertTrue(err().contains("--language") && err().contains("en, da, sv, fi"), err());
		assertEquals("", out());
	}

	@Test
	void warningsFailOnlyWhenStrict() throws Exception {
		assertEquals(0, run(Examples.model().toString()));
		assertEquals(1, run(Examples.model().toString(), "--strict"));
	}

	@Test
	void errorsExitOne() throws Exception {
		Path model = TestData.copy(ValidateCommandTest.class, "with-errors.segmentation", folder);
		assertEquals(1, run(model.toString()), err());
		assertEquals(List.of("ERROR\tsegmenta.primary.exactlyOne\tTwo primaries\tProject 'Two primaries' marks 2"
				+ " segmentations as primary ('First' and 'Second'); keep exactly one."), out().lines().toList());
	}

	@Test
	void jsonReportHoldsEveryFindingOnALineOfItsOwn() throws Exception {
		ValidationReport expected = Fixtures.validate(Fixtures.loadExample());
		Path report = folder.resolve("reports/validation.json");

		assertEquals(0, run(Examples.model().toString(), "--format", "json", "--out", report.toString()), err());

		JsonObject json = JsonFiles.object(report);
		assertEquals(List.of("model", "errors", "warnings", "infos", "findings"), JsonFiles.names(json));
		assertEquals(Examples.model().toString(), JsonFiles.string(json, "model"));
		JsonFiles.assertInteger(expected.count(Severity.ERROR), json.get("errors"), "errors");
		JsonFiles.assertInteger(2, json.get("warnings"), "warnings");
		JsonFiles.assertInteger(expected.count(Severity.INFO), json.get("infos"), "infos");
		JsonArray findings = JsonFiles.array(json, "findings");
		assertEquals(expected.findings().size(), findings.size());
		// one finding a line, so that a script can grep the report
		List<String> lines = Files.readAllLines(report, StandardCharsets.UTF_8).stream()
				.filter(line -> line.startsWith("    {")).toList();
		assertEquals(expected.findings().size(), lines.size(), Files.readString(report));
		for (int i = 0; i < findings.size(); i++) {
			JsonObject finding = findings.get(i).getAsJsonObject();
			Finding want = expected.findings().get(i);
			assertEquals(List.of("severity", "rule", "element", "elementId", "message"), JsonFiles.names(finding));
			assertEquals(want.severity().word(), JsonFiles.string(finding, "severity"));
			assertEquals(want.ruleId(), JsonFiles.string(finding, "rule"));
			assertEquals(want.path(), JsonFiles.string(finding, "element"));
			assertEquals(want.element() instanceof Identified identified ? identified.getId() : null,
					JsonFiles.string(finding, "elementId"));
			assertEquals(want.getMessage(), JsonFiles.string(finding, "message"));
			assertEquals(finding, JsonFiles.object(lines.get(i).replaceFirst(",$", ""), "line " + i));
		}
	}

	@Test
	void jsonEscapesQuotesAndLineBreaksInNames() throws Exception {
		Path model = TestData.copy(ValidateCommandTest.class, "with-errors.segmentation", folder);
		Files.writeString(model, Files.readString(model).replace("name=\"First\"",
				"name=\"The &quot;first&quot;&#10;&lt;ø&gt; &amp; 'Åbyhøj'\""));
		assertEquals(1, run(model.toString(), "--format", "json"), err());
		JsonObject finding = JsonFiles.array(JsonFiles.object(out(), "the json report"), "findings").get(0)
				.getAsJsonObject();
		assertTrue(JsonFiles.string(finding, "message").contains("('The \"first\"\n<ø> & 'Åbyhøj'' and 'Second')"),
				out());
		assertTrue(out().contains("The \\\"first\\\"\\n<ø> & 'Åbyhøj'"), "only quotes and line breaks escaped: " + out());
	}

	@Test
	void junitReportParsesAndCountsFindings() throws Exception {
		ValidationReport expected = Fixtures.validate(Fixtures.loadExample());
		Path report = folder.resolve("reports/validation.xml");

		assertEquals(0, run(Examples.model().toString(), "--format", "junit", "--out", report.toString()), err());
		assertEquals("", out());

		Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
				.parse(new InputSource(new StringReader(Files.readString(report))));
		Element root = xml.getDocumentElement();
		assertEquals("testsuites", root.getTagName());
		NodeList suites = root.getElementsByTagName("testsuite");
		assertEquals(expected.rulesRun().size(), suites.getLength());
		NodeList cases = root.getElementsByTagName("testcase");
		assertEquals(Integer.parseInt(root.getAttribute("tests")), cases.getLength());
		// a passing case per rule without findings, one case per finding
		long rulesWithFindings = expected.findings().stream().map(Finding::ruleId).distinct().count();
		assertEquals(expected.rulesRun().size() - rulesWithFindings + expected.findings().size(), cases.getLength());
		assertEquals(0, root.getElementsByTagName("failure").getLength());
		NodeList skipped = root.getElementsByTagName("skipped");
		assertEquals(expected.findings().size(), skipped.getLength());
		assertEquals(expected.findings().get(0).getMessage(), ((Element) skipped.item(0)).getAttribute("message"));
		assertEquals(expected.findings().get(0).path(),
				((Element) skipped.item(0).getParentNode()).getAttribute("name"));
		assertEquals(List.of("validation.xml"), Files.list(report.getParent()).map(p -> p.getFileName().toString())
				.toList(), "only the report, no temporary file, is left");
	}

	@Test
	void junitMakesErrorsFailuresAndStrictWarningsToo() throws Exception {
		assertEquals(1, run(TestData.copy(ValidateCommandTest.class, "with-errors.segmentation", folder).toString(), "--format", "junit"));
		Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
				.parse(new InputSource(new StringReader(out())));
		assertEquals(1, xml.getElementsByTagName("failure").getLength());
		assertEquals("1", xml.getDocumentElement().getAttribute("failures"));

		out.reset();
		assertEquals(1, run(Examples.model().toString(), "--format", "junit", "--strict"));
		xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(out())));
		assertEquals(2, xml.getElementsByTagName("failure").getLength());
		assertEquals(0, xml.getElementsByTagName("skipped").getLength());
	}

	@Test
	void malformedModelIsUnusableInput() throws Exception {
		Path model = TestData.copy(ValidateCommandTest.class, "truncated.segmentation", folder);
		assertEquals(2, run(model.toString()));
		assertTrue(err().contains(model + ":"), err());
		assertEquals("", out());
	}

	@Test
	void missingModelIsUnusableInput() {
		assertEquals(2, run("nowhere.segmentation"));
		assertTrue(err().contains(folder.resolve("nowhere.segmentation") + ": no such file"), err());
	}

	/** With --language the refusal is in the language of the findings, as the summary is. */
	@Test
	void missingModelIsRefusedInTheLanguageAskedFor() {
		assertEquals(2, run("nowhere.segmentation", "--language", "sv"));
		assertTrue(err().contains(folder.resolve("nowhere.segmentation") + ": filen finns inte"), err());
		assertFalse(err().contains("no such file"), err());
	}

	@Test
	void badArgumentsAreUnusableInput() throws Exception {
		assertEquals(2, run(Examples.model().toString(), "--format", "yaml"));
		assertTrue(err().contains("unknown --format 'yaml'; use text, json or junit"), err());
		assertEquals(2, run());
		assertTrue(err().contains("missing MODEL file"), err());
	}

	@Test
	void settingsBesideTheModelApply() throws Exception {
		Path model = exampleCopy();
		Path settings = folder.resolve(".settings/org.segmenta.validation.prefs");
		Files.createDirectories(settings.getParent());
		Files.writeString(settings, """
				eclipse.preferences.version=1
				segmenta.insight.stale.severity=error
				segmenta.insight.stale.maxAgeDays=400
				""");
		assertEquals(1, run(model.toString()), err());
		assertEquals(List.of("ERROR\tsegmenta.insight.stale\tParents choose evenings at home over courses"),
				out().lines().map(l -> l.substring(0, l.lastIndexOf('\t'))).toList());
	}

	@Test
	void badSettingsAreUnusableInputNamingFileAndKey() throws Exception {
		Path model = exampleCopy();
		Path settings = folder.resolve(".settings/org.segmenta.validation.prefs");
		Files.createDirectories(settings.getParent());
		Files.writeString(settings, "segmenta.insight.stale.maxAgeDays=a year\n");
		assertEquals(2, run(model.toString()));
		assertTrue(err().contains(settings + ": key 'segmenta.insight.stale.maxAgeDays': expected a number, got 'a year'"),
				err());
		assertEquals("", out());
	}

	@Test
	void reportFileIsReplacedWhole() throws Exception {
		Path report = folder.resolve("findings.txt");
		Files.writeString(report, "old report that is much longer than the new one\n".repeat(100));
		assertEquals(0, run(Examples.model().toString(), "--out", report.toString()));
		assertEquals(2, Files.readAllLines(report).size());
		assertFalse(Files.readString(report).contains("old report"));
	}
}

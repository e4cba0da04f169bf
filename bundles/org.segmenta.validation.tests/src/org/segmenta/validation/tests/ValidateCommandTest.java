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
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.cli.CommandContext;
import org.segmenta.cli.UsageException;
import org.segmenta.tests.support.Examples;
import org.segmenta.tests.support.TestData;
import org.segmenta.validation.Finding;
import org.segmenta.validation.ValidationReport;
import org.segmenta.validation.ValidationRule;
import org.segmenta.validation.internal.ValidateCommand;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

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
	void jsonReportParses() throws Exception {
		ValidationReport expected = Fixtures.validate(Fixtures.loadExample());

		assertEquals(0, run(Examples.model().toString(), "--format", "json"), err());

		@SuppressWarnings("unchecked")
		Map<String, Object> json = (Map<String, Object>) Json.parse(out());
		assertEquals(Examples.model().toString(), json.get("model"));
		assertEquals(0.0, json.get("errors"));
		assertEquals(2.0, json.get("warnings"));
		List<?> findings = (List<?>) json.get("findings");
		assertEquals(expected.findings().size(), findings.size());
		for (int i = 0; i < findings.size(); i++) {
			Map<?, ?> finding = (Map<?, ?>) findings.get(i);
			Finding want = expected.findings().get(i);
			assertEquals(want.severity().word(), finding.get("severity"));
			assertEquals(want.ruleId(), finding.get("rule"));
			assertEquals(want.path(), finding.get("element"));
			assertEquals(want.getMessage(), finding.get("message"));
			assertTrue(String.valueOf(finding.get("elementId")).startsWith("ins-"), finding.toString());
		}
	}

	@Test
	void jsonEscapesQuotesAndLineBreaksInNames() throws Exception {
		Path model = TestData.copy(ValidateCommandTest.class, "with-errors.segmentation", folder);
		Files.writeString(model, Files.readString(model).replace("name=\"First\"", "name=\"The &quot;first&quot;&#10;one\""));
		assertEquals(1, run(model.toString(), "--format", "json"), err());
		Map<?, ?> finding = (Map<?, ?>) ((List<?>) ((Map<?, ?>) Json.parse(out())).get("findings")).get(0);
		assertTrue(((String) finding.get("message")).contains("('The \"first\"\none' and 'Second')"), out());
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

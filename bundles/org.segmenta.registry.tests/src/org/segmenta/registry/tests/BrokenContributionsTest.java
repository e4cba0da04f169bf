/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.registry.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.analysis.AnalyserRegistry;
import org.segmenta.analysis.SegmentationMethod;
import org.segmenta.cli.internal.CommandLauncher;
import org.segmenta.diagram.DiagramKinds;
import org.segmenta.diagram.DiagramService;
import org.segmenta.model.Project;
import org.segmenta.model.persistence.SegmentationFiles;
import org.segmenta.report.ReportFindings;
import org.segmenta.report.internal.ReportContributions;
import org.segmenta.tests.support.Examples;
import org.segmenta.validation.RuleCatalog;
import org.segmenta.validation.SegmentationValidator;
import org.segmenta.validation.Severity;
import org.segmenta.validation.ValidationReport;
import org.segmenta.validation.ValidationRule;
import org.segmenta.validation.ValidationSettings;

/**
 * This plug-in's broken contributions (plugin.xml) to each extension point: each is logged with the
 * plug-in's name and skipped, and validation, reports, diagrams and commands go on with the rest.
 */
class BrokenContributionsTest {

	private static final String SELF = "org.segmenta.registry.tests";

	@TempDir
	Path folder;

	private final IExtensionRegistry registry = Platform.getExtensionRegistry();
	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void brokenRulesAreLoggedAndTheOthersValidate() throws Exception {
		List<String> problems = new ArrayList<>();
		RuleCatalog catalog = RuleCatalog.fromExtensions(registry, problems::add);

		assertEquals(4, problems.size(), problems.toString());
		assertTrue(problems.get(0).startsWith(SELF + ": rule class " + SELF + ".NoSuchRule cannot be created ("), problems.get(0));
		assertTrue(problems.get(0).endsWith("); it is ignored"), problems.get(0));
		assertEquals(List.of(
				SELF + ": rule class " + SELF + ".NotAContribution does not implement " + ValidationRule.class.getName()
						+ "; it is ignored",
				SELF + ": rule in " + RuleCatalog.EXTENSION_POINT + " has no 'class' attribute; it is ignored",
				SELF + ": rule id '" + NamedProjectRule.ID + "' is already contributed by " + SELF
						+ "; the second contribution is ignored"),
				problems.subList(1, 4));
		problems.forEach(problem -> Eventually.logged(SELF, problem));
		assertEquals(problems, catalog.problems());

		// every other plug-in's rule is there, and this plug-in's working one once
		Set<String> expected = classesContributedByOthers(RuleCatalog.EXTENSION_POINT, "rule");
		expected.add(NamedProjectRule.class.getName());
		assertEquals(expected, catalog.rules().stream().map(rule -> rule.getClass().getName()).collect(Collectors.toSet()));

		// the shared catalog reads the same, and the validate command runs with it, printing the problems
		assertEquals(problems, RuleCatalog.getDefault().problems());
		Project project = SegmentationFiles.load(Examples.model());
		ValidationReport report = new SegmentationValidator(ValidationSettings.forModel(Examples.model(), catalog),
				Clock.systemDefaultZone()).validate(project);
		int exitCode = run("validate", Examples.model().toString());
		assertEquals(report.fails(false) ? 1 : 0, exitCode, err());
		assertTrue(err().contains(String.format("%d errors, %d warnings (%d rules)", report.count(Severity.ERROR),
				report.count(Severity.WARNING), report.rulesRun().size())), err());
		for (String problem : problems) {
			assertTrue(err().contains("segmenta validate: " + problem), err());
		}
	}

	@Test
	void brokenAnalysersAreLoggedAndTheOthersRemain() {
		List<String> problems = new ArrayList<>();
		AnalyserRegistry analysers = AnalyserRegistry.fromExtensions(registry, problems::add);

		assertEquals(List.of(
				SELF + ": analyser id 'twice' is already contributed by " + SELF + "; the second contribution is ignored",
				SELF + ": analyser in " + AnalyserRegistry.EXTENSION_POINT + " has no 'name' attribute; it is ignored"),
				problems);
		problems.forEach(problem -> Eventually.logged(SELF, problem));
		assertEquals("First", analysers.find("twice").orElseThrow().name());
		assertTrue(analysers.find("nameless").isEmpty());
		List<String> others = Arrays.stream(registry.getConfigurationElementsFor(AnalyserRegistry.EXTENSION_POINT))
				.filter(byOthers()).map(element -> element.getAttribute("id")).toList();
		assertTrue(analysers.ids().containsAll(others), analysers.ids() + " lacks some of " + others);
		assertEquals(others.size() + 1, analysers.ids().size(), analysers.ids().toString());

		// the class is loaded on first use: the wrong type is a clear error then, not a ClassCastException
		CoreException wrongType = assertThrows(CoreException.class, () -> analysers.find("twice").orElseThrow().create());
		assertEquals("analyser class " + SELF + ".NotAContribution does not implement "
				+ SegmentationMethod.class.getName(), wrongType.getMessage());
		assertEquals(analysers.ids(), AnalyserRegistry.getDefault().ids());
	}

	@Test
	void brokenCommandsAreLoggedAndTheOthersRun() throws Exception {
		assertEquals(0, run("--help"));
		assertTrue(out().contains("info MODEL"), out());
		assertTrue(out().contains("validate MODEL"), out());
		assertTrue(out().contains("twice FIRST"), out());
		assertFalse(out().contains("twice SECOND"), out());
		assertFalse(out().contains("classless"), out());
		Eventually.logged(SELF, SELF + ": command in org.segmenta.cli.commands has no 'class' attribute; it is ignored");
		Eventually.logged(SELF, SELF + ": command 'twice' is already contributed by " + SELF
				+ "; the second contribution is ignored");

		assertEquals(2, run("classless"));
		assertTrue(err().contains("unknown command 'classless'"), err());
		assertEquals(2, run("not-a-command"));
		assertTrue(err().contains("segmenta not-a-command: the command could not be started: command class " + SELF
				+ ".NotAContribution does not implement org.segmenta.cli.Command"), err());

		assertEquals(0, run("info", Examples.model().toString()), err());
		assertTrue(out().contains(SegmentationFiles.load(Examples.model()).getName()), out());
	}

	@Test
	void failingReportSourcesAreLoggedAndTheReportIsWrittenWithTheOthers() throws Exception {
		Project project = SegmentationFiles.load(Examples.model());
		List<String> problems = new ArrayList<>();
		ReportContributions contributions = ReportContributions.getDefault();

		ReportFindings findings = contributions.findings(project, problems::add);
		assertEquals(List.of("Model validation"), findings.sources());
		assertFalse(findings.findings().isEmpty(), "the example has validation findings");
		assertEquals(2, problems.size(), problems.toString());
		assertEquals(SELF + ": source class " + SELF + ".ThrowingFindings failed (" + ThrowingFindings.FAILURE
				+ "); its findings are left out of the report", problems.get(0));
		assertTrue(problems.get(1).startsWith(SELF + ": source class " + SELF + ".NoSuchFindings cannot be created ("),
				problems.get(1));
		problems.clear();
		assertEquals(List.of(), contributions.figures(project, Examples.model(), problems::add));
		assertEquals(List.of(SELF + ": source class " + SELF + ".ThrowingFigures failed (" + ThrowingFindings.FAILURE
				+ "); its figures are left out of the report"), problems);
		problems.forEach(problem -> Eventually.logged(SELF, problem));

		Path report = folder.resolve("report");
		assertEquals(0, run("report", Examples.model().toString(), "--out", report.toString(), "--formats", "html"), err());
		String html = Files.readString(report.resolve("report.html"), StandardCharsets.UTF_8);
		assertTrue(html.contains("From Model validation:"), "the validation findings are in the report");
		assertTrue(err().contains("segmenta report: " + SELF + ": source class " + SELF + ".ThrowingFindings failed"), err());
		assertTrue(err().contains("segmenta report: " + SELF + ": source class " + SELF + ".ThrowingFigures failed"), err());
	}

	@Test
	void brokenDiagramContributionsAreLoggedAndTheKindsRemain() {
		List<String> problems = new ArrayList<>();
		DiagramKinds kinds = DiagramKinds.fromExtensions(registry, problems::add);

		assertEquals(3, problems.size(), problems.toString());
		assertTrue(problems.get(0).startsWith(SELF + ": platform:/plugin/" + SELF + "/data/no-such.diagramdescription: "),
				problems.get(0));
		assertTrue(problems.get(0).endsWith("; the kind is left out"), problems.get(0));
		assertEquals(List.of(
				SELF + ": unknown element 'palette' in " + DiagramKinds.EXTENSION_POINT + "; it is ignored",
				SELF + ": service class " + SELF + ".NotAContribution does not implement "
						+ DiagramService.class.getName() + "; it is ignored"),
				problems.subList(1, 3));
		problems.forEach(problem -> Eventually.logged(SELF, problem));

		long contributedKinds = Arrays.stream(registry.getConfigurationElementsFor(DiagramKinds.EXTENSION_POINT))
				.filter(byOthers()).filter(element -> element.getName().equals("description")).count();
		assertEquals(contributedKinds, kinds.all().size());
		assertNotNull(kinds.service("overlapsOnce"));
		assertNull(kinds.service("registry-tests"));
		assertEquals(kinds.all().size(), DiagramKinds.getDefault().all().size());
	}

	private Set<String> classesContributedByOthers(String extensionPoint, String elementName) {
		return Arrays.stream(registry.getConfigurationElementsFor(extensionPoint)).filter(byOthers())
				.filter(element -> element.getName().equals(elementName)).map(element -> element.getAttribute("class"))
				.collect(Collectors.toCollection(HashSet::new));
	}

	private static Predicate<IConfigurationElement> byOthers() {
		return element -> !element.getContributor().getName().equals(SELF);
	}

	private int run(String... words) {
		out.reset();
		err.reset();
		return new CommandLauncher(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), folder).run(Arrays.asList(words));
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}
}

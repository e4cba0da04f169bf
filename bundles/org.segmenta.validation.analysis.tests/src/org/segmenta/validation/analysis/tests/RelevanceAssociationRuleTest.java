/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.validation.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Constants;
import org.segmenta.cli.Command;
import org.segmenta.cli.CommandContext;
import org.segmenta.model.Project;
import org.segmenta.model.Segment;
import org.segmenta.model.Segmentation;
import org.segmenta.model.Variable;
import org.segmenta.model.persistence.SegmentationFiles;
import org.segmenta.tests.support.Examples;
import org.segmenta.validation.Finding;
import org.segmenta.validation.RuleCatalog;
import org.segmenta.validation.RuleParameter;
import org.segmenta.validation.SegmentationValidator;
import org.segmenta.validation.SettingsException;
import org.segmenta.validation.Severity;
import org.segmenta.validation.ValidationRule;
import org.segmenta.validation.ValidationSettings;

/**
 * {@code segmenta.relevant.association}, contributed by this bridge through the validation rules
 * extension point: the same id, severity, parameter and messages as when validation held it, found
 * by the validator and by {@code ./segmenta validate}.
 */
class RelevanceAssociationRuleTest {

	private static final String RULE = "segmenta.relevant.association";

	@TempDir
	Path folder;

	private Project project;
	private Segmentation values;

	@BeforeEach
	void loadExample() throws Exception {
		project = SegmentationFiles.load(Examples.model());
		values = project.getPrimarySegmentation();
	}

	private static RuleCatalog rules() {
		return RuleCatalog.fromExtensions(Platform.getExtensionRegistry(), problem -> {
			throw new AssertionError(problem);
		});
	}

	private List<Finding> findings(Map<String, String> settings) throws SettingsException {
		ValidationSettings of = ValidationSettings.of(settings, rules(), "test settings");
		return new SegmentationValidator(of, Clock.systemUTC()).validate(project).findingsOf(RULE);
	}

	@Test
	void contributedByTheBridgeUnchanged() {
		ValidationRule rule = rules().find(RULE).orElseThrow();
		assertEquals(Severity.WARNING, rule.defaultSeverity());
		RuleParameter minCramersV = rule.parameters().get(0);
		assertEquals(List.of("minCramersV", 0.1, 0.0, 1.0), List.of(minCramersV.name(), minCramersV.defaultValue(),
				minCramersV.min(), minCramersV.max()));
		IConfigurationElement contribution = List
				.of(Platform.getExtensionRegistry().getConfigurationElementsFor(RuleCatalog.EXTENSION_POINT)).stream()
				.filter(element -> element.getAttribute("class").equals(rule.getClass().getName())).findFirst()
				.orElseThrow();
		assertEquals("org.segmenta.validation.analysis", contribution.getContributor().getName());
		String validationRequires = Platform.getBundle("org.segmenta.validation").getHeaders()
				.get(Constants.REQUIRE_BUNDLE);
		assertFalse(validationRequires.contains("org.segmenta.analysis"), validationRequires);
	}

	@Test
	void segmentsAssociatedWithTargetBehaviour() throws Exception {
		assertEquals(List.of(), findings(Map.of()));

		Variable renewed = values.getTargetBehaviour();
		for (Segment segment : values.getSegments()) {
			segment.getProfile().stream().filter(e -> e.getVariable() == renewed).forEach(e -> e.setSegmentValue(0.85));
		}
		List<Finding> found = findings(Map.of());
		assertEquals(1, found.size(), found.toString());
		Finding weak = found.get(0);
		assertSame(values, weak.element());
		assertEquals(Severity.WARNING, weak.severity());
		// counts are whole people, so equal shares leave a rounding trace
		assertTrue(weak.getMessage().startsWith("Segmentation 'Values segmentation 2026' hardly explains its"
				+ " target behaviour"), weak.getMessage());
		assertTrue(weak.getMessage().contains("Cramér's V 0.00"), weak.getMessage());
		assertTrue(weak.getMessage().contains("(minimum 0.100"), weak.getMessage());
		assertTrue(weak.getMessage().contains("n 4800"), weak.getMessage());
	}

	@Test
	void thresholdIsConfigurable() throws Exception {
		// the example's association is about 0.2: a stricter project flags it
		List<Finding> found = findings(Map.of(RULE + ".minCramersV", "0.3"));
		assertEquals(1, found.size(), found.toString());
		assertTrue(found.get(0).getMessage().matches("(?s).*Cramér's V 0\\.19\\d \\(minimum 0\\.300.*"),
				found.get(0).getMessage());

		SettingsException bad = assertThrows(SettingsException.class,
				() -> findings(Map.of(RULE + ".minCramersV", "1.5")));
		assertTrue(bad.getMessage().contains("key '" + RULE + ".minCramersV': expected a number from 0 to 1, got 1.5"),
				bad.getMessage());
	}

	@Test
	void validateCommandRunsTheRule() throws Exception {
		Path model = Examples.modelCopy(folder);
		Path settings = ValidationSettings.fileFor(model);
		Files.createDirectories(settings.getParent());
		Files.writeString(settings, RULE + ".minCramersV=0.3\n");
		IConfigurationElement validate = List
				.of(Platform.getExtensionRegistry().getConfigurationElementsFor("org.segmenta.cli.commands")).stream()
				.filter(element -> "validate".equals(element.getAttribute("name"))).findFirst().orElseThrow();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PrintStream err = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
		int exit = ((Command) validate.createExecutableExtension("class")).execute(new CommandContext(
				List.of(model.toString()), new PrintStream(out, true, StandardCharsets.UTF_8), err, folder,
				new NullProgressMonitor()));
		assertEquals(0, exit, "warnings only");
		String line = out.toString(StandardCharsets.UTF_8).lines().filter(l -> l.contains("\t" + RULE + "\t"))
				.findFirst().orElseThrow(() -> new AssertionError(out.toString(StandardCharsets.UTF_8)));
		assertTrue(line.startsWith("WARNING\t" + RULE + "\tValues segmentation 2026\t"), line);
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.validation.tests;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.Platform;
import org.segmenta.model.NamedElement;
import org.segmenta.model.Project;
import org.segmenta.model.persistence.SegmentationFiles;
import org.segmenta.tests.support.Examples;
import org.segmenta.validation.Finding;
import org.segmenta.validation.RuleCatalog;
import org.segmenta.validation.SegmentationValidator;
import org.segmenta.validation.SettingsException;
import org.segmenta.validation.ValidationReport;
import org.segmenta.validation.ValidationSettings;

/** The example model and validation with the rules of the running platform. */
final class Fixtures {

	/** The date the example's documented findings hold on; insight ages are measured to it. */
	static final LocalDate EXAMPLE_DATE = LocalDate.of(2026, 11, 22);

	static final Clock EXAMPLE_CLOCK = Clock.fixed(EXAMPLE_DATE.atStartOfDay(ZoneOffset.UTC).toInstant(),
			ZoneOffset.UTC);

	private Fixtures() {
	}

	/** A fresh copy of the example in memory, for a test to change. */
	static Project loadExample() throws IOException {
		return SegmentationFiles.load(Examples.model());
	}

	/** Every rule contributed to the running platform; contribution problems fail the test. */
	static RuleCatalog rules() {
		return RuleCatalog.fromExtensions(Platform.getExtensionRegistry(), problem -> {
			throw new AssertionError(problem);
		});
	}

	static ValidationReport validate(Project project) {
		return new SegmentationValidator(ValidationSettings.defaults(rules()), EXAMPLE_CLOCK).validate(project);
	}

	static ValidationReport validate(Project project, Map<String, String> settings) throws SettingsException {
		return new SegmentationValidator(ValidationSettings.of(settings, rules(), "test settings"), EXAMPLE_CLOCK)
				.validate(project);
	}

	static List<Finding> findings(Project project, String ruleId) {
		return validate(project).findingsOf(ruleId);
	}

	/** The findings one per line, for assertion messages. */
	static String describe(List<Finding> findings) {
		return findings.stream().map(Finding::toString).collect(Collectors.joining("\n", "\n", ""));
	}

	/** The element of {@code elements} with {@code name}. */
	static <T extends NamedElement> T named(List<T> elements, String name) {
		return elements.stream().filter(e -> name.equals(e.getName())).findFirst()
				.orElseThrow(() -> new AssertionError("no element named " + name));
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.segmenta.model.Project;
import org.segmenta.validation.Finding;
import org.segmenta.validation.ValidationReport;

/**
 * The example validates without errors. Its only findings are the deliberate ones documented in
 * examples/README.md: on {@link Fixtures#EXAMPLE_DATE} the two oldest insights are more than a
 * year old and flagged as stale.
 */
class ExampleModelTest {

	@Test
	void exampleHasOnlyTheDocumentedWarnings() throws Exception {
		Project project = Fixtures.loadExample();
		ValidationReport report = Fixtures.validate(project);

		List<String> found = report.findings().stream().map(f -> f.ruleId() + " " + f.path()).toList();
		assertEquals(List.of("segmenta.insight.stale Parents choose evenings at home over courses",
				"segmenta.insight.stale Specialists want a career path without management"), found,
				Fixtures.describe(report.findings()));
		assertFalse(report.fails(false));
	}

	@Test
	void everyBuiltInAndContributedRuleRanOnTheExample() throws Exception {
		ValidationReport report = Fixtures.validate(Fixtures.loadExample());
		List<String> ran = report.rulesRun().stream().map(r -> r.id()).toList();
		assertEquals(Fixtures.rules().rules().size(), ran.size());
		for (Finding finding : report.findings()) {
			assertEquals(true, ran.contains(finding.ruleId()), finding.toString());
		}
	}
}

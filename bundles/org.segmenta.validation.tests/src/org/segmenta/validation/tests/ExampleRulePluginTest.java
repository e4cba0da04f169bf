/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.segmenta.model.Persona;
import org.segmenta.model.Project;
import org.segmenta.validation.Finding;
import org.segmenta.validation.RuleCatalog;
import org.segmenta.validation.Severity;
import org.segmenta.validation.ValidationRule;

/** The example plug-in's rule, contributed through the extension point, runs with the built-in rules. */
class ExampleRulePluginTest {

	private static final String RULE = "example.persona.quote";

	@Test
	void exampleRuleIsContributedThroughTheExtensionPoint() {
		IConfigurationElement[] contributions = Platform.getExtensionRegistry()
				.getConfigurationElementsFor(RuleCatalog.EXTENSION_POINT);
		assertTrue(List.of(contributions).stream()
				.anyMatch(c -> c.getContributor().getName().equals("org.segmenta.validation.example")));
		ValidationRule rule = Fixtures.rules().find(RULE).orElseThrow();
		assertEquals(Severity.WARNING, rule.defaultSeverity());
	}

	@Test
	void exampleRuleFlagsPersonasWithoutAShortQuote() throws Exception {
		Project project = Fixtures.loadExample();
		assertEquals(List.of(), Fixtures.validate(project).findingsOf(RULE));

		Persona sanne = Fixtures.named(project.getPersonas(), "Sanne Højbjerg");
		sanne.setQuote(null);
		Finding missing = Fixtures.validate(project).findingsOf(RULE).get(0);
		assertSame(sanne, missing.element());
		assertTrue(missing.getMessage().contains("Persona 'Sanne Højbjerg' has no quote"), missing.getMessage());

		sanne.setQuote("I love my job, but I love my evenings more.");
		List<Finding> tooLong = Fixtures.validate(project, Map.of(RULE + ".maxWords", "5")).findingsOf(RULE);
		assertTrue(tooLong.stream().anyMatch(f -> f.getMessage().contains(
				"Persona 'Sanne Højbjerg' has a quote of 10 words, more than 5")), Fixtures.describe(tooLong));
	}

	@Test
	void twoRulesWithOneIdAreRefused() {
		ValidationRule rule = Fixtures.rules().find(RULE).orElseThrow();
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> RuleCatalog.of(List.of(rule, rule)));
		assertTrue(e.getMessage().contains("two rules have the id " + RULE), e.getMessage());
	}
}

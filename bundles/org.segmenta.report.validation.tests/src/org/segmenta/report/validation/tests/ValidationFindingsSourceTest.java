/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.report.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.segmenta.model.Project;
import org.segmenta.model.persistence.SegmentationFiles;
import org.segmenta.report.ReportFinding;
import org.segmenta.report.ReportFindingsSource;
import org.segmenta.tests.support.Examples;
import org.segmenta.validation.Finding;
import org.segmenta.validation.RuleCatalog;
import org.segmenta.validation.SegmentationValidator;
import org.segmenta.validation.ValidationSettings;

/** The reports' findings section gets exactly what validation finds, through the extension point. */
class ValidationFindingsSourceTest {

	private static Project example() throws Exception {
		return SegmentationFiles.load(Examples.model());
	}

	private static ReportFindingsSource contributedSource() throws Exception {
		IConfigurationElement[] sources = Platform.getExtensionRegistry()
				.getConfigurationElementsFor("org.segmenta.report.findings");
		IConfigurationElement ours = Arrays.stream(sources)
				.filter(e -> e.getContributor().getName().equals("org.segmenta.report.validation")).findFirst()
				.orElseThrow(() -> new AssertionError("no findings source contributed by org.segmenta.report.validation"));
		return (ReportFindingsSource) ours.createExecutableExtension("class");
	}

	@Test
	void reportFindingsAreTheValidatorsFindings() throws Exception {
		Project project = example();
		// an element without a name is an error the example does not have
		project.getPersonas().get(0).setName(null);

		List<ReportFinding> reported = contributedSource().findings(project);

		RuleCatalog rules = RuleCatalog.fromExtensions(Platform.getExtensionRegistry(), problem -> {
		});
		List<Finding> found = new SegmentationValidator(ValidationSettings.defaults(rules), Clock.systemDefaultZone())
				.validate(project).findings();
		assertEquals(found.size(), reported.size());
		assertTrue(reported.stream().anyMatch(f -> f.severity() == ReportFinding.Severity.ERROR
				|| f.severity() == ReportFinding.Severity.WARNING), "the unnamed persona must be reported");
		for (int i = 0; i < found.size(); i++) {
			assertEquals(found.get(i).path(), reported.get(i).element());
			assertTrue(reported.get(i).message().startsWith(found.get(i).getMessage()));
			assertTrue(reported.get(i).message().endsWith("[" + found.get(i).ruleId() + "]"));
		}
	}
}

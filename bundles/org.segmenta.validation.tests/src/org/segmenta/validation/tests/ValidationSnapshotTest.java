/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.segmenta.model.Project;
import org.segmenta.model.Segmentation;
import org.segmenta.validation.Finding;
import org.segmenta.validation.SegmentationValidator;
import org.segmenta.validation.ValidationReport;
import org.segmenta.validation.ValidationSettings;
import org.segmenta.validation.ValidationSnapshot;

/** Validating a copy on another thread gives the findings of the model itself, on its own elements. */
class ValidationSnapshotTest {

	@Test
	void theSnapshotsFindingsAreTheModelsOnTheModelsElements() throws Exception {
		Project project = Fixtures.loadExample();
		Segmentation values = project.getSegmentations().get(1);
		// one finding of each kind that depends on the model's file: a path out of its project
		values.setAssignmentsLocation("../../etc/passwd");
		values.getSegments().get(0).setName("");

		ValidationReport direct = Fixtures.validate(project);
		ValidationSnapshot snapshot = ValidationSnapshot.of(project);
		assertNotSame(project, snapshot.project());
		// editing goes on while the copy is validated
		values.setName("Renamed after the snapshot");
		ValidationReport fromCopy = snapshot.validate(new SegmentationValidator(ValidationSettings.defaults(Fixtures.rules()),
				Fixtures.EXAMPLE_CLOCK));

		assertEquals(describe(direct.findings()), describe(fromCopy.findings()));
		for (int index = 0; index < direct.findings().size(); index++) {
			assertSame(direct.findings().get(index).element(), fromCopy.findings().get(index).element());
		}
		assertFalse(Fixtures.findings(project, "segmenta.security.referencedFiles").isEmpty());
		for (Finding finding : fromCopy.findings()) {
			EObject element = finding.element();
			assertSame(project, EcoreUtil.getRootContainer(element), finding + " names the model's element, not the copy's");
			for (Object related : finding.getData()) {
				assertTrue(!(related instanceof EObject other) || other.eIsProxy() || EcoreUtil.getRootContainer(other) == project,
						finding + ": related elements are the model's");
			}
		}
	}

	private static List<String> describe(List<Finding> findings) {
		// the path is left out: it names the model's element as it is now, renamed after the snapshot
		return findings.stream().map(finding -> finding.ruleId() + " " + finding.severity() + " "
				+ EcoreUtil.getID(finding.element()) + ": " + finding.getMessage()).toList();
	}
}

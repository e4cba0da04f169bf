/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.segmenta.model.Project;
import org.segmenta.model.persistence.SegmentationFiles;
import org.segmenta.tests.support.ui.NoLoggedErrors;
import org.segmenta.ui.internal.wizards.NewSegmentationProjectWizard;

/** The new-project wizard's work: an empty model or the example, never over an existing project. */
@ExtendWith(NoLoggedErrors.class)
class NewProjectWizardTest {

	@AfterEach
	void deleteProjects() throws Exception {
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			project.delete(true, null);
		}
	}

	@Test
	void emptyModelIsNamedAfterTheProjectAndLoads() throws Exception {
		IFile model = NewSegmentationProjectWizard.create("Medlemmer Århus", false, null);

		assertTrue(model.exists());
		Project project = SegmentationFiles.load(model.getLocation().toFile().toPath());
		assertEquals("Medlemmer Århus", project.getName());
		assertTrue(project.getSegmentations().isEmpty());
	}

	@Test
	void exampleProjectHoldsTheModelAndItsData() throws Exception {
		IFile model = NewSegmentationProjectWizard.create("nordfag", true, null);

		assertEquals("nordic-members.segmentation", model.getName());
		assertTrue(model.getProject().getFile("nordic-members-survey.csv").exists(), "the survey data is missing");
		assertEquals(6, SegmentationFiles.load(model.getLocation().toFile().toPath()).getPersonas().size());
	}

	@Test
	void existingProjectIsNeverOverwritten() throws Exception {
		NewSegmentationProjectWizard.create("taken", false, null);
		CoreException error = assertThrows(CoreException.class,
				() -> NewSegmentationProjectWizard.create("taken", true, null));
		assertTrue(error.getMessage().contains("exists already"), error.getMessage());
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.segmenta.ui.internal.preferences.ValidationPropertyPage;
import org.segmenta.validation.RuleCatalog;
import org.segmenta.validation.ValidationRule;
import org.segmenta.validation.ValidationSettings;

/** The property page writes the settings file that headless validation reads, and refuses bad values. */
class ValidationPropertyPageTest {

	private IProject project;
	private Shell shell;

	@BeforeEach
	void createProject() throws Exception {
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("settings");
		project.create(null);
		project.open(null);
		shell = new Shell(Display.getCurrent());
	}

	@AfterEach
	void deleteProject() throws Exception {
		shell.dispose();
		project.delete(true, null);
	}

	private ValidationPropertyPage open() {
		ValidationPropertyPage page = new ValidationPropertyPage();
		page.setElement(project);
		page.createControl(shell);
		return page;
	}

	private Path model() {
		return Path.of(project.getLocation().toOSString(), "model.segmentation");
	}

	@Test
	void savedSettingsAreWhatHeadlessValidationReads() throws Exception {
		ValidationPropertyPage page = open();
		page.getPreferenceStore().setValue(ValidationSettings.STATEMENT_PHRASE, "Vi som");
		page.dispose();
		page = open();
		assertTrue(page.performOk());

		RuleCatalog rules = RuleCatalog.fromExtensions(Platform.getExtensionRegistry(), problem -> {
		});
		ValidationSettings settings = ValidationSettings.forModel(model(), rules);
		assertEquals("Vi som", settings.statementPhrase("en"));
		assertTrue(Files.isRegularFile(ValidationSettings.fileFor(model())));
	}

	@Test
	void thresholdOutsideItsRangeIsRefusedAndNothingIsWritten() throws Exception {
		RuleCatalog rules = RuleCatalog.fromExtensions(Platform.getExtensionRegistry(), problem -> {
		});
		ValidationRule rule = rules.rules().stream().filter(r -> !r.parameters().isEmpty()).findFirst().orElseThrow();
		String key = rule.id() + "." + rule.parameters().get(0).name();
		ValidationPropertyPage page = open();
		page.getPreferenceStore().setValue(key, "many");
		page.dispose();
		page = open();

		assertFalse(page.performOk());
		assertTrue(page.getErrorMessage().contains(key), page.getErrorMessage());
		assertFalse(Files.exists(ValidationSettings.fileFor(model())), "a refused page must not write the file");
	}
}

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
import java.util.Locale;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.segmenta.tests.support.ui.NoLoggedErrors;
import org.segmenta.ui.internal.preferences.DecimalFieldEditor;
import org.segmenta.ui.internal.preferences.ValidationPropertyPage;
import org.segmenta.validation.RuleCatalog;
import org.segmenta.validation.ValidationRule;
import org.segmenta.validation.ValidationSettings;

/** The property page writes the settings file that headless validation reads, and refuses bad values. */
@ExtendWith(NoLoggedErrors.class)
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

	/**
	 * In a Danish workbench a threshold shows and is typed with a decimal comma, is written to the
	 * settings file with a point for headless runs, and a point, which groups thousands in Danish,
	 * is refused with an example written the Danish way.
	 */
	@Test
	void thresholdsAreWrittenTheWorkbenchLanguagesWay() throws Exception {
		RuleCatalog rules = RuleCatalog.fromExtensions(Platform.getExtensionRegistry(), problem -> {
		});
		ValidationRule rule = rules.rules().stream().filter(r -> r.parameters().stream().anyMatch(p -> p.max() == 1))
				.findFirst().orElseThrow();
		String key = rule.id() + "." + rule.parameters().stream().filter(p -> p.max() == 1).findFirst().orElseThrow().name();
		Locale workbench = Locale.getDefault();
		Locale.setDefault(Locale.of("da", "DK"));
		try {
			ValidationPropertyPage page = open();
			page.getPreferenceStore().setValue(key, "0.25");
			page.dispose();
			page = open();
			DecimalFieldEditor threshold = (DecimalFieldEditor) page.field(key);
			assertEquals("0,25", threshold.getStringValue());

			threshold.setStringValue("0.35");
			assertFalse(threshold.isValid(), "0.35 is 35 in Danish, outside 0 to 1");
			assertTrue(threshold.getErrorMessage().endsWith(": write a number from 0 to 1, such as 0,05."), threshold.getErrorMessage());
			threshold.setStringValue("abc");
			assertFalse(threshold.isValid());
			threshold.setStringValue(" 0,35 ");
			assertTrue(threshold.isValid());
			assertTrue(page.performOk());
		} finally {
			Locale.setDefault(workbench);
		}
		assertTrue(Files.readString(ValidationSettings.fileFor(model())).contains(key + "=0.35"));
		assertEquals(0.35, ValidationSettings.forModel(model(), rules).parameter(rule, key.substring(rule.id().length() + 1)),
				"what headless validation reads");
	}

	@Test
	void numbersReadBackAsEachLanguageWritesThem() {
		assertEquals("0,05", DecimalFieldEditor.format(0.05, Locale.of("sv")));
		assertEquals("1500,5", DecimalFieldEditor.format(1500.5, Locale.of("fi")), "no grouping, so it reads back as typed");
		assertEquals(0.05, DecimalFieldEditor.parse("0,05", Locale.of("fi")).getAsDouble());
		assertEquals(-2.5, DecimalFieldEditor.parse("-2,5", Locale.of("sv")).getAsDouble(), "a hyphen for the minus sign");
		assertEquals(0.5, DecimalFieldEditor.parse("0.5", Locale.ENGLISH).getAsDouble());
		assertTrue(DecimalFieldEditor.parse("0.5", Locale.of("da")).isEmpty());
		assertTrue(DecimalFieldEditor.parse("0,5", Locale.ENGLISH).isEmpty());
		assertTrue(DecimalFieldEditor.parse("", Locale.of("da")).isEmpty());
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.segmenta.analysis.ClusterSettings;
import org.segmenta.model.SegmentaPackage;
import org.segmenta.model.Segmentation;
import org.segmenta.tests.support.ui.Screenshots;
import org.segmenta.ui.internal.editor.AnalysisPage;
import org.segmenta.ui.internal.preferences.AnalysisPreferencePage;
import org.segmenta.ui.internal.preferences.AnalysisPreferences;

/** The Segmenta preference page sets the defaults the Data and Analysis page runs with. */
class AnalysisPreferencesTest extends ExampleEditorTestCase {

	private PreferenceDialog dialog;

	@AfterEach
	void resetPreferences() throws Exception {
		if (dialog != null) {
			dialog.close();
		}
		InstanceScope.INSTANCE.getNode(AnalysisPreferences.QUALIFIER).clear();
		InstanceScope.INSTANCE.getNode(AnalysisPreferences.QUALIFIER).flush();
	}

	private AnalysisPreferencePage openPage() {
		dialog = PreferencesUtil.createPreferenceDialogOn(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
				AnalysisPreferencePage.ID, null, null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		ExampleWorkspace.processEvents();
		return (AnalysisPreferencePage) dialog.getSelectedPage();
	}

	@Test
	void pageSetsTheSettingsTheAnalysisRunsWith() throws Exception {
		assertEquals(ClusterSettings.defaults(), AnalysisPreferences.clusterSettings());
		AnalysisPreferencePage page = openPage();
		Screenshots.take("preferences-segmenta", dialog.getShell());

		((StringFieldEditor) page.field(AnalysisPreferences.SEED)).setStringValue("2026");
		((StringFieldEditor) page.field(AnalysisPreferences.RESTARTS)).setStringValue("3");
		((StringFieldEditor) page.field(AnalysisPreferences.MIN_K)).setStringValue("3");
		((StringFieldEditor) page.field(AnalysisPreferences.MAX_K)).setStringValue("5");
		assertTrue(page.isValid(), page.getErrorMessage());
		assertTrue(page.performOk());
		dialog.close();
		dialog = null;

		ClusterSettings settings = AnalysisPreferences.clusterSettings();
		assertEquals(2026, settings.seed());
		assertEquals(3, settings.restarts());
		assertFalse(settings.standardize());

		// a segmentation without bounds of its own takes the preferred range
		Segmentation segmentation = project.getSegmentations().stream().filter(Segmentation::isPrimary).findFirst()
				.orElseThrow();
		stack.execute(SetCommand.create(editor.getEditingDomain(), segmentation,
				SegmentaPackage.Literals.SEGMENTATION__MAX_SEGMENT_COUNT,
				SetCommand.UNSET_VALUE));
		editor.doSave(null);
		workspace.page.closeEditor(editor, false);
		workspace.copy(ExampleWorkspace.SURVEY);
		editor = workspace.open();
		AnalysisPage analysis = editor.showAnalysis();
		assertEquals(settings, analysis.settings());
		assertEquals(5, analysis.maxSegments());
		Screenshots.take("editor-analysis-settings");
	}

	@Test
	void contradictoryRangeAndBadShareAreRefused() throws Exception {
		AnalysisPreferencePage page = openPage();
		((StringFieldEditor) page.field(AnalysisPreferences.MIN_K)).setStringValue("9");
		((StringFieldEditor) page.field(AnalysisPreferences.MAX_K)).setStringValue("4");
		assertFalse(page.isValid());
		assertTrue(page.getErrorMessage().contains("fewest"), page.getErrorMessage());
		((StringFieldEditor) page.field(AnalysisPreferences.MAX_K)).setStringValue("10");
		assertTrue(page.isValid(), page.getErrorMessage());

		((StringFieldEditor) page.field(AnalysisPreferences.MIN_SHARE)).setStringValue("0,7");
		assertFalse(page.isValid());
		assertEquals("Smallest segment share (0 to 0.5): write a number from 0 to 0.5, such as 0.05.", page.getErrorMessage());
		((StringFieldEditor) page.field(AnalysisPreferences.MIN_SHARE)).setStringValue("");
		assertFalse(page.isValid(), "the analysis needs a smallest share");
		assertTrue(page.field(AnalysisPreferences.METHOD) instanceof ComboFieldEditor);
		assertTrue(page.field(AnalysisPreferences.STANDARDIZE) instanceof BooleanFieldEditor);
	}
}

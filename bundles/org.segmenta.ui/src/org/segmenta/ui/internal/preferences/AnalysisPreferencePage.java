/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.ui.internal.preferences;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.jface.util.PropertyChangeEvent;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.segmenta.analysis.AnalyserRegistry;

/**
 * Window > Preferences > Segmenta: the analysis defaults the Data and Analysis page starts from.
 * Validation settings are per project (its properties), because {@code ./segmenta validate} reads
 * them from the project too, and both must judge a model alike.
 */
public class AnalysisPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public static final String ID = "org.segmenta.ui.preferences";

	private final Map<String, FieldEditor> editors = new LinkedHashMap<>();

	public AnalysisPreferencePage() {
		super(GRID);
		setDescription("Defaults for comparing segment counts on the Data and Analysis page. A segmentation's own "
				+ "bounds and minimum share come first where it has them.");
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, AnalysisPreferences.QUALIFIER));
	}

	@Override
	protected void createFieldEditors() {
		String[][] methods = AnalyserRegistry.getDefault().analysers().stream()
				.map(analyser -> new String[] { analyser.name(), analyser.id() }).toArray(String[][]::new);
		add(new ComboFieldEditor(AnalysisPreferences.METHOD, "&Method:", methods, getFieldEditorParent()));
		add(integer(AnalysisPreferences.MIN_K, "&Fewest segments:", 1, 30));
		add(integer(AnalysisPreferences.MAX_K, "Mo&st segments:", 1, 30));
		add(integer(AnalysisPreferences.RESTARTS, "&Restarts (the best is kept):", 1, 1000));
		add(integer(AnalysisPreferences.SEED, "S&eed of the random starts:", 0, Integer.MAX_VALUE));
		add(new BooleanFieldEditor(AnalysisPreferences.STANDARDIZE, "S&tandardise numeric columns (z-scores)",
				getFieldEditorParent()));
		add(new ShareFieldEditor(AnalysisPreferences.MIN_SHARE, "Smallest segment &share (0 to 0.5):",
				getFieldEditorParent()));
		Label note = new Label(getFieldEditorParent(), SWT.WRAP);
		note.setText("\nValidation settings (statement phrase, rules, thresholds) are kept per project: "
				+ "Project > Properties > Segmentation Validation.");
		GridData noteData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
		noteData.widthHint = 380;
		note.setLayoutData(noteData);
	}

	private IntegerFieldEditor integer(String key, String label, int min, int max) {
		IntegerFieldEditor editor = new IntegerFieldEditor(key, label, getFieldEditorParent());
		editor.setValidRange(min, max);
		return editor;
	}

	private void add(FieldEditor editor) {
		editors.put(editor.getPreferenceName(), editor);
		addField(editor);
	}

	/** The field editor of {@code key}, for tests that fill the page in as a user does. */
	public FieldEditor field(String key) {
		return editors.get(key);
	}

	@Override
	protected void checkState() {
		super.checkState();
		if (isValid() && ((IntegerFieldEditor) editors.get(AnalysisPreferences.MIN_K))
				.getIntValue() > ((IntegerFieldEditor) editors.get(AnalysisPreferences.MAX_K)).getIntValue()) {
			setErrorMessage("The fewest segments must not exceed the most.");
			setValid(false);
		}
	}

	@Override
	public void propertyChange(PropertyChangeEvent event) {
		super.propertyChange(event);
		if (FieldEditor.VALUE.equals(event.getProperty())) {
			checkState();
		}
	}

	/** A share from 0 to 0.5 written with a decimal point. */
	private static final class ShareFieldEditor extends StringFieldEditor {
		ShareFieldEditor(String key, String label, Composite parent) {
			super(key, label, parent);
			setErrorMessage("The smallest share is a number from 0 to 0.5, such as 0.05.");
		}

		@Override
		protected boolean doCheckState() {
			try {
				double share = Double.parseDouble(getStringValue().strip());
				return share >= 0 && share <= 0.5;
			} catch (NumberFormatException e) {
				return false;
			}
		}
	}
}

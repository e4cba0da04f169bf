/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.ui.internal.preferences;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.util.PropertyChangeEvent;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
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

	/** The largest smallest share: two segments of half the audience each. */
	private static final double MAX_SHARE = 0.5;

	private final Map<String, FieldEditor> editors = new LinkedHashMap<>();

	public AnalysisPreferencePage() {
		super(GRID);
		setDescription(Messages.AnalysisPreferencePage_description);
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, AnalysisPreferences.QUALIFIER));
	}

	@Override
	protected void createFieldEditors() {
		String[][] methods = AnalyserRegistry.getDefault().analysers().stream()
				.map(analyser -> new String[] { analyser.name(), analyser.id() }).toArray(String[][]::new);
		add(new ComboFieldEditor(AnalysisPreferences.METHOD, Messages.AnalysisPreferencePage_method, methods, getFieldEditorParent()));
		add(integer(AnalysisPreferences.MIN_K, Messages.AnalysisPreferencePage_fewest, 1, 30));
		add(integer(AnalysisPreferences.MAX_K, Messages.AnalysisPreferencePage_most, 1, 30));
		add(integer(AnalysisPreferences.RESTARTS, Messages.AnalysisPreferencePage_restarts, 1, 1000));
		add(integer(AnalysisPreferences.SEED, Messages.AnalysisPreferencePage_seed, 0, Integer.MAX_VALUE));
		add(new BooleanFieldEditor(AnalysisPreferences.STANDARDIZE, Messages.AnalysisPreferencePage_standardise,
				getFieldEditorParent()));
		DecimalFieldEditor minShare = new DecimalFieldEditor(AnalysisPreferences.MIN_SHARE,
				NLS.bind(Messages.AnalysisPreferencePage_minShare, DecimalFieldEditor.format(MAX_SHARE, Locale.getDefault())), 0,
				MAX_SHARE, getFieldEditorParent());
		minShare.setEmptyStringAllowed(false);
		add(minShare);
		Label note = new Label(getFieldEditorParent(), SWT.WRAP);
		note.setText("\n" + Messages.AnalysisPreferencePage_validationNote);
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
			setErrorMessage(Messages.AnalysisPreferencePage_fewestAboveMost);
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
}

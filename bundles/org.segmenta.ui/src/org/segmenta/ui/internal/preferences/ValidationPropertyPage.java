/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.ui.internal.preferences;

import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ProjectScope;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbenchPropertyPage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.segmenta.validation.RuleCatalog;
import org.segmenta.validation.RuleMessages;
import org.segmenta.validation.RuleParameter;
import org.segmenta.validation.SettingsException;
import org.segmenta.validation.ValidationRule;
import org.segmenta.validation.ValidationSettings;

/**
 * The project's validation settings: the statement phrase and, per rule, enablement, severity and
 * thresholds. They are stored in the project's {@code .settings/org.segmenta.validation.prefs},
 * the same file headless {@code ./segmenta validate} reads for models at the project's root.
 */
public class ValidationPropertyPage extends FieldEditorPreferencePage implements IWorkbenchPropertyPage {

	private static final String[][] SEVERITIES = { { Messages.ValidationPropertyPage_error, "error" },
			{ Messages.ValidationPropertyPage_warning, "warning" }, { Messages.ValidationPropertyPage_info, "info" } };

	private final RuleCatalog rules = RuleCatalog.getDefault();
	private final Map<String, FieldEditor> editors = new HashMap<>();
	private IProject project;

	public ValidationPropertyPage() {
		super(GRID);
		setDescription(Messages.ValidationPropertyPage_description);
	}

	@Override
	public IAdaptable getElement() {
		return project;
	}

	@Override
	public void setElement(IAdaptable element) {
		project = Adapters.adapt(element, IProject.class);
	}

	@Override
	protected IPreferenceStore doGetPreferenceStore() {
		ScopedPreferenceStore store = new ScopedPreferenceStore(new ProjectScope(project),
				ValidationSettings.QUALIFIER);
		ValidationSettings defaults = ValidationSettings.defaults(rules);
		for (ValidationRule rule : rules.rules()) {
			store.setDefault(rule.id() + ".enabled", true);
			store.setDefault(rule.id() + ".severity", defaults.severity(rule).word());
			for (RuleParameter parameter : rule.parameters()) {
				store.setDefault(rule.id() + "." + parameter.name(), Double.toString(parameter.defaultValue()));
			}
		}
		return store;
	}

	@Override
	protected void createFieldEditors() {
		Locale language = RuleMessages.locale(Platform.getNL());
		add(ValidationSettings.STATEMENT_PHRASE,
				new StringFieldEditor(ValidationSettings.STATEMENT_PHRASE, Messages.ValidationPropertyPage_statementPhrase, getFieldEditorParent()));
		for (ValidationRule rule : rules.rules()) {
			Label title = new Label(getFieldEditorParent(), SWT.WRAP);
			title.setText("\n" + rule.id() + ": " + RuleMessages.description(rule, language));
			GridData titleData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
			// wrap at a page's width rather than widen the page past the dialog (Finnish runs long)
			titleData.widthHint = 560;
			title.setLayoutData(titleData);
			add(rule.id() + ".enabled", new BooleanFieldEditor(rule.id() + ".enabled", Messages.ValidationPropertyPage_enabled,
					BooleanFieldEditor.SEPARATE_LABEL, getFieldEditorParent()));
			add(rule.id() + ".severity",
					new ComboFieldEditor(rule.id() + ".severity", Messages.ValidationPropertyPage_severity, SEVERITIES, getFieldEditorParent()));
			for (RuleParameter parameter : rule.parameters()) {
				String key = rule.id() + "." + parameter.name();
				DecimalFieldEditor field = new DecimalFieldEditor(key, RuleMessages.parameter(rule, parameter, language) + ":",
						parameter.min(), parameter.max(), getFieldEditorParent());
				// the key, for those who write the settings file by hand
				field.getLabelControl(getFieldEditorParent()).setToolTipText(key);
				add(key, field);
			}
		}
	}

	/** The field editor of {@code key}, for tests that fill the page in as a user does. */
	public FieldEditor field(String key) {
		return editors.get(key);
	}

	private void add(String key, FieldEditor editor) {
		editors.put(key, editor);
		addField(editor);
	}

	@Override
	public boolean performOk() {
		// the same checks as headless runs, so the page never writes a file validate would refuse
		Map<String, String> entries = new HashMap<>();
		editors.forEach((key, editor) -> {
			if (editor instanceof DecimalFieldEditor number && !number.getStringValue().isBlank()) {
				entries.put(key, number.storedValue());
			} else if (editor instanceof StringFieldEditor text && !text.getStringValue().isBlank()) {
				entries.put(key, text.getStringValue());
			}
		});
		try {
			ValidationSettings.of(entries, rules, project.getName());
		} catch (SettingsException e) {
			setErrorMessage(e.getMessage(RuleMessages.locale(Platform.getNL())));
			return false;
		}
		setErrorMessage(null);
		boolean ok = super.performOk();
		try {
			((ScopedPreferenceStore) getPreferenceStore()).save();
		} catch (IOException e) {
			setErrorMessage(NLS.bind(Messages.ValidationPropertyPage_saveFailed, e.getMessage()));
			return false;
		}
		return ok;
	}
}

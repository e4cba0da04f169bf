/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.ui.internal.validation;

import java.nio.file.Path;

import org.segmenta.model.Project;
import org.segmenta.validation.RuleCatalog;
import org.segmenta.validation.SettingsException;
import org.segmenta.validation.ValidationSettings;

/**
 * The phrase statements begin with ("Those of us who", "Os, der", "Vi som"), as validation
 * configures it for a model: the project's settings, else the model's language.
 */
public final class StatementPhrase {

	private final Path modelFile;

	public StatementPhrase(Path modelFile) {
		this.modelFile = modelFile;
	}

	/** The phrase for {@code project}, read from its settings now (they may have changed). */
	public String of(Project project) {
		RuleCatalog rules = RuleCatalog.getDefault();
		ValidationSettings settings;
		try {
			settings = ValidationSettings.forModel(modelFile, rules);
		} catch (SettingsException e) {
			// validation reports the broken file as a marker; meanwhile the language's phrase applies
			settings = ValidationSettings.defaults(rules);
		}
		return settings.statementPhrase(project.getLanguage());
	}

	/** {@code statement} rephrased to begin with {@code phrase}: "Value balance" becomes "Those of us who value balance". */
	public static String rephrase(String statement, String phrase) {
		String text = statement.strip();
		String rest = text.length() > 1 && Character.isUpperCase(text.charAt(0)) && !Character.isUpperCase(text.charAt(1))
				? Character.toLowerCase(text.charAt(0)) + text.substring(1)
				: text;
		return phrase.strip() + " " + rest;
	}
}

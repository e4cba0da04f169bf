/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.validation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.segmenta.model.Project;
import org.segmenta.model.SegmentaPackage;
import org.segmenta.validation.internal.RuleValidator;

/**
 * Validates Segmenta models with EMF's {@link Diagnostician}: every enabled rule is checked on
 * every element of its target class. The workbench and the headless {@code validate} command both
 * validate through this class, so they report the same findings.
 */
public final class SegmentationValidator {

	private final ValidationSettings settings;
	private final Clock clock;
	private final Locale locale;

	/**
	 * A validator whose findings are written in English.
	 *
	 * @param settings the rules with their configuration
	 * @param clock    decides "today" for rules that measure age, such as stale insights
	 */
	public SegmentationValidator(ValidationSettings settings, Clock clock) {
		this(settings, clock, RuleMessages.DEFAULT);
	}

	/**
	 * A validator whose findings are written in {@code locale}'s language, where the rules have
	 * messages in it (English otherwise); element names stay as the model has them.
	 */
	public SegmentationValidator(ValidationSettings settings, Clock clock, Locale locale) {
		this.settings = settings;
		this.clock = clock;
		this.locale = locale;
	}

	/** The EMF validator that runs the rules, for a diagnostician of one's own. */
	public EValidator eValidator(Project project) {
		LocalDate today = LocalDate.now(clock);
		return new RuleValidator(enabledRules(), settings, settings.statementPhrase(project.getLanguage()), today,
				locale);
	}

	public ValidationReport validate(Project project) {
		EValidatorRegistryImpl registry = new EValidatorRegistryImpl();
		registry.put(SegmentaPackage.eINSTANCE, eValidator(project));
		Diagnostician diagnostician = new Diagnostician(registry);
		Map<Object, Object> context = new HashMap<>(diagnostician.createDefaultContext());
		BasicDiagnostic root = diagnostician.createDefaultDiagnostic(project);
		diagnostician.validate(project, root, context);
		List<Finding> findings = new ArrayList<>();
		collect(root, findings);
		return new ValidationReport(root, findings, enabledRules());
	}

	private static void collect(Diagnostic diagnostic, List<Finding> findings) {
		for (Diagnostic child : diagnostic.getChildren()) {
			if (child instanceof Finding finding) {
				findings.add(finding);
			}
			collect(child, findings);
		}
	}

	private List<ValidationRule> enabledRules() {
		return settings.rules().rules().stream().filter(settings::isEnabled).toList();
	}
}

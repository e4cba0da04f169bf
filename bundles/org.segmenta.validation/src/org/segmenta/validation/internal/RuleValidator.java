/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.validation.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.EcorePackage;
import org.segmenta.validation.Finding;
import org.segmenta.validation.RuleContext;
import org.segmenta.validation.ValidationRule;
import org.segmenta.validation.ValidationSettings;

/**
 * The {@link EValidator} the diagnostician calls for every element: it runs the enabled rules
 * whose target class the element belongs to and adds their findings to the chain.
 */
public final class RuleValidator implements EValidator {

	private final List<ValidationRule> rules;
	private final ValidationSettings settings;
	private final String statementPhrase;
	private final LocalDate today;
	private final Locale locale;

	public RuleValidator(List<ValidationRule> rules, ValidationSettings settings, String statementPhrase,
			LocalDate today, Locale locale) {
		this.rules = rules;
		this.settings = settings;
		this.statementPhrase = statementPhrase;
		this.today = today;
		this.locale = locale;
	}

	@Override
	public boolean validate(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate(eObject.eClass(), eObject, diagnostics, context);
	}

	@Override
	public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean valid = true;
		for (ValidationRule rule : rules) {
			if (appliesTo(rule, eClass)) {
				Context ruleContext = new Context(rule, diagnostics);
				rule.check(eObject, ruleContext);
				valid &= !ruleContext.reported;
			}
		}
		return valid;
	}

	/** Whether {@code rule} checks elements of {@code eClass}; a rule on EObject checks every element. */
	private static boolean appliesTo(ValidationRule rule, EClass eClass) {
		return rule.target() == EcorePackage.Literals.EOBJECT || rule.target().isSuperTypeOf(eClass);
	}

	@Override
	public boolean validate(EDataType eDataType, Object value, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		return true;
	}

	/** One rule's view while it checks one element. */
	private final class Context implements RuleContext {

		private final ValidationRule rule;
		private final DiagnosticChain diagnostics;
		private boolean reported;

		Context(ValidationRule rule, DiagnosticChain diagnostics) {
			this.rule = rule;
			this.diagnostics = diagnostics;
		}

		@Override
		public void report(EObject element, String message, EObject... related) {
			reported = true;
			if (diagnostics != null) {
				diagnostics.add(new Finding(rule.id(), settings.severity(rule), element, message, List.of(related)));
			}
		}

		@Override
		public double parameter(String name) {
			return settings.parameter(rule, name);
		}

		@Override
		public String statementPhrase() {
			return statementPhrase;
		}

		@Override
		public LocalDate today() {
			return today;
		}

		@Override
		public Locale locale() {
			return locale;
		}
	}
}

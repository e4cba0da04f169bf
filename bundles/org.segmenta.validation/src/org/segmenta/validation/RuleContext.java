/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.validation;

import java.time.LocalDate;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;

/** What a rule sees while it checks one element: its thresholds, the date, and where to report. */
public interface RuleContext {

	/**
	 * Reports a finding on {@code element} with the rule's configured severity.
	 *
	 * @param message what is wrong and what to do, naming the element
	 * @param related other elements the finding is about, such as the second segment of a pair
	 */
	void report(EObject element, String message, EObject... related);

	/** The configured value of one of the rule's {@link ValidationRule#parameters() parameters}. */
	double parameter(String name);

	/** The phrase value-community and segment statements begin with, e.g. "Those of us who". */
	String statementPhrase();

	/** The date validation runs on; insight ages are measured to it. */
	LocalDate today();

	/**
	 * The language the findings are written in: the report's, the workbench's, or English for the
	 * headless {@code validate} command unless it is given one.
	 */
	default Locale locale() {
		return RuleMessages.DEFAULT;
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.validation;

import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

/**
 * One rule of the segmentation method, checked on every element of its {@link #target() target}
 * class. Rules are contributed through the {@code org.segmenta.validation.rules} extension point;
 * the built-in rules use it too. Implementations are stateless: one instance checks every element
 * of every model.
 */
public interface ValidationRule {

	/**
	 * The stable identifier, such as {@code segmenta.operational.segmentCount}. Findings, reports
	 * and the configuration file refer to the rule by it, so it never changes once published.
	 */
	String id();

	/** What the rule requires, in one sentence. */
	String description();

	/** The severity of the rule's findings unless the configuration file overrides it. */
	Severity defaultSeverity();

	/**
	 * The class of element the rule checks; it is called for every instance, subclasses included.
	 * {@code EcorePackage.Literals.EOBJECT} means every element of the model.
	 */
	EClass target();

	/** The thresholds the configuration file may set for this rule. */
	default List<RuleParameter> parameters() {
		return List.of();
	}

	/**
	 * Checks {@code element}, an instance of {@link #target()}, and reports what is wrong through
	 * {@code context}. A message names the element and says what to do about it.
	 */
	void check(EObject element, RuleContext context);
}

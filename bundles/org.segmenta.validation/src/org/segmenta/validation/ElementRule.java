/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.validation;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.segmenta.model.NamedElement;

/**
 * A rule on one model class, with its metadata given once in the constructor: the convenient way
 * to write a {@link ValidationRule}.
 *
 * @param <T> the model interface of the target class
 */
public abstract class ElementRule<T extends EObject> implements ValidationRule {

	private final String id;
	private final Severity severity;
	private final EClass target;
	private final Class<T> type;
	private final String description;
	private final List<RuleParameter> parameters;

	protected ElementRule(String id, Severity severity, EClass target, Class<T> type, String description,
			RuleParameter... parameters) {
		if (!type.equals(target.getInstanceClass())) {
			throw new IllegalArgumentException(type + " is not the instance class of " + target.getName());
		}
		this.id = id;
		this.severity = severity;
		this.target = target;
		this.type = type;
		this.description = description;
		this.parameters = List.of(parameters);
	}

	@Override
	public final String id() {
		return id;
	}

	@Override
	public final String description() {
		return description;
	}

	@Override
	public final Severity defaultSeverity() {
		return severity;
	}

	@Override
	public final EClass target() {
		return target;
	}

	@Override
	public final List<RuleParameter> parameters() {
		return parameters;
	}

	@Override
	public final void check(EObject element, RuleContext context) {
		checkElement(type.cast(element), context);
	}

	/** Checks one element of the target class; see {@link #check(EObject, RuleContext)}. */
	protected abstract void checkElement(T element, RuleContext context);

	/** The element's name in quotes for messages, or its class when it has none. */
	protected static String quoted(NamedElement element) {
		String name = element.getName();
		if (name == null || name.isBlank()) {
			// "an unnamed value community" rather than "an unnamed ValueCommunity"
			return "an unnamed "
					+ element.eClass().getName().replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
		}
		return "'" + name.strip() + "'";
	}

	/** Whether {@code text} holds something other than white space. */
	protected static boolean isSet(String text) {
		return text != null && !text.isBlank();
	}
}

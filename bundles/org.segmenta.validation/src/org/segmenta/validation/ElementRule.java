/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.validation;

import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.segmenta.model.Identified;
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

	/**
	 * The messages of this rule, {@code messages*.properties} in the rule class's package, in the
	 * language of the run {@code context} belongs to.
	 */
	protected final RuleMessages messages(RuleContext context) {
		return RuleMessages.of(getClass(), context.locale());
	}

	/** The element's name in quotes for English messages, or its kind when it has none. */
	protected static String quoted(NamedElement element) {
		return quoted(element, RuleMessages.of(ElementRule.class, RuleMessages.DEFAULT));
	}

	/**
	 * The element's name in quotes for messages in the language of {@code messages}, or its kind
	 * when it has none: "an unnamed value community", "et unavngivet værdifællesskab". The name is
	 * model content and stays as written.
	 */
	protected static String quoted(NamedElement element, RuleMessages messages) {
		String name = element.getName();
		if (name == null || name.isBlank()) {
			return messages.unnamed(element.eClass().getName());
		}
		return "'" + name.strip() + "'";
	}

	/**
	 * The element's kind, name and id for messages, "segment 'Balance Seekers' (id s2)", with the
	 * kind in the language of {@code messages}; as {@code ModelPaths.describe} words it in English.
	 */
	protected static String described(EObject element, RuleMessages messages) {
		StringBuilder text = new StringBuilder(messages.kind(element.eClass().getName()));
		if (element instanceof NamedElement named && isSet(named.getName())) {
			text.append(" '").append(named.getName().strip()).append('\'');
		}
		if (element instanceof Identified identified && identified.getId() != null) {
			text.append(' ').append(messages.id(identified.getId()));
		}
		return text.toString();
	}

	/** Whether {@code text} holds something other than white space. */
	protected static boolean isSet(String text) {
		return text != null && !text.isBlank();
	}
}

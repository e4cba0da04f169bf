/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;

/** The rules a validation run can use, by id: the built-in rules and those other plug-ins contribute. */
public final class RuleCatalog {

	/** The extension point rules are contributed through. */
	public static final String EXTENSION_POINT = "org.segmenta.validation.rules";

	private final Map<String, ValidationRule> rules;

	private RuleCatalog(Map<String, ValidationRule> rules) {
		this.rules = rules;
	}

	/**
	 * The given rules.
	 *
	 * @throws IllegalArgumentException when two rules share an id
	 */
	public static RuleCatalog of(Collection<? extends ValidationRule> rules) {
		Map<String, ValidationRule> byId = new LinkedHashMap<>();
		for (ValidationRule rule : rules) {
			ValidationRule clash = byId.putIfAbsent(rule.id(), rule);
			if (clash != null) {
				throw new IllegalArgumentException("two rules have the id " + rule.id() + ": "
						+ clash.getClass().getName() + " and " + rule.getClass().getName());
			}
		}
		return new RuleCatalog(byId);
	}

	/**
	 * Every rule contributed to {@link #EXTENSION_POINT}. A contribution that cannot be used (a
	 * missing class, a duplicate id) is left out and described to {@code problems}, so one broken
	 * plug-in does not stop validation.
	 */
	public static RuleCatalog fromExtensions(IExtensionRegistry registry, Consumer<String> problems) {
		List<ValidationRule> contributed = new ArrayList<>();
		Map<String, String> contributors = new LinkedHashMap<>();
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			String contributor = element.getContributor().getName();
			try {
				if (!(element.createExecutableExtension("class") instanceof ValidationRule rule)) {
					problems.accept("plug-in " + contributor + ": rule class " + element.getAttribute("class")
							+ " does not implement " + ValidationRule.class.getName() + "; it is ignored");
					continue;
				}
				String first = contributors.putIfAbsent(rule.id(), contributor);
				if (first != null) {
					problems.accept("plug-in " + contributor + ": rule id " + rule.id() + " is already contributed by "
							+ first + "; the second contribution is ignored");
					continue;
				}
				contributed.add(rule);
			} catch (CoreException e) {
				problems.accept("plug-in " + contributor + ": rule " + element.getAttribute("class")
						+ " cannot be created (" + e.getMessage() + "); it is ignored");
			}
		}
		contributed.sort(Comparator.comparing(ValidationRule::id));
		return of(contributed);
	}

	/** The rules in id order. */
	public Collection<ValidationRule> rules() {
		return rules.values();
	}

	public Optional<ValidationRule> find(String id) {
		return Optional.ofNullable(rules.get(id));
	}
}

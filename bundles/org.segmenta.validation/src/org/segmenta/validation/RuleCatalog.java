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
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.segmenta.registry.ContributionReader;
import org.segmenta.registry.ContributionRegistry;

/** The rules a validation run can use, by id: the built-in rules and those other plug-ins contribute. */
public final class RuleCatalog {

	/** The extension point rules are contributed through. */
	public static final String EXTENSION_POINT = "org.segmenta.validation.rules";

	private static final ContributionRegistry<RuleCatalog> INSTALLED = ContributionRegistry
			.ofPlatform(registry -> fromExtensions(registry, ContributionReader.LOG_ONLY), EXTENSION_POINT);

	private final Map<String, ValidationRule> rules;
	private final List<String> problems;

	private RuleCatalog(Map<String, ValidationRule> rules, List<String> problems) {
		this.rules = rules;
		this.problems = List.copyOf(problems);
	}

	/**
	 * The given rules.
	 *
	 * @throws IllegalArgumentException when two rules share an id
	 */
	public static RuleCatalog of(Collection<? extends ValidationRule> rules) {
		return new RuleCatalog(byId(rules), List.of());
	}

	private static Map<String, ValidationRule> byId(Collection<? extends ValidationRule> rules) {
		Map<String, ValidationRule> byId = new LinkedHashMap<>();
		for (ValidationRule rule : rules) {
			ValidationRule clash = byId.putIfAbsent(rule.id(), rule);
			if (clash != null) {
				throw new IllegalArgumentException("two rules have the id " + rule.id() + ": "
						+ clash.getClass().getName() + " and " + rule.getClass().getName());
			}
		}
		return byId;
	}

	/**
	 * The rules contributed to the running platform, read on first use and read again after
	 * contributions to {@link #EXTENSION_POINT} change. A contribution that cannot be used is
	 * logged with its plug-in's name and left out; {@link #problems()} lists it.
	 */
	public static RuleCatalog getDefault() {
		return INSTALLED.get();
	}

	/**
	 * Every rule contributed to {@link #EXTENSION_POINT}. A contribution that cannot be used (a
	 * missing class, a duplicate id) is left out, logged and described to {@code problems}, so one
	 * broken plug-in does not stop validation.
	 */
	public static RuleCatalog fromExtensions(IExtensionRegistry registry, Consumer<String> problems) {
		List<ValidationRule> contributed = new ArrayList<>();
		ContributionReader reader = new ContributionReader(EXTENSION_POINT, Set.of("rule"), problems) {
			@Override
			protected void readElement(IConfigurationElement element) {
				ValidationRule rule = createExtension(element, "class", ValidationRule.class);
				if (rule != null && claim(element, "rule id", rule.id())) {
					contributed.add(rule);
				}
			}
		};
		reader.readRegistry(registry);
		contributed.sort(Comparator.comparing(ValidationRule::id));
		return new RuleCatalog(byId(contributed), reader.problems());
	}

	/** What kept contributions out of this catalog, one line each, naming the plug-in. */
	public List<String> problems() {
		return problems;
	}

	/** The rules in id order. */
	public Collection<ValidationRule> rules() {
		return rules.values();
	}

	public Optional<ValidationRule> find(String id) {
		return Optional.ofNullable(rules.get(id));
	}
}

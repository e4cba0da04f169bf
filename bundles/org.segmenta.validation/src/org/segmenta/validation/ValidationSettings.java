/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.validation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * A project's validation configuration: which rules run, at which severity, with which thresholds,
 * and the phrase statements begin with. It lives beside the model in
 * {@code .settings/org.segmenta.validation.prefs}, the file Eclipse keeps project-scoped
 * preferences of this bundle in, so headless runs and the workbench read the same settings.
 * <p>
 * Keys:
 * <ul>
 * <li>{@code RULE_ID.enabled = true|false}</li>
 * <li>{@code RULE_ID.severity = error|warning|info}</li>
 * <li>{@code RULE_ID.PARAMETER = NUMBER}, for the rule's {@link ValidationRule#parameters()}</li>
 * <li>{@code statement.phrase = Those of us who}; by default chosen by the project's language</li>
 * </ul>
 * Any other key is an error, so a misspelt rule id never silently leaves a rule on.
 */
public final class ValidationSettings {

	/** The preference node, and so the file name Eclipse gives project-scoped settings. */
	public static final String QUALIFIER = "org.segmenta.validation";

	/** The settings file, relative to the model's folder. */
	public static final String FILE = ".settings/" + QUALIFIER + ".prefs";

	public static final String STATEMENT_PHRASE = "statement.phrase";

	/** Written by Eclipse into every preferences file. */
	private static final String PREFERENCES_VERSION = "eclipse.preferences.version";

	private static final Map<String, String> PHRASE_BY_LANGUAGE = Map.of("en", "Those of us who", "da", "Os, der",
			"sv", "Vi som", "fi", "Me, jotka");

	private final RuleCatalog rules;
	private final Map<String, String> values;

	private ValidationSettings(RuleCatalog rules, Map<String, String> values) {
		this.rules = rules;
		this.values = values;
	}

	/** Every rule enabled with its default severity and thresholds. */
	public static ValidationSettings defaults(RuleCatalog rules) {
		return new ValidationSettings(rules, Map.of());
	}

	/** The settings file of {@code model}. */
	public static Path fileFor(Path model) {
		return model.toAbsolutePath().normalize().resolveSibling(FILE);
	}

	/** The settings beside {@code model}, or the defaults when there is no settings file. */
	public static ValidationSettings forModel(Path model, RuleCatalog rules) throws SettingsException {
		Path file = fileFor(model);
		return Files.exists(file) ? load(file, rules) : defaults(rules);
	}

	/** Reads a settings file in the {@link Properties} format Eclipse preference files use. */
	public static ValidationSettings load(Path file, RuleCatalog rules) throws SettingsException {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(file)) {
			properties.load(in);
		} catch (IOException | IllegalArgumentException e) {
			throw new SettingsException(locale -> text(locale, "settings.unreadable", file, e.getMessage()), e);
		}
		return of(properties.stringPropertyNames().stream().collect(Collectors.toMap(k -> k, properties::getProperty)),
				rules, file.toString());
	}

	/**
	 * Settings from key-value pairs, as the workbench reads them from its preference store.
	 *
	 * @param origin names the source in error messages, such as the file
	 */
	public static ValidationSettings of(Map<String, String> entries, RuleCatalog rules, String origin)
			throws SettingsException {
		Map<String, String> values = new HashMap<>();
		for (Map.Entry<String, String> entry : entries.entrySet()) {
			String key = entry.getKey().strip();
			String value = entry.getValue().strip();
			if (key.equals(PREFERENCES_VERSION)) {
				continue;
			}
			check(key, value, rules, origin);
			values.put(key, value);
		}
		return new ValidationSettings(rules, values);
	}

	private static void check(String key, String value, RuleCatalog rules, String origin) throws SettingsException {
		if (key.equals(STATEMENT_PHRASE)) {
			if (value.isEmpty()) {
				throw problem(origin, key, "settings.emptyPhrase");
			}
			return;
		}
		ValidationRule rule = ruleOf(key, rules).orElseThrow(() -> problem(origin, key, "settings.noRule", STATEMENT_PHRASE,
				String.join(", ", ruleIds(rules))));
		String setting = key.substring(rule.id().length() + 1);
		switch (setting) {
		case "enabled" -> {
			if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
				throw problem(origin, key, "settings.notBoolean", value);
			}
		}
		case "severity" -> {
			if (Severity.fromWord(value) == null) {
				throw problem(origin, key, "settings.notSeverity", value);
			}
		}
		default -> {
			RuleParameter parameter = parameterOf(rule, setting).orElseThrow(() -> problem(origin, key, "settings.noSetting",
					rule.id(), setting, rule.parameters().stream().map(p -> ", " + p.name()).collect(Collectors.joining())));
			double number;
			try {
				number = Double.parseDouble(value);
			} catch (NumberFormatException e) {
				throw problem(origin, key, "settings.notNumber", value);
			}
			if (!(number >= parameter.min() && number <= parameter.max())) {
				throw problem(origin, key, "settings.outOfRange", format(parameter.min()), format(parameter.max()), value);
			}
		}
		}
	}

	/** The problem {@code problemKey} of the settings' {@code key}, worded in each language when shown. */
	private static SettingsException problem(String origin, String key, String problemKey, Object... arguments) {
		return new SettingsException(locale -> text(locale, "settings.problem", origin, key, text(locale, problemKey, arguments)), null);
	}

	private static String text(Locale locale, String key, Object... arguments) {
		return RuleMessages.of(RuleMessages.class, locale).text(key, arguments);
	}

	/** The rule whose id is the longest prefix of {@code key}, so rule ids may contain dots. */
	private static Optional<ValidationRule> ruleOf(String key, RuleCatalog rules) {
		return rules.rules().stream().filter(rule -> key.startsWith(rule.id() + "."))
				.max((a, b) -> Integer.compare(a.id().length(), b.id().length()));
	}

	private static Optional<RuleParameter> parameterOf(ValidationRule rule, String name) {
		return rule.parameters().stream().filter(p -> p.name().equals(name)).findFirst();
	}

	private static List<String> ruleIds(RuleCatalog rules) {
		return rules.rules().stream().map(ValidationRule::id).toList();
	}

	private static String format(double number) {
		return number == Math.rint(number) ? Long.toString((long) number) : Double.toString(number);
	}

	/** The rules these settings apply to. */
	public RuleCatalog rules() {
		return rules;
	}

	public boolean isEnabled(ValidationRule rule) {
		return !"false".equalsIgnoreCase(values.get(rule.id() + ".enabled"));
	}

	public Severity severity(ValidationRule rule) {
		String configured = values.get(rule.id() + ".severity");
		return configured == null ? rule.defaultSeverity() : Severity.fromWord(configured);
	}

	/**
	 * The configured value of {@code rule}'s parameter {@code name}, or its default.
	 *
	 * @throws IllegalArgumentException when the rule declares no such parameter
	 */
	public double parameter(ValidationRule rule, String name) {
		RuleParameter parameter = parameterOf(rule, name).orElseThrow(
				() -> new IllegalArgumentException("rule " + rule.id() + " declares no parameter " + name));
		String configured = values.get(rule.id() + "." + name);
		return configured == null ? parameter.defaultValue() : Double.parseDouble(configured);
	}

	/**
	 * Whether {@code statement} begins with {@code phrase} followed by more words, ignoring case: how
	 * the rules check the statements of segments and value communities.
	 */
	public static boolean beginsWithPhrase(String statement, String phrase) {
		if (statement == null) {
			return false;
		}
		String text = statement.strip().toLowerCase(Locale.ROOT);
		String start = phrase.strip().toLowerCase(Locale.ROOT);
		return text.startsWith(start) && !text.substring(start.length()).isBlank();
	}

	/**
	 * The configured statement phrase, or the one of {@code language} (an IETF tag such as
	 * {@code da} or {@code sv-FI}): "Os, der" for Danish, "Vi som" for Swedish, "Me, jotka" for
	 * Finnish, "Those of us who" otherwise.
	 */
	public String statementPhrase(String language) {
		String configured = values.get(STATEMENT_PHRASE);
		if (configured != null) {
			return configured;
		}
		String primary = language == null ? "en" : language.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
		return PHRASE_BY_LANGUAGE.getOrDefault(primary, PHRASE_BY_LANGUAGE.get("en"));
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.validation;

import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The messages of validation rules in the language a run is written in: {@code messages*.properties}
 * (UTF-8) in the rule's package, looked up for that language only, with no fallback to the JVM's
 * default locale. A report in Danish gets Danish findings on an English machine, the workbench's
 * Problems view those of its own locale, and the headless {@code validate} command English unless
 * told otherwise. Texts with arguments are {@link MessageFormat} patterns.
 */
public final class RuleMessages {

	/** The language of a run that names none: the rules' own English. */
	public static final Locale DEFAULT = Locale.ENGLISH;

	/** The languages the built-in rules are written in, by their IETF tag. */
	public static final List<String> LANGUAGES = List.of("en", "da", "sv", "fi");

	private static final String FILE = "messages";
	private static final ResourceBundle.Control NO_DEFAULT_LOCALE = ResourceBundle.Control
			.getNoFallbackControl(List.of("java.properties"));

	private final Class<?> owner;
	private final Locale locale;

	private RuleMessages(Class<?> owner, Locale locale) {
		this.owner = owner;
		this.locale = locale;
	}

	/** The messages beside {@code owner}, usually a rule class, in {@code locale}. */
	public static RuleMessages of(Class<?> owner, Locale locale) {
		return new RuleMessages(owner, locale);
	}

	/** The locale of an IETF tag or Eclipse NL such as {@code da}, {@code sv_FI}; English when empty. */
	public static Locale locale(String tag) {
		if (tag == null || tag.isBlank()) {
			return DEFAULT;
		}
		Locale locale = Locale.forLanguageTag(tag.strip().replace('_', '-'));
		return locale.getLanguage().isEmpty() ? DEFAULT : locale;
	}

	/**
	 * What {@code rule} requires, in {@code locale}'s language: the text {@code description.RULE-ID}
	 * beside the rule class, or the rule's own English {@link ValidationRule#description()}.
	 */
	public static String description(ValidationRule rule, Locale locale) {
		return of(rule.getClass(), locale).textOr("description." + rule.id(), rule.description());
	}

	/**
	 * A parameter of {@code rule} as the workbench's settings name it, in {@code locale}'s language:
	 * the text {@code parameter.RULE-ID.NAME} beside the rule class, or the parameter's own English
	 * {@link RuleParameter#description()}.
	 */
	public static String parameter(ValidationRule rule, RuleParameter parameter, Locale locale) {
		return of(rule.getClass(), locale).textOr("parameter." + rule.id() + "." + parameter.name(), parameter.description());
	}

	public Locale locale() {
		return locale;
	}

	/** The message {@code key} with {@code arguments} filled in ({@code {0}}, ...). */
	public String text(String key, Object... arguments) {
		String pattern = pattern(owner, key);
		if (pattern == null) {
			throw new IllegalStateException("no validation message '" + key + "' beside " + owner.getName());
		}
		return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
	}

	/** Like {@link #text(String, Object...)}, or {@code fallback} when the messages have no {@code key}. */
	public String textOr(String key, String fallback) {
		String pattern = pattern(owner, key);
		return pattern == null ? fallback : pattern;
	}

	/** The shared wording of a list: "a", "a and b", "a, b and c" in English, "a, b og c" in Danish. */
	public String list(List<String> items) {
		if (items.size() == 1) {
			return items.get(0);
		}
		String last = items.get(items.size() - 1);
		String init = String.join(shared("list.separator"), items.subList(0, items.size() - 1));
		return new MessageFormat(shared("list.last"), locale).format(new Object[] { init, last });
	}

	/** A number with exactly {@code decimals} decimals and the language's decimal sign, no grouping. */
	public String decimal(double value, int decimals) {
		return String.format(locale, "%." + decimals + "f", value);
	}

	/**
	 * A number as Java writes it ({@code 0.35}, {@code 1.5E-4}, {@code NaN}), with the language's
	 * decimal sign: for values that may be anything, such as a weight typed out of range.
	 */
	public String number(double value) {
		return Double.toString(value).replace('.', DecimalFormatSymbols.getInstance(locale).getDecimalSeparator());
	}

	/** A date as the language writes it in a sentence; ISO 8601 in English, as the model file has it. */
	public String date(LocalDate date) {
		return DateTimeFormatter.ofPattern(shared("date.pattern"), locale).format(date);
	}

	/**
	 * An element's kind, such as "value community" for {@code ValueCommunity}, from the shared
	 * messages; a kind they lack is spelt out from the class name.
	 */
	public String kind(String className) {
		String fallback = className.replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
		String pattern = pattern(RuleMessages.class, "kind." + className);
		return pattern == null ? fallback : pattern;
	}

	/**
	 * An element without a name where its name would stand: "an unnamed value community" in
	 * English, "(uden navn)" in Danish.
	 */
	public String unnamed(String className) {
		return new MessageFormat(shared("unnamed"), locale).format(new Object[] { kind(className) });
	}

	/** An element's id in parentheses after its name: "(id s2)". */
	public String id(String id) {
		return new MessageFormat(shared("element.id"), locale).format(new Object[] { id });
	}

	private String shared(String key) {
		String pattern = pattern(RuleMessages.class, key);
		if (pattern == null) {
			throw new IllegalStateException("no shared validation message '" + key + "'");
		}
		return pattern;
	}

	private String pattern(Class<?> beside, String key) {
		ResourceBundle bundle;
		try {
			bundle = ResourceBundle.getBundle(beside.getPackageName() + "." + FILE, locale, beside.getClassLoader(),
					NO_DEFAULT_LOCALE);
		} catch (MissingResourceException e) {
			return null;
		}
		return bundle.containsKey(key) ? bundle.getString(key) : null;
	}
}

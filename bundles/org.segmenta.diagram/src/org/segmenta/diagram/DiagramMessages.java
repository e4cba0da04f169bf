/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.eclipse.emf.common.util.Enumerator;

/**
 * The diagrams' own texts in one language: why an edit is refused, the names of the edits (undo
 * history), and the words for the
 * metamodel's enumeration values in labels. {@code messages*.properties} beside this class (UTF-8),
 * looked up for the diagram's language only, with no fallback to the JVM's default locale, so that
 * a Danish report draws Danish diagrams on an English machine. Texts with arguments are
 * {@link MessageFormat} patterns.
 */
public final class DiagramMessages {

	private static final String BUNDLE = "org.segmenta.diagram.messages";
	private static final ResourceBundle.Control NO_DEFAULT_LOCALE = ResourceBundle.Control
			.getNoFallbackControl(List.of("java.properties"));

	private final Locale locale;

	private DiagramMessages(Locale locale) {
		this.locale = locale;
	}

	public static DiagramMessages of(Locale locale) {
		return new DiagramMessages(locale);
	}

	public Locale locale() {
		return locale;
	}

	/** The text {@code key} with {@code arguments} filled in ({@code {0}}, ...). */
	public String text(String key, Object... arguments) {
		String pattern;
		try {
			pattern = bundle().getString(key);
		} catch (MissingResourceException e) {
			throw new IllegalStateException("no diagram text '" + key + "' for " + locale, e);
		}
		return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
	}

	/**
	 * An enumeration value as a word of the language, such as "Decision maker" or Danish
	 * "Beslutningstager" for {@code DECISION_MAKER}; a value without a text is spelt out from its name.
	 */
	public String word(Enumerator value, String enumName) {
		String key = "enum." + enumName + "." + value.getName();
		ResourceBundle bundle = bundle();
		String word = bundle.containsKey(key) ? bundle.getString(key) : value.getName().replace('_', ' ').toLowerCase(Locale.ROOT);
		return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(locale) + word.substring(1);
	}

	private ResourceBundle bundle() {
		return ResourceBundle.getBundle(BUNDLE, locale, DiagramMessages.class.getClassLoader(), NO_DEFAULT_LOCALE);
	}
}

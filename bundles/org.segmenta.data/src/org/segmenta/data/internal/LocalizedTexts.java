/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.data.internal;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * The texts of one package's {@code messages*.properties} (UTF-8), in one language only, with no
 * fallback to the JVM's default locale, so that Danish is Danish on an English machine and a
 * language without texts gets English. Texts with arguments are {@link MessageFormat} patterns in
 * that language, so each pattern chooses how its numbers are written.
 */
public final class LocalizedTexts {

	private static final ResourceBundle.Control NO_DEFAULT_LOCALE = ResourceBundle.Control
			.getNoFallbackControl(List.of("java.properties"));

	private final String bundleName;
	private final ClassLoader loader;

	/** The texts of {@code anchor}'s package. */
	public LocalizedTexts(Class<?> anchor) {
		this.bundleName = anchor.getPackageName() + ".messages";
		this.loader = anchor.getClassLoader();
	}

	public String text(Locale locale, String key, Object... arguments) {
		String pattern = ResourceBundle.getBundle(bundleName, locale, loader, NO_DEFAULT_LOCALE).getString(key);
		return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
	}

	/** The text {@code key} with {@code arguments}, worded for any language when it is asked for. */
	public Function<Locale, String> wording(String key, Object... arguments) {
		Object[] kept = arguments.clone();
		return locale -> text(locale, key, kept);
	}
}

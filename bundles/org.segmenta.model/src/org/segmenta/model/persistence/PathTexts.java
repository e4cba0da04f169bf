/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.model.persistence;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Why {@link ModelPaths} refuses a file, in one language: {@code messages*.properties} beside this
 * class (UTF-8), for that language only, with no fallback to the JVM's default locale, so that a
 * Danish report words it in Danish on an English machine. Texts with arguments are
 * {@link MessageFormat} patterns.
 */
final class PathTexts {

	private static final ResourceBundle.Control NO_DEFAULT_LOCALE = ResourceBundle.Control
			.getNoFallbackControl(List.of("java.properties"));

	private PathTexts() {
	}

	static String text(Locale locale, String key, Object... arguments) {
		String pattern = ResourceBundle.getBundle(PathTexts.class.getPackageName() + ".messages", locale,
				PathTexts.class.getClassLoader(), NO_DEFAULT_LOCALE).getString(key);
		return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.report.internal;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The report's fixed texts, {@code messages*.properties} beside this class (UTF-8, as Java reads
 * properties files since 9). Looked up for the report's language only: no fallback to the JVM's
 * default locale, so a Danish report is Danish on an English machine and the other way round.
 */
public final class Messages {

	private static final String BUNDLE = "org.segmenta.report.internal.messages";
	private static final ResourceBundle.Control NO_DEFAULT_LOCALE = ResourceBundle.Control
			.getNoFallbackControl(List.of("java.properties"));

	private Messages() {
	}

	/** Whether there is a text {@code key} for {@code locale} (or in English). */
	public static boolean has(Locale locale, String key) {
		return bundle(locale).containsKey(key);
	}

	/** The text {@code key} for {@code locale}, the English one where the language has none. */
	public static String get(Locale locale, String key) {
		ResourceBundle bundle = bundle(locale);
		try {
			return bundle.getString(key);
		} catch (MissingResourceException e) {
			throw new IllegalStateException("no report text '" + key + "' for " + locale, e);
		}
	}

	private static ResourceBundle bundle(Locale locale) {
		return ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(), NO_DEFAULT_LOCALE);
	}
}

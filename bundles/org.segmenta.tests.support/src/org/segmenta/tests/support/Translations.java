/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.tests.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.function.Function;

/** The languages Segmenta speaks besides English, and a check of a text in all four. */
public final class Translations {

	public static final Locale DANISH = Locale.forLanguageTag("da");
	public static final Locale SWEDISH = Locale.forLanguageTag("sv");
	public static final Locale FINNISH = Locale.forLanguageTag("fi");

	private Translations() {
	}

	/**
	 * Asserts that {@code text} words it in each language as given, and in English for a language
	 * without texts (never the machine's locale).
	 */
	public static void assertWorded(Function<Locale, String> text, String english, String danish, String swedish,
			String finnish) {
		assertEquals(english, text.apply(Locale.ENGLISH));
		assertEquals(danish, text.apply(DANISH));
		assertEquals(swedish, text.apply(SWEDISH));
		assertEquals(finnish, text.apply(FINNISH));
		assertEquals(english, text.apply(Locale.GERMAN));
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.data.internal;

import java.util.Locale;
import java.util.function.Function;

import org.segmenta.data.DataException;

/**
 * Why data cannot be read or used, in each language: {@code org/segmenta/data/messages*.properties},
 * beside {@link DataException}.
 */
public final class DataTexts {

	private static final LocalizedTexts TEXTS = new LocalizedTexts(DataException.class);

	private DataTexts() {
	}

	public static String text(Locale locale, String key, Object... arguments) {
		return TEXTS.text(locale, key, arguments);
	}

	/** The text {@code key} with {@code arguments}, for a {@link DataException} in any language. */
	public static Function<Locale, String> wording(String key, Object... arguments) {
		return TEXTS.wording(key, arguments);
	}
}

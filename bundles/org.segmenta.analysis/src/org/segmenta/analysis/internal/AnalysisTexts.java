/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis.internal;

import java.util.Locale;
import java.util.function.Function;

import org.segmenta.data.DataException;
import org.segmenta.data.internal.LocalizedTexts;

/**
 * Why data cannot be analysed, in each language: {@code messages*.properties} beside this class,
 * for the {@link DataException}s of the analyses.
 */
public final class AnalysisTexts {

	private static final LocalizedTexts TEXTS = new LocalizedTexts(AnalysisTexts.class);

	private AnalysisTexts() {
	}

	/** The text {@code key} with {@code arguments}, for a {@link DataException} in any language. */
	public static Function<Locale, String> wording(String key, Object... arguments) {
		return TEXTS.wording(key, arguments);
	}
}

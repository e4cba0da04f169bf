/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.validation;

import java.util.Locale;
import java.util.function.Function;

/**
 * The validation configuration cannot be used; the message names the file and the key.
 * {@link #getMessage()} is English, {@link #getMessage(Locale)} in Danish, Swedish or Finnish too.
 */
public class SettingsException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient Function<Locale, String> wording;

	public SettingsException(String message) {
		this(message, (Throwable) null);
	}

	public SettingsException(String message, Throwable cause) {
		super(message, cause);
		this.wording = locale -> message;
	}

	/** A problem worded in each language by {@code wording}, English for {@link #getMessage()}. */
	public SettingsException(Function<Locale, String> wording, Throwable cause) {
		super(wording.apply(Locale.ENGLISH), cause);
		this.wording = wording;
	}

	/** The message in {@code locale}'s language (English where it has no texts). */
	public String getMessage(Locale locale) {
		return wording.apply(locale);
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.model.persistence;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * A model names a file or refers to a document that {@link ModelPaths} refuses. The message names
 * the element and its attribute (or the reference), never the content of the file.
 */
public class ReferencedFileException extends IOException {

	private static final long serialVersionUID = 1L;

	/** The message in each language; English for {@link #getMessage()}. */
	private final transient Function<Locale, String> wording;

	public ReferencedFileException(String message) {
		super(message);
		this.wording = locale -> message;
	}

	/** A refusal worded in each language by {@code wording}, English for {@link #getMessage()}. */
	public ReferencedFileException(Function<Locale, String> wording) {
		super(wording.apply(Locale.ENGLISH));
		this.wording = wording;
	}

	/** The refusal that {@code failure} is or was caused by, if any. */
	public static Optional<ReferencedFileException> in(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof ReferencedFileException refused) {
				return Optional.of(refused);
			}
		}
		return Optional.empty();
	}

	/** The message in {@code locale}'s language (English where it has no texts). */
	public String getMessage(Locale locale) {
		return wording.apply(locale);
	}
}

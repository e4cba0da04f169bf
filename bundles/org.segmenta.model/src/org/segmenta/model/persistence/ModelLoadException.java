/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.model.persistence;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;

/**
 * A model file could not be read. The message names the file and, where the parser knows it, the
 * line and column, in the {@code file:line:column: problem} form that editors and CI logs link.
 * {@link #getMessage()} is English; {@link #getMessage(Locale)} words the problem in Danish,
 * Swedish or Finnish too (the texts are {@code messages*.properties} beside this class), keeping
 * the parser's own words, which the JDK writes, as they are.
 */
public class ModelLoadException extends IOException {

	private static final long serialVersionUID = 1L;

	private final transient Path file;
	private final int line;
	private final int column;
	private final String key;
	private final transient Object[] arguments;
	/** The problem in each language, for problems worded outside this package; else {@code null}. */
	private final transient Function<Locale, String> wording;

	/** A problem worded by the caller, in one language only. */
	public ModelLoadException(Path file, int line, int column, String problem, Throwable cause) {
		super(location(file, line, column) + ": " + problem, cause);
		this.file = file;
		this.line = line;
		this.column = column;
		this.key = null;
		this.arguments = new Object[0];
		this.wording = null;
	}

	/**
	 * A problem worded by the caller in each language, such as the diagram bundle's own texts:
	 * {@code problem} gives the words for a locale (English for {@link #getMessage()}).
	 */
	public ModelLoadException(Path file, int line, int column, Function<Locale, String> problem, Throwable cause) {
		super(location(file, line, column) + ": " + problem.apply(Locale.ENGLISH), cause);
		this.file = file;
		this.line = line;
		this.column = column;
		this.key = null;
		this.arguments = new Object[0];
		this.wording = problem;
	}

	private ModelLoadException(Path file, int line, int column, Throwable cause, String key, Object... arguments) {
		super(location(file, line, column) + ": " + PathTexts.text(Locale.ENGLISH, key, arguments), cause);
		this.file = file;
		this.line = line;
		this.column = column;
		this.key = key;
		this.arguments = arguments.clone();
		this.wording = null;
	}

	/**
	 * A problem whose words are the text {@code key} of {@code messages*.properties} in this package,
	 * with {@code arguments} filled in, so each language words it its own way.
	 */
	static ModelLoadException worded(Path file, int line, int column, Throwable cause, String key, Object... arguments) {
		return new ModelLoadException(file, line, column, cause, key, arguments);
	}

	/** The file that failed to load. */
	public Path getFile() {
		return file;
	}

	/** The 1-based line of the first problem, or 0 when unknown. */
	public int getLine() {
		return line;
	}

	/**
	 * The message in {@code locale}'s language (English where it has no texts): the file, line and
	 * column, then the problem.
	 */
	public String getMessage(Locale locale) {
		if (wording != null) {
			return location(file, line, column) + ": " + wording.apply(locale);
		}
		if (key == null) {
			return getMessage();
		}
		return location(file, line, column) + ": " + PathTexts.text(locale, key, arguments);
	}

	/**
	 * Why {@code failure} happened, in {@code locale}'s language when it is a {@link ModelLoadException}
	 * or a {@link ReferencedFileException} (also as the cause of another), else its own message: for
	 * callers that catch more than model files failing to load.
	 */
	public static String messageOf(Throwable failure, Locale locale) {
		if (failure instanceof ModelLoadException unreadable) {
			return unreadable.getMessage(locale);
		}
		return ReferencedFileException.in(failure).map(refused -> refused.getMessage(locale))
				.orElseGet(() -> String.valueOf(failure.getMessage()));
	}

	private static String location(Path file, int line, int column) {
		StringBuilder location = new StringBuilder(String.valueOf(file));
		if (line > 0) {
			location.append(':').append(line);
			if (column > 0) {
				location.append(':').append(column);
			}
		}
		return location.toString();
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.data;

import java.util.Locale;
import java.util.function.Function;

import org.segmenta.data.internal.DataTexts;
import org.segmenta.data.internal.LocalizedTexts;

/**
 * Data that cannot be used, with a message that names the file and, where it applies, the line and
 * the column at fault, so the user can find and fix the cell. {@link #getMessage()} is English, as
 * the headless commands print it; {@link #getMessage(Locale)} words it in Danish, Swedish or
 * Finnish too (the texts are {@code messages*.properties} beside this class, or those of the bundle
 * that words the problem), keeping what a library or the JDK says as it is.
 */
public class DataException extends Exception {

	private static final long serialVersionUID = 1L;

	private final String source;
	private final long line;
	private final String column;
	/** The problem in each language; {@code null} for one worded in English only (or deserialised). */
	private final transient Function<Locale, String> problem;

	/**
	 * A problem worded by the caller in English only, such as a contributed method's: the message is
	 * the same in every language, so that no language mixes its words with English ones.
	 */
	public DataException(String source, long line, String column, String problem) {
		super(location(source, line, column, Locale.ENGLISH) + problem);
		this.source = source;
		this.line = line;
		this.column = column;
		this.problem = null;
	}

	/** A problem of the whole file worded by the caller in English only. */
	public DataException(String source, String problem) {
		this(source, 0, null, problem);
	}

	/**
	 * A problem worded in each language by {@code problem} (English for {@link #getMessage()}), such
	 * as {@link LocalizedTexts#wording} gives.
	 */
	public DataException(String source, long line, String column, Function<Locale, String> problem) {
		super(location(source, line, column, Locale.ENGLISH) + problem.apply(Locale.ENGLISH));
		this.source = source;
		this.line = line;
		this.column = column;
		this.problem = problem;
	}

	/** A problem of the whole file, worded in each language by {@code problem}. */
	public DataException(String source, Function<Locale, String> problem) {
		this(source, 0, null, problem);
	}

	private static String location(String source, long line, String column, Locale locale) {
		StringBuilder text = new StringBuilder(source);
		if (line > 0) {
			text.append(DataTexts.text(locale, "location.line", Long.valueOf(line)));
		}
		if (column != null) {
			text.append(DataTexts.text(locale, "location.column", column));
		}
		return text.append(": ").toString();
	}

	/**
	 * The message in {@code locale}'s language (English where it has no texts): the file, line and
	 * column, then the problem.
	 */
	public String getMessage(Locale locale) {
		if (problem == null) {
			return getMessage();
		}
		return location(source, line, column, locale) + problem.apply(locale);
	}

	/**
	 * Why {@code failure} happened, in {@code locale}'s language when it is a {@link DataException}
	 * (also as the cause of another), else its own message: for callers that catch more than data
	 * that cannot be used.
	 */
	public static String messageOf(Throwable failure, Locale locale) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof DataException unusable) {
				return unusable.getMessage(locale);
			}
		}
		return String.valueOf(failure.getMessage());
	}

	/** The file (or sheet) name. */
	public String source() {
		return source;
	}

	/** The 1-based line, or 0 when the problem is not on one line. */
	public long line() {
		return line;
	}

	/** The column name, or {@code null}. */
	public String column() {
		return column;
	}
}

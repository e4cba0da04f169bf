/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.data.internal;

import java.util.Locale;
import java.util.function.Function;

/**
 * Splits text that starts at a record boundary into records and fields, field by field, without
 * making a string of a field. The rules are those of RFC 4180 as Apache Commons CSV's default format
 * reads them with empty lines ignored: a field that starts with a quote runs to the closing quote (a
 * doubled quote inside is one quote; line breaks inside belong to the field), blanks after the
 * closing quote are dropped, and a quote anywhere else is an ordinary character. CR, LF and CR LF
 * each end a line.
 */
public final class CsvRecordScanner {

	/** A quoted field that is not closed, or text between a closing quote and the delimiter. */
	public static final class SyntaxException extends Exception {

		private static final long serialVersionUID = 1L;

		private final long line;
		private final transient Function<Locale, String> problem;

		SyntaxException(long line, Function<Locale, String> problem) {
			super(problem.apply(Locale.ENGLISH));
			this.line = line;
			this.problem = problem;
		}

		/** The problem in each language. */
		public Function<Locale, String> problem() {
			return problem;
		}

		/** The line, counted from 0 at the start of the scanned text. */
		public long line() {
			return line;
		}
	}

	private final char[] text;
	private final int end;
	private final char delimiter;
	private int position;
	private long line;
	private long recordLine;
	private boolean recordEnded = true;
	private int fieldFrom;
	private int fieldTo;

	/**
	 * Scans {@code text[from..to)}. A quoted field's content is unescaped in place, so the array is
	 * changed and must belong to this scanner.
	 */
	public CsvRecordScanner(char[] text, int from, int to, char delimiter) {
		this.text = text;
		this.position = from;
		this.end = to;
		this.delimiter = delimiter;
	}

	/** Moves to the next record, past empty lines; {@code false} at the end of the text. */
	public boolean nextRecord() {
		while (position < end && (text[position] == '\n' || text[position] == '\r')) {
			skipLineBreak(position);
		}
		if (position >= end) {
			return false;
		}
		recordLine = line;
		recordEnded = false;
		return true;
	}

	/**
	 * Moves to the next field of the current record; {@code false} when the record has no more.
	 *
	 * @throws SyntaxException when a quoted field is not closed or is followed by text
	 */
	public boolean nextField() throws SyntaxException {
		if (recordEnded) {
			return false;
		}
		int start = position;
		if (start < end && text[start] == '"') {
			endField(quoted(start));
		} else {
			int i = start;
			while (i < end && text[i] != delimiter && text[i] != '\n' && text[i] != '\r') {
				i++;
			}
			fieldFrom = start;
			fieldTo = i;
			endField(i);
		}
		return true;
	}

	/** The array the current field lies in, from {@link #fieldFrom()} to {@link #fieldTo()}. */
	public char[] text() {
		return text;
	}

	public int fieldFrom() {
		return fieldFrom;
	}

	public int fieldTo() {
		return fieldTo;
	}

	/** The current field as a string. */
	public String field() {
		return new String(text, fieldFrom, fieldTo - fieldFrom);
	}

	/** The line the current record starts on, counted from 0 at the start of the scanned text. */
	public long recordLine() {
		return recordLine;
	}

	/** The line breaks passed so far, inside quoted fields too. */
	public long lineBreaks() {
		return line;
	}

	/** Where scanning goes on: after the current record once it has ended. */
	public int position() {
		return position;
	}

	/** Scans the quoted field opened at {@code open}; returns where its delimiter or line break is. */
	private int quoted(int open) throws SyntaxException {
		long startLine = line;
		int write = open + 1; // behind the reading position once a doubled quote has been read
		int i = open + 1;
		while (true) {
			if (i >= end) {
				throw new SyntaxException(startLine, DataTexts.wording("csv.unclosedQuote"));
			}
			char c = text[i];
			if (c == '"') {
				if (i + 1 < end && text[i + 1] == '"') {
					text[write++] = '"';
					i += 2;
					continue;
				}
				i++;
				break;
			}
			if (c == '\n' || c == '\r' && (i + 1 >= end || text[i + 1] != '\n')) {
				line++;
			}
			text[write++] = c;
			i++;
		}
		fieldFrom = open + 1;
		fieldTo = write;
		for (; i < end && text[i] != delimiter && text[i] != '\n' && text[i] != '\r'; i++) {
			if (!Character.isWhitespace(text[i])) {
				throw new SyntaxException(line, DataTexts.wording("csv.afterQuote", printable(text[i])));
			}
		}
		return i;
	}

	/** Moves past the field that ends at {@code i}: a delimiter, a line break or the end. */
	private void endField(int i) {
		if (i >= end) {
			position = end;
			recordEnded = true;
		} else if (text[i] == delimiter) {
			position = i + 1;
		} else {
			skipLineBreak(i);
			recordEnded = true;
		}
	}

	private void skipLineBreak(int i) {
		position = text[i] == '\r' && i + 1 < end && text[i + 1] == '\n' ? i + 2 : i + 1;
		line++;
	}

	/** A character for a message: control characters by their code, so none reaches the message. */
	private static String printable(char c) {
		return Character.isISOControl(c) || Character.isSurrogate(c) ? String.format("U+%04X", (int) c) : "'" + c + "'";
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.data;

/**
 * Data that cannot be used, with a message that names the file and, where it applies, the line and
 * the column at fault, so the user can find and fix the cell.
 */
public class DataException extends Exception {

	private static final long serialVersionUID = 1L;

	private final String source;
	private final long line;
	private final String column;

	public DataException(String source, long line, String column, String problem) {
		super(location(source, line, column) + problem);
		this.source = source;
		this.line = line;
		this.column = column;
	}

	public DataException(String source, String problem) {
		this(source, 0, null, problem);
	}

	private static String location(String source, long line, String column) {
		StringBuilder text = new StringBuilder(source);
		if (line > 0) {
			text.append(", line ").append(line);
		}
		if (column != null) {
			text.append(", column '").append(column).append('\'');
		}
		return text.append(": ").toString();
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

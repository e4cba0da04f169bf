/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.model.persistence;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A model file could not be read. The message names the file and, where the parser knows it, the
 * line and column, in the {@code file:line:column: problem} form that editors and CI logs link.
 */
public class ModelLoadException extends IOException {

	private static final long serialVersionUID = 1L;

	private final transient Path file;
	private final int line;

	public ModelLoadException(Path file, int line, int column, String problem, Throwable cause) {
		super(location(file, line, column) + ": " + problem, cause);
		this.file = file;
		this.line = line;
	}

	/** The file that failed to load. */
	public Path getFile() {
		return file;
	}

	/** The 1-based line of the first problem, or 0 when unknown. */
	public int getLine() {
		return line;
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

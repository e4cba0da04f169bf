/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.data;

import java.util.List;

/**
 * Something in the data that was read, but perhaps not as the user meant, such as a rating scale
 * read as categories because of a few answers that are not numbers. Readers return these with the
 * {@link Dataset}; the message names the file, the column and the cells at fault.
 *
 * @param source  the file (or sheet) the data came from
 * @param column  the column concerned
 * @param cells   the first cells at fault, with their lines
 * @param problem what happened, without the location
 */
public record DataWarning(String source, String column, List<CategoricalColumn.Cell> cells, String problem) {

	public DataWarning {
		cells = List.copyOf(cells);
	}

	/** The warning as one sentence for the user, located as {@link DataException} messages are. */
	public String message() {
		return source + ", column '" + column + "': " + problem;
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.data;

/** What a column measures, which decides how analyses treat it. */
public enum ColumnType {
	/** A quantity: means, variances, distances. */
	NUMERIC,
	/** Ordered categories coded as numbers, such as a 1-5 agreement scale. */
	ORDINAL,
	/** Unordered categories. */
	NOMINAL,
	/** Two categories, such as 0/1 or yes/no. */
	BINARY;

	/** Whether values are categories rather than quantities (ordinal counts as both). */
	public boolean isCategorical() {
		return this != NUMERIC;
	}
}

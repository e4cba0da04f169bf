/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.data;

import java.util.Map;

/**
 * What a data file says about a column beyond its values, as SPSS files carry it: a description
 * of the variable (the question asked) and a label for each value ({@code 1} is "Strongly
 * disagree"), so reports can show words where the data holds codes.
 *
 * @param description the variable's description, or {@code null} when the file gives none
 * @param values      labels by the value's text as {@link Column#text(int)} gives it
 */
public record ColumnLabels(String description, Map<String, String> values) {

	/** No description, no value labels: what CSV and XLSX files give. */
	public static final ColumnLabels NONE = new ColumnLabels(null, Map.of());

	public ColumnLabels {
		values = Map.copyOf(values);
	}

	/** The label of {@code value}, or {@code value} itself when it has none. */
	public String label(String value) {
		return value == null ? null : values.getOrDefault(value, value);
	}
}

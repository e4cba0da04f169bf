/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.data;

import java.nio.charset.Charset;
import java.util.Map;
import java.util.Set;

/**
 * How to read a data file. Each {@code null} setting is detected from the file itself; the
 * delimiter, decimal mark and encoding apply to CSV only, the sheet to XLSX only.
 *
 * @param delimiter      the field separator, or {@code null} to choose among {@code ,} {@code ;} and tab
 * @param decimalComma   whether numbers use a decimal comma ({@code 3,5}), or {@code null} to detect
 * @param charset        the encoding, or {@code null} for UTF-8 (with or without BOM) falling back to
 *                       Windows-1252 when the file is not valid UTF-8
 * @param missingMarkers cell texts that mean "no answer", besides the empty cell
 * @param types          column types that replace the inferred ones
 * @param sheet          the worksheet to read, or {@code null} for the first
 */
public record ReadOptions(Character delimiter, Boolean decimalComma, Charset charset, Set<String> missingMarkers,
		Map<String, ColumnType> types, String sheet) {

	/** The markers survey tools and R write for a missing answer. */
	public static final Set<String> DEFAULT_MISSING_MARKERS = Set.of("NA", "N/A", "#N/A");

	public ReadOptions {
		missingMarkers = Set.copyOf(missingMarkers);
		types = Map.copyOf(types);
	}

	/** Detect everything, infer every type. */
	public static ReadOptions detect() {
		return new ReadOptions(null, null, null, DEFAULT_MISSING_MARKERS, Map.of(), null);
	}

	/** {@code cell} stripped, or {@code null} when it is empty or a missing marker. */
	public String valueOrMissing(String cell) {
		String value = cell.strip();
		return value.isEmpty() || missingMarkers.contains(value) ? null : value;
	}

	/** These options with the types of some columns given by the user. */
	public ReadOptions withTypes(Map<String, ColumnType> overrides) {
		return new ReadOptions(delimiter, decimalComma, charset, missingMarkers, overrides, sheet);
	}

	/** These options reading the worksheet named {@code name}. */
	public ReadOptions withSheet(String name) {
		return new ReadOptions(delimiter, decimalComma, charset, missingMarkers, types, name);
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.data;

import java.nio.charset.Charset;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * How to read a data file. Each {@code null} setting is detected from the file itself; the
 * delimiter, decimal mark and encoding apply to CSV only, the sheet to XLSX only.
 *
 * @param delimiter          the field separator, or {@code null} to choose among {@code ,} {@code ;} and tab
 * @param decimalComma       whether numbers use a decimal comma ({@code 3,5}), or {@code null} to detect
 * @param charset            the encoding, or {@code null} for UTF-8 (with or without BOM) falling back to
 *                           Windows-1252 when the file is not valid UTF-8
 * @param missingMarkers     cell texts that mean "no answer" in every column, besides the empty cell
 * @param types              column types that replace the inferred ones
 * @param sheet              the worksheet to read, or {@code null} for the first
 * @param columnMissingCodes cell texts that mean "no answer" in one column, by column name
 */
public record ReadOptions(Character delimiter, Boolean decimalComma, Charset charset, Set<String> missingMarkers,
		Map<String, ColumnType> types, String sheet, Map<String, Set<String>> columnMissingCodes) {

	/** The markers survey tools and R write for a missing answer. */
	public static final Set<String> DEFAULT_MISSING_MARKERS = Set.of("NA", "N/A", "#N/A");

	public ReadOptions {
		missingMarkers = Set.copyOf(missingMarkers);
		types = Map.copyOf(types);
		Map<String, Set<String>> codes = new HashMap<>();
		columnMissingCodes.forEach((column, texts) -> codes.put(column, Set.copyOf(texts)));
		columnMissingCodes = Map.copyOf(codes);
	}

	/** Detect everything, infer every type. */
	public static ReadOptions detect() {
		return new ReadOptions(null, null, null, DEFAULT_MISSING_MARKERS, Map.of(), null, Map.of());
	}

	/**
	 * The cell texts that mean "no answer" in {@code column}: the markers for every column and the
	 * column's own codes. Codes match the cell's text without surrounding blanks, exactly: {@code 99}
	 * matches {@code 99}, not {@code 99.0}; {@code Vet ej} not {@code vet ej}.
	 */
	public Set<String> missingCodes(String column) {
		Set<String> own = columnMissingCodes.get(column);
		if (own == null) {
			return missingMarkers;
		}
		Set<String> codes = new HashSet<>(missingMarkers);
		codes.addAll(own);
		return codes;
	}

	/** These options with the types of some columns given by the user. */
	public ReadOptions withTypes(Map<String, ColumnType> overrides) {
		return new ReadOptions(delimiter, decimalComma, charset, missingMarkers, overrides, sheet, columnMissingCodes);
	}

	/** These options reading the worksheet named {@code name}. */
	public ReadOptions withSheet(String name) {
		return new ReadOptions(delimiter, decimalComma, charset, missingMarkers, types, name, columnMissingCodes);
	}

	/** These options with {@code codes}, such as {@code 99} or {@code Vet ej}, missing in every column. */
	public ReadOptions withMissingCodes(Collection<String> codes) {
		Set<String> markers = new HashSet<>(missingMarkers);
		codes.forEach(code -> markers.add(code.strip()));
		return new ReadOptions(delimiter, decimalComma, charset, markers, types, sheet, columnMissingCodes);
	}

	/** These options with {@code codes}, such as {@code 98} and {@code 99}, missing in {@code column}. */
	public ReadOptions withMissingCodes(String column, Collection<String> codes) {
		Map<String, Set<String>> all = new HashMap<>(columnMissingCodes);
		Set<String> own = new HashSet<>(all.getOrDefault(column, Set.of()));
		codes.forEach(code -> own.add(code.strip()));
		all.put(column, own);
		return new ReadOptions(delimiter, decimalComma, charset, missingMarkers, types, sheet, all);
	}
}

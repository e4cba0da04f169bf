package org.segmenta.data;

import java.nio.charset.Charset;
import java.util.Map;
import java.util.Set;

/**
 * How to read a CSV file. Each {@code null} setting is detected from the file itself.
 *
 * @param delimiter      the field separator, or {@code null} to choose among {@code ,} {@code ;} and tab
 * @param decimalComma   whether numbers use a decimal comma ({@code 3,5}), or {@code null} to detect
 * @param charset        the encoding, or {@code null} for UTF-8 (with or without BOM) falling back to
 *                       Windows-1252 when the file is not valid UTF-8
 * @param missingMarkers cell texts that mean "no answer", besides the empty cell
 * @param types          column types that replace the inferred ones
 */
public record CsvOptions(Character delimiter, Boolean decimalComma, Charset charset, Set<String> missingMarkers,
		Map<String, ColumnType> types) {

	/** The markers survey tools and R write for a missing answer. */
	public static final Set<String> DEFAULT_MISSING_MARKERS = Set.of("NA", "N/A", "#N/A");

	public CsvOptions {
		missingMarkers = Set.copyOf(missingMarkers);
		types = Map.copyOf(types);
	}

	/** Detect everything, infer every type. */
	public static CsvOptions detect() {
		return new CsvOptions(null, null, null, DEFAULT_MISSING_MARKERS, Map.of());
	}

	/** These options with the types of some columns given by the user. */
	public CsvOptions withTypes(Map<String, ColumnType> overrides) {
		return new CsvOptions(delimiter, decimalComma, charset, missingMarkers, overrides);
	}
}

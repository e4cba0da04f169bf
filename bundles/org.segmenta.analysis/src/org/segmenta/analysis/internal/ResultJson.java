/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis.internal;

import java.io.IOException;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.segmenta.analysis.CategoricalProfile;
import org.segmenta.analysis.ClusterResult;
import org.segmenta.analysis.Distinctiveness;
import org.segmenta.analysis.NumericProfile;
import org.segmenta.analysis.SegmentCountSuggestion;
import org.segmenta.analysis.VariableProfile;
import org.segmenta.data.ColumnLabels;

import com.google.gson.FormattingStyle;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;

/**
 * The JSON documents of the headless commands: maps, lists, strings, numbers and booleans written
 * by Gson, indented by two spaces. Decimals keep 10 significant digits, whole numbers are written
 * without a decimal point, and NaN and infinities become {@code null}, since JSON has neither. Arrays
 * of numbers stay on one line. Text is written as it is (UTF-8 when saved), with only quotes,
 * backslashes and control characters escaped.
 */
public final class ResultJson {

	private static final FormattingStyle ONE_LINE = FormattingStyle.COMPACT.withSpaceAfterSeparators(true);

	private static final Gson GSON = gson();

	private ResultJson() {
	}

	/** {@code document} (a map of the methods below, or any map or list) as JSON text ending in a line break. */
	public static String write(Object document) {
		return GSON.toJson(document) + "\n";
	}

	/** {@code result.json}: method, k, iterations, fit statistics, sizes, silhouette. */
	public static Map<String, Object> result(ClusterResult result, List<String> columns, String missingValues,
			String weight) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("method", result.method());
		if (weight != null) {
			json.put("weight", weight);
		}
		json.put("k", result.k());
		json.put("columns", columns);
		json.put("iterations", result.iterations());
		json.putAll(result.fit());
		json.put("sizes", result.sizes());
		json.put("assigned", result.assigned());
		json.put("unassigned", result.labels().length - result.assigned());
		json.put("silhouette", result.silhouette() == null ? null : result.silhouette().value());
		if (result.silhouette() != null) {
			json.put("silhouetteSampleSize", result.silhouette().sampleSize());
			json.put("silhouetteExact", result.silhouette().exact());
		}
		json.put("missingValues", missingValues);
		return json;
	}

	/** {@code k-selection.json}: one row per k and the suggestion; {@code weight} named when not {@code null}. */
	public static Map<String, Object> kSelection(SegmentCountSuggestion.Table table, double minShare, String weight) {
		List<Object> rows = new ArrayList<>();
		for (SegmentCountSuggestion.Row row : table.rows()) {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("k", row.k());
			json.putAll(row.result().fit());
			json.put("silhouette", row.result().silhouette() == null ? null : row.result().silhouette().value());
			json.put("smallestShare", row.smallestShare());
			json.put("sizes", row.result().sizes());
			json.put("admissible", row.admissible());
			rows.add(json);
		}
		Map<String, Object> json = new LinkedHashMap<>();
		if (weight != null) {
			json.put("weight", weight);
		}
		json.put("rows", rows);
		json.put("minSizeShare", minShare);
		json.put("suggestedK", table.suggested() == 0 ? null : table.suggested());
		json.put("criterion", table.criterion());
		json.put("elbowK", table.elbow() == 0 ? null : table.elbow());
		ClusterResult first = table.rows().get(0).result();
		if (first.silhouette() != null) {
			json.put("silhouetteSampleSize", first.silhouette().sampleSize());
			json.put("silhouetteExact", first.silhouette().exact());
		}
		return json;
	}

	/**
	 * {@code profile.json}: per variable, the index table and its test. With {@code weight} (a column name, or {@code null} when unweighted) the
	 * weight is named, and shares, means and indices are weighted, with the unweighted counts beside.
	 */
	public static Map<String, Object> profile(List<String> segments, long[] sizes, List<VariableProfile> profiles,
			VariableProfile relevance, String weight) {
		return profile(segments, sizes, null, profiles, relevance, weight, variable -> ColumnLabels.NONE);
	}

	/**
	 * {@code profile.json} as {@link #profile(List, long[], List, VariableProfile, String)}, with the
	 * weighted size of each segment ({@code weightedSizes}, {@code null} when unweighted) and what the
	 * data file says of each variable ({@code labels}, by variable): its description and, beside each
	 * level that has one, the level's value label (an SPSS or Triple-S file's "Ved ikke" for 99).
	 */
	public static Map<String, Object> profile(List<String> segments, long[] sizes, double[] weightedSizes,
			List<VariableProfile> profiles, VariableProfile relevance, String weight,
			Function<String, ColumnLabels> labels) {
		Map<String, Object> json = new LinkedHashMap<>();
		if (weight != null) {
			json.put("weight", weight);
		}
		json.put("segments", segments);
		json.put("sizes", sizes);
		if (weight != null && weightedSizes != null) {
			// unweighted, the sizes are the base, and the file stays byte for byte as before weights
			json.put("base", profileBase(sizes, weightedSizes, weight));
		}
		Map<String, Object> variables = new LinkedHashMap<>();
		for (VariableProfile profile : profiles) {
			variables.put(profile.variable(), variable(profile, segments, labels.apply(profile.variable())));
		}
		json.put("variables", variables);
		List<Distinctiveness.Pair> pairs = Distinctiveness.pairs(profiles, segments.size());
		List<Object> pairJson = new ArrayList<>();
		for (Distinctiveness.Pair pair : pairs) {
			pairJson.add(pair(pair, segments));
		}
		Map<String, Object> distinctiveness = new LinkedHashMap<>();
		distinctiveness.put("measure",
				"mean over the variables of the total variation distance of level shares (categories) or the"
						+ " difference of means in total standard deviations (numbers)");
		distinctiveness.put("pairs", pairJson);
		Distinctiveness.Pair closest = Distinctiveness.mostSimilar(pairs);
		distinctiveness.put("mostSimilar", closest == null ? null : pair(closest, segments));
		json.put("distinctiveness", distinctiveness);
		if (relevance != null) {
			Map<String, Object> target = variable(relevance, segments, labels.apply(relevance.variable()));
			target.put("variable", relevance.variable());
			target.put("association", relevance.association());
			json.put("relevance", target);
		}
		return json;
	}

	/**
	 * The base of the weighted segment and total columns: {@code {"n": 1200, "weighted": 1187.4,
	 * "weightedBy": "W", "segments": [{"n": 264, "weighted": 251.3}, ...]}}, the total being the
	 * people with a segment.
	 */
	private static Map<String, Object> profileBase(long[] sizes, double[] weightedSizes, String weight) {
		Map<String, Object> base = new LinkedHashMap<>();
		base.put("n", Arrays.stream(sizes).sum());
		base.put("weighted", Arrays.stream(weightedSizes).sum());
		base.put("weightedBy", weight);
		List<Object> segments = new ArrayList<>();
		for (int s = 0; s < sizes.length; s++) {
			Map<String, Object> segment = new LinkedHashMap<>();
			segment.put("n", sizes[s]);
			segment.put("weighted", weightedSizes[s]);
			segments.add(segment);
		}
		base.put("segments", segments);
		return base;
	}

	private static Map<String, Object> pair(Distinctiveness.Pair pair, List<String> segments) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("a", segments.get(pair.a()));
		json.put("b", segments.get(pair.b()));
		json.put("distance", pair.distance());
		return json;
	}

	private static Map<String, Object> variable(VariableProfile profile, List<String> segments, ColumnLabels labels) {
		Map<String, Object> json = new LinkedHashMap<>();
		if (labels.description() != null) {
			json.put("description", labels.description());
		}
		if (profile instanceof CategoricalProfile categorical) {
			json.put("type", "categorical");
			List<Object> table = new ArrayList<>();
			for (int level = 0; level < categorical.levels().size(); level++) {
				Map<String, Object> row = new LinkedHashMap<>();
				String name = categorical.levels().get(level);
				row.put("level", name);
				if (!labels.label(name).equals(name)) {
					row.put("label", labels.label(name));
				}
				row.put("totalShare", categorical.totalShare(level));
				Map<String, Object> bySegment = new LinkedHashMap<>();
				for (int s = 0; s < segments.size(); s++) {
					Map<String, Object> cell = new LinkedHashMap<>();
					cell.put("count", categorical.counts()[s][level]);
					if (categorical.weightedCounts() != null) {
						cell.put("weightedCount", categorical.weightedCounts()[s][level]);
					}
					cell.put("share", categorical.segmentShare(s, level));
					cell.put("index", categorical.index(s, level));
					bySegment.put(segments.get(s), cell);
				}
				row.put("segments", bySegment);
				table.add(row);
			}
			json.put("levels", table);
			json.put("chi2", categorical.chi2());
			json.put("df", categorical.df());
			json.put("p", categorical.pValue());
			if (!categorical.test().equals(CategoricalProfile.PEARSON)) {
				json.put("test", categorical.test());
			}
			json.put("cramersV", categorical.cramersV());
			if (categorical.smallExpectedCells() > 0) {
				json.put("smallExpectedCells", categorical.smallExpectedCells());
				json.put("cells", categorical.cells());
			}
		} else if (profile instanceof NumericProfile numeric) {
			json.put("type", "numeric");
			json.put("totalMean", numeric.totalMean());
			Map<String, Object> bySegment = new LinkedHashMap<>();
			for (int s = 0; s < segments.size(); s++) {
				Map<String, Object> cell = new LinkedHashMap<>();
				cell.put("count", numeric.counts()[s]);
				if (numeric.weightedCounts() != null) {
					cell.put("weightedCount", numeric.weightedCounts()[s]);
				}
				cell.put("mean", numeric.means()[s]);
				cell.put("index", numeric.index(s));
				bySegment.put(segments.get(s), cell);
			}
			if (numeric.standardIndex()) {
				json.put("indexMeasure", NumericProfile.STANDARD_INDEX);
			}
			json.put("segments", bySegment);
			json.put("F", numeric.f());
			json.put("df", new int[] { numeric.dfBetween(), numeric.dfWithin() });
			json.put("p", numeric.pValue());
			json.put("eta2", numeric.eta2());
		}
		return json;
	}

	private static Gson gson() {
		TypeAdapter<Number> decimal = new Decimal().nullSafe();
		TypeAdapter<Object> row = new NumberRow().nullSafe();
		return new GsonBuilder().setFormattingStyle(FormattingStyle.PRETTY).serializeNulls().disableHtmlEscaping()
				.registerTypeAdapter(Double.class, decimal).registerTypeAdapter(Float.class, decimal)
				.registerTypeAdapter(int[].class, row).registerTypeAdapter(long[].class, row)
				.registerTypeAdapter(double[].class, row).create();
	}

	/** {@code value} to 10 significant digits, trailing zeros dropped; a whole number as one. */
	private static String decimal(double value) {
		if (value == Math.rint(value) && Math.abs(value) < 1e15) {
			return Long.toString((long) value);
		}
		String text = String.format(Locale.ROOT, "%.10g", value);
		int exponent = text.indexOf('e');
		String mantissa = exponent < 0 ? text : text.substring(0, exponent);
		// only the zeros after a decimal point: 1234567890 (rounded from 1234567890.4) keeps its last zero
		if (mantissa.indexOf('.') >= 0) {
			mantissa = mantissa.replaceFirst("\\.?0+$", "");
		}
		return exponent < 0 ? mantissa : mantissa + text.substring(exponent);
	}

	private static void decimal(JsonWriter out, double value) throws IOException {
		if (Double.isFinite(value)) {
			out.jsonValue(decimal(value));
		} else {
			out.nullValue();
		}
	}

	/** Doubles and floats through {@link #decimal(double)}. */
	private static final class Decimal extends TypeAdapter<Number> {

		@Override
		public void write(JsonWriter out, Number value) throws IOException {
			decimal(out, value.doubleValue());
		}

		@Override
		public Number read(JsonReader in) {
			throw new UnsupportedOperationException("the commands only write JSON");
		}
	}

	/** An {@code int[]}, {@code long[]} or {@code double[]}, written on one line: {@code [1, 2, 3]}. */
	private static final class NumberRow extends TypeAdapter<Object> {

		@Override
		public void write(JsonWriter out, Object numbers) throws IOException {
			FormattingStyle style = out.getFormattingStyle();
			// after the bracket: the member name before it still goes on a line of its own
			out.beginArray();
			out.setFormattingStyle(ONE_LINE);
			for (int i = 0; i < Array.getLength(numbers); i++) {
				if (numbers instanceof double[] decimals) {
					decimal(out, decimals[i]);
				} else {
					out.value(Array.getLong(numbers, i));
				}
			}
			out.endArray();
			out.setFormattingStyle(style);
		}

		@Override
		public Object read(JsonReader in) {
			throw new UnsupportedOperationException("the commands only write JSON");
		}
	}
}

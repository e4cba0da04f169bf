/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.segmenta.analysis.CategoricalProfile;
import org.segmenta.analysis.ClusterResult;
import org.segmenta.analysis.Distinctiveness;
import org.segmenta.analysis.NumericProfile;
import org.segmenta.analysis.SegmentCountSuggestion;
import org.segmenta.analysis.VariableProfile;

/** The JSON documents of the headless commands, as maps ready for {@link Json}. */
public final class ResultJson {

	private ResultJson() {
	}

	/** {@code result.json}: method, k, iterations, fit statistics, sizes, silhouette. */
	public static Map<String, Object> result(ClusterResult result, List<String> columns, String missingValues) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("method", result.method());
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

	/** {@code k-selection.json}: one row per k and the suggestion. */
	public static Map<String, Object> kSelection(SegmentCountSuggestion.Table table, double minShare) {
		List<Object> rows = new ArrayList<>();
		for (SegmentCountSuggestion.Row row : table.rows()) {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("k", row.k());
			json.putAll(row.result().fit());
			json.put("silhouette", row.result().silhouette() == null ? null : row.result().silhouette().value());
			json.put("smallestShare", row.result().smallestShare());
			json.put("sizes", row.result().sizes());
			json.put("admissible", row.admissible());
			rows.add(json);
		}
		Map<String, Object> json = new LinkedHashMap<>();
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

	/** {@code profile.json}: per variable, the index table and its test. */
	public static Map<String, Object> profile(List<String> segments, long[] sizes, List<VariableProfile> profiles,
			VariableProfile relevance) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("segments", segments);
		json.put("sizes", sizes);
		Map<String, Object> variables = new LinkedHashMap<>();
		for (VariableProfile profile : profiles) {
			variables.put(profile.variable(), variable(profile, segments));
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
			Map<String, Object> target = variable(relevance, segments);
			target.put("variable", relevance.variable());
			target.put("association", relevance.association());
			json.put("relevance", target);
		}
		return json;
	}

	private static Map<String, Object> pair(Distinctiveness.Pair pair, List<String> segments) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("a", segments.get(pair.a()));
		json.put("b", segments.get(pair.b()));
		json.put("distance", pair.distance());
		return json;
	}

	private static Map<String, Object> variable(VariableProfile profile, List<String> segments) {
		Map<String, Object> json = new LinkedHashMap<>();
		if (profile instanceof CategoricalProfile categorical) {
			json.put("type", "categorical");
			List<Object> table = new ArrayList<>();
			for (int level = 0; level < categorical.levels().size(); level++) {
				Map<String, Object> row = new LinkedHashMap<>();
				row.put("level", categorical.levels().get(level));
				row.put("totalShare", categorical.totalShare(level));
				Map<String, Object> bySegment = new LinkedHashMap<>();
				for (int s = 0; s < segments.size(); s++) {
					Map<String, Object> cell = new LinkedHashMap<>();
					cell.put("count", categorical.counts()[s][level]);
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
			json.put("cramersV", categorical.cramersV());
		} else if (profile instanceof NumericProfile numeric) {
			json.put("type", "numeric");
			json.put("totalMean", numeric.totalMean());
			Map<String, Object> bySegment = new LinkedHashMap<>();
			for (int s = 0; s < segments.size(); s++) {
				Map<String, Object> cell = new LinkedHashMap<>();
				cell.put("count", numeric.counts()[s]);
				cell.put("mean", numeric.means()[s]);
				cell.put("index", numeric.index(s));
				bySegment.put(segments.get(s), cell);
			}
			json.put("segments", bySegment);
			json.put("F", numeric.f());
			json.put("df", new int[] { numeric.dfBetween(), numeric.dfWithin() });
			json.put("p", numeric.pValue());
			json.put("eta2", numeric.eta2());
		}
		return json;
	}
}

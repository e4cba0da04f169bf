/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.segmenta.tests.support.JsonFiles.array;
import static org.segmenta.tests.support.JsonFiles.assertInteger;
import static org.segmenta.tests.support.JsonFiles.assertSignificant;
import static org.segmenta.tests.support.JsonFiles.member;
import static org.segmenta.tests.support.JsonFiles.names;
import static org.segmenta.tests.support.JsonFiles.object;
import static org.segmenta.tests.support.JsonFiles.string;
import static org.segmenta.tests.support.JsonFiles.strings;

import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.analysis.AnalyserRegistry;
import org.segmenta.analysis.CategoricalProfile;
import org.segmenta.analysis.ClusterResult;
import org.segmenta.analysis.ClusterSettings;
import org.segmenta.analysis.CommunityMemberships;
import org.segmenta.analysis.Distinctiveness;
import org.segmenta.analysis.FeatureMatrix;
import org.segmenta.analysis.NumericProfile;
import org.segmenta.analysis.Profiler;
import org.segmenta.analysis.SegmentCountSuggestion;
import org.segmenta.analysis.TypingTool;
import org.segmenta.analysis.VariableProfile;
import org.segmenta.analysis.internal.ClusterCommand;
import org.segmenta.analysis.internal.MembershipsCommand;
import org.segmenta.analysis.internal.ProfileCommand;
import org.segmenta.analysis.internal.TypingToolCommand;
import org.segmenta.cli.Command;
import org.segmenta.cli.CommandContext;
import org.segmenta.data.CategoricalColumn;
import org.segmenta.data.DataFiles;
import org.segmenta.data.Dataset;
import org.segmenta.data.ReadOptions;
import org.segmenta.tests.support.Examples;
import org.segmenta.tests.support.JsonFiles;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * The JSON files of the analysis commands on the example survey, read back with Gson member by
 * member: names, order, nesting, and numbers to the 10 significant digits the commands write,
 * against the same analyses run through the API.
 */
class JsonOutputsTest {

	private static final List<String> BASIS = List.of("q12_balance", "q13_learning", "q14_career", "q15_security",
			"q16_solidarity", "q17_purpose");
	private static final int THREADS = Runtime.getRuntime().availableProcessors();

	private static Dataset survey;

	@TempDir
	Path folder;

	@BeforeAll
	static void readSurvey() throws Exception {
		survey = DataFiles.read(Examples.survey(), ReadOptions.detect(), new NullProgressMonitor());
	}

	private void run(Command command, String... words) throws Exception {
		PrintStream quiet = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
		List<String> arguments = new ArrayList<>(List.of(Examples.survey().toString()));
		arguments.addAll(Arrays.asList(words));
		assertEquals(0, command.execute(new CommandContext(arguments, quiet, quiet, folder, new NullProgressMonitor())));
	}

	private static AnalyserRegistry.Analyser kmeans() {
		return AnalyserRegistry.getDefault().find("kmeans").orElseThrow();
	}

	/** Runs {@code cluster} with k-means at k = 4 on the basis items into {@code DIR} and the same through the API. */
	private ClusterResult cluster(String directory) throws Exception {
		run(new ClusterCommand(), "--k", "4", "--columns", String.join(",", BASIS), "--standardize", "--seed", "7",
				"--restarts", "3", "--out", directory);
		return kmeans().create().cluster(survey, BASIS, 4, new ClusterSettings(7, 3, true, THREADS, Double.NaN),
				new NullProgressMonitor());
	}

	@Test
	void clusterResult() throws Exception {
		ClusterResult expected = cluster("run");
		JsonObject json = JsonFiles.object(folder.resolve("run/result.json"));

		List<String> order = new ArrayList<>(List.of("method", "k", "columns", "iterations"));
		order.addAll(expected.fit().keySet());
		order.addAll(List.of("sizes", "assigned", "unassigned", "silhouette", "silhouetteSampleSize",
				"silhouetteExact", "missingValues"));
		assertEquals(order, names(json));
		assertEquals("kmeans", string(json, "method"));
		assertInteger(4, member(json, "k"), "k");
		assertEquals(BASIS, strings(array(json, "columns")));
		assertInteger(expected.iterations(), member(json, "iterations"), "iterations");
		assertFit(expected.fit(), json, "result.json");
		assertIntegers(expected.sizes(), array(json, "sizes"), "sizes");
		assertInteger(expected.assigned(), member(json, "assigned"), "assigned");
		assertInteger(expected.labels().length - expected.assigned(), member(json, "unassigned"), "unassigned");
		assertSignificant(expected.silhouette().value(), member(json, "silhouette"), "silhouette");
		assertInteger(expected.silhouette().sampleSize(), member(json, "silhouetteSampleSize"), "sample size");
		assertEquals(expected.silhouette().exact(), member(json, "silhouetteExact").getAsBoolean());
		assertEquals(kmeans().missingValues(), string(json, "missingValues"));
	}

	@Test
	void kSelection() throws Exception {
		List<String> columns = BASIS.subList(0, 3);
		run(new ClusterCommand(), "--k-range", "2..4", "--columns", String.join(",", columns), "--restarts", "2",
				"--min-share", "0.05", "--out", "range");
		SegmentCountSuggestion.Table expected = SegmentCountSuggestion.suggest(kmeans().create(), survey, columns, 2,
				4, 0.05, new ClusterSettings(1, 2, false, THREADS, Double.NaN), new NullProgressMonitor());
		JsonObject json = JsonFiles.object(folder.resolve("range/k-selection.json"));

		assertEquals(List.of("rows", "minSizeShare", "suggestedK", "criterion", "elbowK", "silhouetteSampleSize",
				"silhouetteExact"), names(json));
		JsonArray rows = array(json, "rows");
		assertEquals(expected.rows().size(), rows.size());
		for (int i = 0; i < rows.size(); i++) {
			SegmentCountSuggestion.Row row = expected.rows().get(i);
			JsonObject actual = rows.get(i).getAsJsonObject();
			String where = "row k = " + row.k();
			List<String> order = new ArrayList<>(List.of("k"));
			order.addAll(row.result().fit().keySet());
			order.addAll(List.of("silhouette", "smallestShare", "sizes", "admissible"));
			assertEquals(order, names(actual), where);
			assertInteger(row.k(), member(actual, "k"), where);
			assertFit(row.result().fit(), actual, where);
			assertSignificant(row.result().silhouette().value(), member(actual, "silhouette"), where);
			assertSignificant(row.result().smallestShare(), member(actual, "smallestShare"), where);
			assertIntegers(row.result().sizes(), array(actual, "sizes"), where);
			assertEquals(row.admissible(), member(actual, "admissible").getAsBoolean(), where);
		}
		assertSignificant(0.05, member(json, "minSizeShare"), "minSizeShare");
		assertInteger(expected.suggested(), member(json, "suggestedK"), "suggestedK");
		assertEquals(expected.criterion(), string(json, "criterion"));
		assertInteger(expected.elbow(), member(json, "elbowK"), "elbowK");
		ClusterResult first = expected.rows().get(0).result();
		assertInteger(first.silhouette().sampleSize(), member(json, "silhouetteSampleSize"), "sample size");
		assertEquals(first.silhouette().exact(), member(json, "silhouetteExact").getAsBoolean());
	}

	@Test
	void profileByACountryWithNordicLevels() throws Exception {
		List<String> variables = List.of("gender", "age", "city", "q16_solidarity");
		run(new ProfileCommand(), "--by", "country", "--vars", String.join(",", variables), "--target",
				"renewed_2025", "--out", "profile");
		CategoricalColumn country = (CategoricalColumn) survey.column("country");
		int[] labels = IntStream.range(0, survey.rowCount()).map(country::code).toArray();
		long[] sizes = new long[country.levels().size()];
		Arrays.stream(labels).filter(label -> label >= 0).forEach(label -> sizes[label]++);
		Path file = folder.resolve("profile/profile.json");

		assertProfile(file, country.levels(), sizes, Profiler.profile(survey, labels, sizes.length, variables),
				Profiler.profile(survey.column("renewed_2025"), labels, sizes.length));
		String text = Files.readString(file, StandardCharsets.UTF_8);
		assertTrue(text.contains("\"level\": \"København\"") && text.contains("\"level\": \"Hämeenlinna\""),
				"Nordic letters are written as UTF-8 characters, not escapes");
	}

	@Test
	void profileOfTheClusterAssignmentsListsTheSegmentSizes() throws Exception {
		ClusterResult expected = cluster("segments");
		run(new ProfileCommand(), "--assignments", "segments/assignments.csv", "--vars", "age,country",
				"--out", "segment-profile");
		List<String> segments = List.of("1", "2", "3", "4");
		long[] sizes = Arrays.stream(expected.sizes()).asLongStream().toArray();

		assertProfile(folder.resolve("segment-profile/profile.json"), segments, sizes,
				Profiler.profile(survey, expected.labels(), 4, List.of("age", "country")), null);
	}

	private static void assertProfile(Path file, List<String> segments, long[] sizes, List<VariableProfile> profiles,
			VariableProfile relevance) throws Exception {
		JsonObject json = JsonFiles.object(file);
		List<String> order = new ArrayList<>(List.of("segments", "sizes", "variables", "distinctiveness"));
		if (relevance != null) {
			order.add("relevance");
		}
		assertEquals(order, names(json));
		assertEquals(segments, strings(array(json, "segments")));
		JsonArray sizeArray = array(json, "sizes");
		assertEquals(sizes.length, sizeArray.size());
		for (int s = 0; s < sizes.length; s++) {
			assertInteger(sizes[s], sizeArray.get(s), "size of " + segments.get(s));
		}
		// unweighted, the sizes are the base: the file stays as it was before weights
		JsonObject variables = object(json, "variables");
		assertEquals(profiles.stream().map(VariableProfile::variable).toList(), names(variables));
		for (VariableProfile profile : profiles) {
			assertVariable(profile, object(variables, profile.variable()), segments, List.of());
		}

		JsonObject distinctiveness = object(json, "distinctiveness");
		assertEquals(List.of("measure", "pairs", "mostSimilar"), names(distinctiveness));
		assertTrue(string(distinctiveness, "measure").startsWith("mean over the variables of the total variation"));
		List<Distinctiveness.Pair> pairs = Distinctiveness.pairs(profiles, segments.size());
		JsonArray pairArray = array(distinctiveness, "pairs");
		assertEquals(pairs.size(), pairArray.size());
		for (int i = 0; i < pairs.size(); i++) {
			assertPair(pairs.get(i), pairArray.get(i).getAsJsonObject(), segments);
		}
		assertPair(Distinctiveness.mostSimilar(pairs), object(distinctiveness, "mostSimilar"), segments);

		if (relevance != null) {
			JsonObject target = object(json, "relevance");
			assertVariable(relevance, target, segments, List.of("variable", "association"));
			assertEquals(relevance.variable(), string(target, "variable"));
			assertSignificant(relevance.association(), member(target, "association"), "association");
		}
	}

	private static void assertPair(Distinctiveness.Pair pair, JsonObject json, List<String> segments) {
		assertEquals(List.of("a", "b", "distance"), names(json));
		assertEquals(segments.get(pair.a()), string(json, "a"));
		assertEquals(segments.get(pair.b()), string(json, "b"));
		assertSignificant(pair.distance(), member(json, "distance"), "distance " + pair);
	}

	private static void assertVariable(VariableProfile profile, JsonObject json, List<String> segments,
			List<String> more) {
		String where = profile.variable();
		List<String> order = new ArrayList<>();
		if (profile instanceof CategoricalProfile categorical) {
			order.addAll(List.of("type", "levels", "chi2", "df", "p", "cramersV"));
			order.addAll(more);
			assertEquals(order, names(json), where);
			assertEquals("categorical", string(json, "type"));
			JsonArray levels = array(json, "levels");
			assertEquals(categorical.levels().size(), levels.size(), where);
			for (int level = 0; level < levels.size(); level++) {
				JsonObject row = levels.get(level).getAsJsonObject();
				String at = where + " = " + categorical.levels().get(level);
				assertEquals(List.of("level", "totalShare", "segments"), names(row), at);
				assertEquals(categorical.levels().get(level), string(row, "level"));
				assertSignificant(categorical.totalShare(level), member(row, "totalShare"), at);
				JsonObject cells = object(row, "segments");
				assertEquals(segments, names(cells), at);
				for (int s = 0; s < segments.size(); s++) {
					assertCell(object(cells, segments.get(s)), "share", categorical.counts()[s][level],
							categorical.segmentShare(s, level), categorical.index(s, level), at + " in " + segments.get(s));
				}
			}
			assertSignificant(categorical.chi2(), member(json, "chi2"), where);
			assertInteger(categorical.df(), member(json, "df"), where);
			assertSignificant(categorical.pValue(), member(json, "p"), where);
			assertSignificant(categorical.cramersV(), member(json, "cramersV"), where);
		} else {
			NumericProfile numeric = (NumericProfile) profile;
			order.addAll(List.of("type", "totalMean", "segments", "F", "df", "p", "eta2"));
			order.addAll(more);
			assertEquals(order, names(json), where);
			assertEquals("numeric", string(json, "type"));
			assertSignificant(numeric.totalMean(), member(json, "totalMean"), where);
			JsonObject cells = object(json, "segments");
			assertEquals(segments, names(cells), where);
			for (int s = 0; s < segments.size(); s++) {
				assertCell(object(cells, segments.get(s)), "mean", numeric.counts()[s], numeric.means()[s],
						numeric.index(s), where + " in " + segments.get(s));
			}
			assertSignificant(numeric.f(), member(json, "F"), where);
			assertIntegers(new int[] { numeric.dfBetween(), numeric.dfWithin() }, array(json, "df"), where);
			assertSignificant(numeric.pValue(), member(json, "p"), where);
			assertSignificant(numeric.eta2(), member(json, "eta2"), where);
		}
	}

	/** A segment's cell of a profile: its count, its share or mean (named {@code statistic}) and its index. */
	private static void assertCell(JsonObject cell, String statistic, long count, double value, double index,
			String where) {
		assertEquals(List.of("count", statistic, "index"), names(cell), where);
		assertInteger(count, member(cell, "count"), where);
		assertSignificant(value, member(cell, statistic), where);
		assertSignificant(index, member(cell, "index"), where);
	}

	@Test
	void typingToolRules() throws Exception {
		ClusterResult clusters = cluster("segments");
		for (TypingTool.Kind kind : TypingTool.Kind.values()) {
			String classifier = kind == TypingTool.Kind.LDA ? "lda" : "centroid";
			run(new TypingToolCommand(), "--assignments", "segments/assignments.csv", "--columns",
					String.join(",", BASIS), "--classifier", classifier, "--out", classifier);
			int[] typed = IntStream.range(0, survey.rowCount()).filter(row -> clusters.labels()[row] >= 0).toArray();
			FeatureMatrix matrix = FeatureMatrix.of(survey, BASIS, false, typed);
			int[] labels = IntStream.range(0, matrix.rows()).map(i -> clusters.labels()[matrix.row(i)]).toArray();
			TypingTool tool = TypingTool.train(kind, matrix, labels, 4);
			List<TypingTool.Accuracy> accuracies = new ArrayList<>(List.of(TypingTool.holdOut(kind, matrix, labels, 4, 1)));
			if (kind == TypingTool.Kind.NEAREST_CENTROID) {
				accuracies.add(TypingTool.leaveOneOutNearestCentroid(matrix, labels, 4));
			}
			Map<String, Object> rules = tool.rules(BASIS, List.of("1", "2", "3", "4"));
			JsonObject json = JsonFiles.object(folder.resolve(classifier + "/typing-tool.json"));

			assertEquals(List.of("classifier", "rule", "variables", "segments", "accuracy"), names(json), classifier);
			assertEquals(rules.get("classifier"), string(json, "classifier"));
			assertEquals(rules.get("rule"), string(json, "rule"));
			assertEquals(BASIS, strings(array(json, "variables")));
			JsonArray scores = array(json, "segments");
			List<?> expectedScores = (List<?>) rules.get("segments");
			assertEquals(4, scores.size());
			for (int c = 0; c < 4; c++) {
				Map<?, ?> score = (Map<?, ?>) expectedScores.get(c);
				JsonObject actual = scores.get(c).getAsJsonObject();
				String where = classifier + " segment " + score.get("segment");
				assertEquals(List.of("segment", "weights", "constant"), names(actual), where);
				assertEquals(score.get("segment"), string(actual, "segment"));
				JsonObject weights = object(actual, "weights");
				assertEquals(BASIS, names(weights), where);
				for (String variable : BASIS) {
					assertSignificant((Double) ((Map<?, ?>) score.get("weights")).get(variable), member(weights, variable),
							where + " " + variable);
				}
				assertSignificant((Double) score.get("constant"), member(actual, "constant"), where);
			}
			JsonArray accuracy = array(json, "accuracy");
			assertEquals(accuracies.size(), accuracy.size(), classifier);
			for (int i = 0; i < accuracies.size(); i++) {
				TypingTool.Accuracy want = accuracies.get(i);
				JsonObject actual = accuracy.get(i).getAsJsonObject();
				assertEquals(List.of("method", "correct", "tested", "accuracy"), names(actual));
				assertEquals(want.method(), string(actual, "method"));
				assertInteger(want.correct(), member(actual, "correct"), want.method());
				assertInteger(want.tested(), member(actual, "tested"), want.method());
				assertSignificant(want.value(), member(actual, "accuracy"), want.method());
			}
		}
	}

	@Test
	void membershipsWithNordicAndMarkupCharactersInTheNames() throws Exception {
		List<CommunityMemberships.Community> communities = List.of(
				new CommunityMemberships.Community("Tryghed & fællesskab", List.of("q15_security", "q16_solidarity"), 4),
				new CommunityMemberships.Community("Lärande <\"karriär\">", List.of("q13_learning", "q14_career"), 3.5),
				new CommunityMemberships.Community("Työ'n tasapaino", List.of("q12_balance"), 4),
				// rounded to 10 digits it is 1234567890, with no decimal point to strip zeros after
				new CommunityMemberships.Community("Ingen", List.of("q17_purpose"), 1234567890.4));
		StringBuilder definitions = new StringBuilder();
		for (CommunityMemberships.Community community : communities) {
			definitions.append(community.name()).append('=').append(String.join(",", community.items())).append(">=")
					.append(community.threshold()).append(';');
		}
		run(new MembershipsCommand(), "--communities", definitions.toString(), "--out", "m");
		CommunityMemberships expected = CommunityMemberships.of(survey, communities);
		Path file = folder.resolve("m/memberships.json");
		JsonObject json = JsonFiles.object(file);

		assertEquals(List.of("rows", "rule", "communities", "inNone", "overlapCounts", "overlapJaccard"), names(json));
		assertInteger(survey.rowCount(), member(json, "rows"), "rows");
		assertEquals("member when the mean of the answered items reaches the threshold", string(json, "rule"));
		JsonArray list = array(json, "communities");
		assertEquals(communities.size(), list.size());
		JsonArray counts = array(json, "overlapCounts");
		JsonArray jaccard = array(json, "overlapJaccard");
		for (int a = 0; a < communities.size(); a++) {
			JsonObject community = list.get(a).getAsJsonObject();
			String where = communities.get(a).name();
			assertEquals(List.of("name", "items", "threshold", "members", "share"), names(community), where);
			assertEquals(where, string(community, "name"));
			assertEquals(communities.get(a).items(), strings(array(community, "items")));
			assertSignificant(communities.get(a).threshold(), member(community, "threshold"), where);
			assertInteger(expected.count(a), member(community, "members"), where);
			assertSignificant((double) expected.count(a) / survey.rowCount(), member(community, "share"), where);
			for (int b = 0; b < communities.size(); b++) {
				assertInteger(expected.shared(a, b), counts.get(a).getAsJsonArray().get(b), where + " with " + b);
				assertSignificant(expected.jaccard(a, b), jaccard.get(a).getAsJsonArray().get(b), where + " with " + b);
			}
		}
		assertInteger(expected.inNone(), member(json, "inNone"), "inNone");
		String text = Files.readString(file, StandardCharsets.UTF_8);
		assertTrue(text.contains("\"Tryghed & fællesskab\"") && text.contains("\"Lärande <\\\"karriär\\\">\"")
				&& text.contains("\"Työ'n tasapaino\""), "names as UTF-8, only the quote escaped: " + text);
		assertFalse(text.contains("\\u"), text);
	}

	private static void assertFit(Map<String, Double> fit, JsonObject json, String where) {
		for (Map.Entry<String, Double> statistic : fit.entrySet()) {
			assertSignificant(statistic.getValue(), member(json, statistic.getKey()), where + " " + statistic.getKey());
		}
	}

	private static void assertIntegers(int[] expected, JsonArray actual, String where) {
		assertEquals(expected.length, actual.size(), where);
		for (int i = 0; i < expected.length; i++) {
			assertInteger(expected[i], actual.get(i), where + "[" + i + "]");
		}
	}
}

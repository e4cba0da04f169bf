/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.analysis.AnalyserRegistry;
import org.segmenta.analysis.internal.ClusterCommand;
import org.segmenta.analysis.internal.ProfileCommand;
import org.segmenta.analysis.internal.TypingToolCommand;
import org.segmenta.cli.Command;
import org.segmenta.cli.UsageException;
import org.segmenta.model.DataSource;
import org.segmenta.model.Project;
import org.segmenta.model.Segment;
import org.segmenta.model.Segmentation;
import org.segmenta.model.persistence.SegmentationFiles;
import org.segmenta.tests.support.Examples;

/** The cluster and profile commands on the example survey, with the real extension registry. */
class CommandsTest {

	@TempDir
	Path folder;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private int run(Command command, String... words) throws UsageException {
		return CommandRuns.run(folder, out, command, words);
	}

	private String read(String file) throws Exception {
		return Files.readString(folder.resolve(file));
	}

	@Test
	void methodsAndCommandsAreContributed() {
		AnalyserRegistry registry = AnalyserRegistry.getDefault();
		assertTrue(registry.ids().containsAll(List.of("kmeans", "median-split")), registry.ids().toString());
		assertTrue(registry.find("kmeans").orElseThrow().missingValues().contains("listwise"));
		List<String> commands = Arrays.stream(Platform.getExtensionRegistry()
				.getConfigurationElementsFor("org.segmenta.cli.commands")).map(e -> e.getAttribute("name")).toList();
		assertTrue(commands.containsAll(List.of("cluster", "profile")), commands.toString());
	}

	@Test
	void kMeansOnTheSurvey() throws Exception {
		String columns = "q12_balance,q13_learning,q14_career,q15_security,q16_solidarity,q17_purpose";
		assertEquals(0, run(new ClusterCommand(), Examples.survey().toString(), "--method", "kmeans", "--k", "6",
				"--columns", columns, "--standardize", "--seed", "7", "--restarts", "4", "--out", "run"));
		String result = read("run/result.json");
		assertTrue(result.contains("\"method\": \"kmeans\""), result);
		assertTrue(result.contains("\"inertia\": "), result);
		assertTrue(result.contains("\"silhouette\": 0."), result);
		List<String> assignments = Files.readAllLines(folder.resolve("run/assignments.csv"));
		assertEquals("row,segment", assignments.get(0));
		assertEquals(4801, assignments.size());
		long unassigned = assignments.stream().skip(1).filter(line -> line.endsWith(",")).count();
		assertTrue(unassigned > 0, "rows with a missing item stay unassigned");
	}

	@Test
	void aRangeWritesTheSelectionTableAndTheSuggestion() throws Exception {
		assertEquals(0, run(new ClusterCommand(), Examples.survey().toString(), "--k-range", "2..4", "--columns",
				"q12_balance,q13_learning,q14_career", "--restarts", "2", "--min-share", "0.05", "--out", "range"));
		String selection = read("range/k-selection.json");
		assertTrue(selection.contains("\"suggestedK\": "), selection);
		assertEquals(3, selection.split("\"admissible\"").length - 1);
		assertTrue(Files.exists(folder.resolve("range/result.json")));
	}

	@Test
	void aContributedMethodRunsThroughTheCommand() throws Exception {
		assertEquals(0, run(new ClusterCommand(), Examples.survey().toString(), "--method", "median-split", "--k",
				"2", "--columns", "age", "--out", "median"));
		assertTrue(read("median/result.json").contains("\"method\": \"median-split\""));
	}

	@Test
	void unusableInputIsAUsageError() {
		String survey = Examples.survey().toString();
		UsageException unknownColumn = assertThrows(UsageException.class,
				() -> run(new ClusterCommand(), survey, "--k", "3", "--columns", "q99", "--out", "x"));
		assertTrue(unknownColumn.getMessage().contains("column 'q99': no such column"), unknownColumn.getMessage());
		UsageException textColumn = assertThrows(UsageException.class,
				() -> run(new ClusterCommand(), survey, "--k", "3", "--columns", "country", "--out", "x"));
		assertTrue(textColumn.getMessage().contains("country"), textColumn.getMessage());
		UsageException method = assertThrows(UsageException.class,
				() -> run(new ClusterCommand(), survey, "--method", "magic", "--k", "3", "--out", "x"));
		assertTrue(method.getMessage().contains("kmeans"), method.getMessage());
		assertThrows(UsageException.class, () -> run(new ClusterCommand(), survey, "--k", "0", "--out", "x"));
		assertThrows(UsageException.class,
				() -> run(new ClusterCommand(), "missing.csv", "--k", "3", "--out", "x"));
		assertFalse(Files.exists(folder.resolve("x")), "nothing is written for unusable input");
	}

	@Test
	void typingToolFromTheClusterAssignments() throws Exception {
		String columns = "q12_balance,q13_learning,q14_career,q15_security,q16_solidarity,q17_purpose";
		assertEquals(0, run(new ClusterCommand(), Examples.survey().toString(), "--k", "6", "--columns", columns,
				"--standardize", "--restarts", "3", "--out", "segments"));
		assertEquals(0, run(new TypingToolCommand(), Examples.survey().toString(),
				"--assignments", "segments/assignments.csv", "--columns", columns, "--classifier", "centroid", "--out",
				"typing"));
		String rules = read("typing/typing-tool.json");
		assertTrue(rules.contains("\"leave-one-out\""), rules);
		assertTrue(read("typing/typing-tool.sql").startsWith("CASE"));

		assertEquals(0, run(new ProfileCommand(), Examples.survey().toString(), "--assignments",
				"segments/assignments.csv", "--target", "renewed_2025", "--out", "segment-profile"));
		String profile = read("segment-profile/profile.json");
		assertTrue(profile.contains("\"segments\": [\n    \"1\","), profile);
		assertTrue(profile.contains("\"q12_balance\": {"), profile);
		assertThrows(UsageException.class, () -> run(new ProfileCommand(), Examples.survey().toString(), "--by",
				"country", "--assignments", "segments/assignments.csv", "--out", "x"));
	}

	@Test
	void profileByCountry() throws Exception {
		assertEquals(0, run(new ProfileCommand(), Examples.survey().toString(), "--by", "country", "--vars",
				"gender,age,q16_solidarity", "--target", "renewed_2025", "--out", "profile"));
		String profile = read("profile/profile.json");
		assertTrue(profile.contains("\"cramersV\": "), profile);
		assertTrue(profile.contains("\"eta2\": "), profile);
		assertTrue(profile.contains("\"mostSimilar\": {"), profile);
		assertTrue(profile.contains("\"relevance\": {"), profile);
	}

	private static String dataFixture(String name) {
		return Examples.repositoryRoot().resolve("bundles/org.segmenta.data.tests/data").resolve(name).toString();
	}

	@Test
	void anSpssFileIsReadWhereACsvFileIs() throws Exception {
		assertEquals(0, run(new ProfileCommand(), dataFixture("survey.sav"), "--by", "region", "--vars",
				"q1,engagement,age", "--out", "sav"));
		String profile = read("sav/profile.json");
		assertTrue(profile.contains("\"q1\""), profile);
		assertTrue(profile.contains("\"eta2\": "), profile);
		UsageException zlib = assertThrows(UsageException.class, () -> run(new ProfileCommand(),
				dataFixture("survey-zlib.sav"), "--by", "region", "--out", "zlib"));
		assertTrue(zlib.getMessage().startsWith("survey-zlib.sav: is a ZLIB-compressed SPSS file"), zlib.getMessage());
	}

	@Test
	void aColumnOfTextIdsIsNotProfiledByDefault() throws Exception {
		StringBuilder csv = new StringBuilder("resp,region,q1,w\n");
		for (int row = 0; row < 60; row++) {
			csv.append(String.format(Locale.ROOT, "R%04d,%s,%d,%.2f%n", row + 1, List.of("Sjælland", "Skåne", "Åland").get(row % 3),
					row % 3 == 0 && row % 2 == 0 ? 99 : 1 + row % 5, 0.5 + row % 4 * 0.25));
		}
		Path data = Files.writeString(folder.resolve("ids.csv"), csv);
		assertEquals(0, run(new ProfileCommand(), data.toString(), "--by", "region", "--weight", "w", "--missing", "99",
				"--out", "ids"));
		String profile = read("ids/profile.json");
		assertFalse(profile.contains("\"resp\""), profile);
		assertTrue(profile.contains("\"q1\""), profile);
	}

	/**
	 * Respondent numbers in any order are an id, not a variable; a measurement in which no two
	 * people share a value (an income to the øre) is still a variable.
	 */
	@Test
	void wholeNumberIdsAreLeftOutAndDistinctMeasurementsProfiled() throws Exception {
		StringBuilder csv = new StringBuilder("løbenr,region,indkomst\n");
		for (int row = 0; row < 60; row++) {
			csv.append(String.format(Locale.ROOT, "%d,%s,%.2f%n", 1000 + (row * 37) % 60, List.of("Sjælland", "Skåne",
					"Åland").get(row % 3), 25_000 + row * 113.37 + row % 3 * 4_000));
		}
		Path data = Files.writeString(folder.resolve("numbered.csv"), csv);
		assertEquals(0, run(new ProfileCommand(), data.toString(), "--by", "region", "--out", "numbered"));
		String profile = read("numbered/profile.json");
		assertFalse(profile.contains("\"løbenr\""), profile);
		assertTrue(profile.contains("\"indkomst\""), profile);
	}

	@Test
	void strayAnswersWarnUntilDeclaredMissing() throws Exception {
		String data = dataFixture("scale-with-stray-answers.csv");
		assertEquals(0, run(new ProfileCommand(), data, "--by", "region", "--vars", "q1", "--out", "stray"));
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("warning: scale-with-stray-answers.csv, column 'q1':"
				+ " read as categories, not numbers, because 2 of 7 values are not numbers (line 4 'Vet ej', line 6"
				+ " 'Ved ikke')"), out.toString(StandardCharsets.UTF_8));
		assertTrue(read("stray/profile.json").contains("Vet ej"));
		out.reset();
		assertEquals(0, run(new ProfileCommand(), data, "--by", "region", "--vars", "q1,q2", "--missing",
				"Vet ej,Ved ikke;q1=99;q2=98,99", "--out", "declared"));
		assertFalse(out.toString(StandardCharsets.UTF_8).contains("warning"), out.toString(StandardCharsets.UTF_8));
		String profile = read("declared/profile.json");
		assertFalse(profile.contains("Vet ej") || profile.contains("Ved ikke"), profile);
		assertThrows(UsageException.class, () -> run(new ProfileCommand(), data, "--by", "region", "--missing", "=9",
				"--out", "bad"));
		UsageException unknown = assertThrows(UsageException.class, () -> run(new ProfileCommand(), data, "--by",
				"region", "--missing", "q9=9", "--out", "bad"));
		assertTrue(unknown.getMessage().contains("column 'q9': missing codes are given"), unknown.getMessage());
	}

	@Test
	void theSegmentationsDataSourceNamesTheWeightAndTheId() throws Exception {
		Path model = folder.resolve("nordic.segmentation");
		Files.copy(Examples.model(), model);
		Project project = SegmentationFiles.load(model);
		DataSource survey = project.getSegmentations().get(0).getDataSource();
		survey.setWeightVariable("tenure_years");
		survey.setIdVariable("respondent");
		SegmentationFiles.save(project, model);
		// ids are read as categories, of which a CSV column holds at most 1,000
		Path data = folder.resolve("first-900.csv");
		Files.write(data, Files.readAllLines(Examples.survey()).subList(0, 901));
		List<String> cluster = List.of(data.toString(), "--k", "4", "--standardize", "--restarts", "2",
				"--model", model.toString(), "--segmentation", "segm-values-2026", "--replace");

		assertEquals(0, run(new ClusterCommand(), words(cluster, "--out", "weighted")));
		String result = read("weighted/result.json");
		assertTrue(result.contains("\"weight\": \"tenure_years\""), result);
		assertEquals("row,respondent,segment", Files.readAllLines(folder.resolve("weighted/assignments.csv")).get(0));
		String method = SegmentationFiles.load(model).getSegmentations().get(0).getMethod();
		assertTrue(method.endsWith("(weighted by tenure_years)"), method);

		// the command line comes first
		assertEquals(0, run(new ClusterCommand(), words(cluster, "--weight", "none", "--out", "plain")));
		assertFalse(read("plain/result.json").contains("\"weight\""), read("plain/result.json"));
		assertEquals("row,respondent,segment", Files.readAllLines(folder.resolve("plain/assignments.csv")).get(0));
		// without --model nothing of the model applies
		assertEquals(0, run(new ClusterCommand(), data.toString(), "--k", "4", "--columns", "q12_balance,q13_learning",
				"--restarts", "2", "--out", "alone"));
		assertEquals("row,segment", Files.readAllLines(folder.resolve("alone/assignments.csv")).get(0));
	}

	private static String[] words(List<String> words, String... more) {
		List<String> all = new ArrayList<>(words);
		all.addAll(List.of(more));
		return all.toArray(String[]::new);
	}

	@Test
	void resultsAreWrittenIntoTheModel() throws Exception {
		Path model = folder.resolve("nordic.segmentation");
		Files.copy(Examples.model(), model);
		assertThrows(UsageException.class, () -> run(new ClusterCommand(), Examples.survey().toString(), "--k", "6",
				"--standardize", "--model", model.toString(), "--segmentation", "segm-values-2026", "--out", "m"),
				"existing segments are kept without --replace");
		assertEquals(0, run(new ClusterCommand(), Examples.survey().toString(), "--k", "6", "--standardize",
				"--restarts", "3", "--model", model.toString(), "--segmentation", "segm-values-2026", "--replace",
				"--out", "m"));
		Project project = SegmentationFiles.load(model);
		Segmentation values = project.getSegmentations().get(0);
		assertEquals(6, values.getSegments().size());
		assertEquals("nordic-segm-values-2026-assignments.csv", values.getAssignmentsLocation());
		assertTrue(Files.exists(folder.resolve(values.getAssignmentsLocation())));
		int total = values.getSegments().stream().mapToInt(Segment::getSize).sum();
		double shares = values.getSegments().stream().mapToDouble(Segment::getShare).sum();
		assertEquals(1.0, shares, 1e-9);
		assertTrue(total > 4000 && total < 4800, "complete rows of the six basis items: " + total);
		Segment first = values.getSegments().get(0);
		assertTrue(first.getProfile().stream().anyMatch(entry -> entry.getVariable().getId().equals("var-age")));
		assertTrue(first.getProfile().stream()
				.anyMatch(entry -> entry.getVariable().getId().equals("var-country") && "DK".equals(entry.getLevel())));
	}
}

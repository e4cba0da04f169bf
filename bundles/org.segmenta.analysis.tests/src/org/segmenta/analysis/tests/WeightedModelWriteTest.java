/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.analysis.internal.ClusterCommand;
import org.segmenta.analysis.internal.MembershipsCommand;
import org.segmenta.cli.UsageException;
import org.segmenta.model.Project;
import org.segmenta.model.Segment;
import org.segmenta.model.Segmentation;
import org.segmenta.model.ValueCommunity;
import org.segmenta.model.persistence.SegmentationFiles;
import org.segmenta.tests.support.Examples;

/**
 * cluster --model and memberships --model write the weighted shares and the base of a weighted
 * run into the example model, and an unweighted run exactly as before the model recorded a base.
 */
class WeightedModelWriteTest {

	private static final Path DATA = Examples.repositoryRoot().resolve("bundles/org.segmenta.analysis.tests/data");
	private static final int ROWS = 400;
	private static final String WEIGHT = "vægt";
	private static final String COMMUNITIES = "vc-balance=q12_balance>=4;vc-together=q16_solidarity>=4";

	@TempDir
	Path folder;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private int cluster(Path data, Path model, String... more) throws UsageException {
		List<String> words = new ArrayList<>(List.of(data.toString(), "--k", "4", "--standardize", "--seed", "3",
				"--restarts", "2", "--model", model.toString(), "--segmentation", "segm-values-2026", "--replace",
				"--out", "run"));
		words.addAll(List.of(more));
		return CommandRuns.run(folder, out, new ClusterCommand(), words.toArray(String[]::new));
	}

	private Path exampleCopy() throws Exception {
		Path model = folder.resolve("nordic.segmentation");
		Files.copy(Examples.model(), model);
		return model;
	}

	/** The first {@link #ROWS} people of the example survey, with a last column from {@code extra}. */
	private Path survey(String name, String header, IntFunction<String> extra) throws Exception {
		List<String> lines = Files.readAllLines(Examples.survey(), StandardCharsets.UTF_8).subList(0, ROWS + 1);
		List<String> written = new ArrayList<>();
		written.add(header == null ? lines.get(0) : lines.get(0) + ";" + header);
		for (int row = 1; row <= ROWS; row++) {
			written.add(header == null ? lines.get(row) : lines.get(row) + ";" + extra.apply(row - 1));
		}
		Path file = folder.resolve(name);
		Files.write(file, written, StandardCharsets.UTF_8);
		return file;
	}

	/** Asserts that a run exited 0 and left {@code model} byte for byte as the {@code golden} file of the data. */
	private void assertWrittenAsBefore(int exitCode, Path model, String golden) throws Exception {
		assertEquals(0, exitCode, out.toString(StandardCharsets.UTF_8));
		assertArrayEquals(Files.readAllBytes(DATA.resolve(golden)), Files.readAllBytes(model), golden);
	}

	@Test
	void anUnweightedRunWritesTheModelAsBefore() throws Exception {
		Path model = exampleCopy();
		assertWrittenAsBefore(cluster(survey("first-400.csv", null, null), model), model,
				"nordic-unweighted-golden.segmentation");
		Segmentation values = SegmentationFiles.load(model).getSegmentations().get(0);
		assertFalse(values.isWeighted());
		assertEquals(values.getSegments().stream().mapToInt(Segment::getSize).sum(), values.getUnweightedBase());
	}

	/**
	 * Post-stratification weights of the first {@link #ROWS} people to 45 % Danes, 35 % Swedes and
	 * 20 % Finns, whatever the sample holds, to four decimals as the data file holds them.
	 */
	private double[] countryWeights() throws Exception {
		List<String> countries = column(survey("first-400.csv", null, null), 1);
		Map<String, Double> target = Map.of("DK", 0.45, "SE", 0.35, "FI", 0.20);
		Map<String, Integer> sample = new HashMap<>();
		countries.forEach(country -> sample.merge(country, 1, Integer::sum));
		double[] weights = new double[ROWS];
		for (int row = 0; row < ROWS; row++) {
			String country = countries.get(row);
			weights[row] = Math.round(target.get(country) / ((double) sample.get(country) / ROWS) * 1e4) / 1e4;
		}
		return weights;
	}

	private Path weightedSurvey(double[] weights) throws Exception {
		return survey("first-400-weighted.csv", WEIGHT,
				row -> String.format(Locale.ROOT, "%.4f", weights[row]).replace('.', ','));
	}

	@Test
	void aWeightedRunWritesWeightedSharesAndItsBase() throws Exception {
		double[] weights = countryWeights();
		Path data = weightedSurvey(weights);
		Path model = exampleCopy();
		assertEquals(0, cluster(data, model, "--weight", WEIGHT), out.toString(StandardCharsets.UTF_8));

		Segmentation values = SegmentationFiles.load(model).getSegmentations().get(0);
		// the people of each segment and their weights, from the assignments the model names
		List<String> assignments = Files.readAllLines(folder.resolve(values.getAssignmentsLocation()));
		Map<String, Integer> people = new HashMap<>();
		Map<String, Double> weighted = new HashMap<>();
		double total = 0;
		for (int row = 0; row < ROWS; row++) {
			String[] cells = assignments.get(row + 1).split(",", -1);
			assertEquals(Integer.toString(row + 1), cells[0]);
			if (!cells[1].isEmpty()) {
				people.merge(cells[1], 1, Integer::sum);
				weighted.merge(cells[1], weights[row], Double::sum);
				total += weights[row];
			}
		}
		assertEquals(4, values.getSegments().size());
		for (Segment segment : values.getSegments()) {
			assertEquals(people.get(segment.getId()), segment.getSize(), segment.getId() + " counts people");
			assertEquals(weighted.get(segment.getId()) / total, segment.getShare(), 1e-12, segment.getId());
			assertEquals(segment.getShare(), segment.getAudienceShare());
		}
		double unweightedFirst = (double) values.getSegments().get(0).getSize() / values.getUnweightedBase();
		assertTrue(Math.abs(unweightedFirst - values.getSegments().get(0).getShare()) > 1e-4,
				"the weights move the share away from the unweighted one");
		assertTrue(values.isWeighted());
		assertEquals(WEIGHT, values.getWeightedBy());
		assertEquals(total, values.getWeightedTotal(), 1e-6);
		assertEquals(people.values().stream().mapToInt(Integer::intValue).sum(), values.getUnweightedBase());
		assertTrue(values.getMethod().endsWith("(weighted by " + WEIGHT + ")"), values.getMethod());
		String file = Files.readString(model, StandardCharsets.UTF_8);
		assertTrue(file.contains("weightedBy=\"" + WEIGHT + "\""), "Nordic letters are written as they are");

		// clustered again unweighted, the segmentation no longer claims a weighted base
		out.reset();
		assertEquals(0, cluster(data, model, "--weight", "none"), out.toString(StandardCharsets.UTF_8));
		Segmentation again = SegmentationFiles.load(model).getSegmentations().get(0);
		assertFalse(again.isWeighted());
		assertNull(again.getWeightedBy());
		assertEquals(0.0, again.getWeightedTotal());
		assertFalse(Files.readString(model).contains("weightedTotal"));
	}

	private int memberships(Path data, Path model, String... more) throws UsageException {
		List<String> words = new ArrayList<>(List.of(data.toString(), "--communities", COMMUNITIES, "--model",
				model.toString(), "--out", "m"));
		words.addAll(List.of(more));
		return CommandRuns.run(folder, out, new MembershipsCommand(), words.toArray(String[]::new));
	}

	@Test
	void unweightedMembershipsWriteTheModelAsBefore() throws Exception {
		Path model = exampleCopy();
		assertWrittenAsBefore(memberships(survey("first-400.csv", null, null), model), model,
				"nordic-memberships-golden.segmentation");
	}

	@Test
	void weightedMembershipsWriteWeightedSharesAndTheirBase() throws Exception {
		double[] weights = countryWeights();
		Path model = exampleCopy();
		assertEquals(0, memberships(weightedSurvey(weights), model, "--weight", WEIGHT),
				out.toString(StandardCharsets.UTF_8));
		// the members of each community, row by row, as the command lists them
		List<String> rows = Files.readAllLines(folder.resolve("m/memberships.csv"));
		assertEquals("row,vc-balance,vc-together", rows.get(0));
		double total = 0;
		for (double weight : weights) {
			total += weight;
		}
		Project project = SegmentationFiles.load(model);
		for (int c = 0; c < 2; c++) {
			String id = rows.get(0).split(",")[c + 1];
			int members = 0;
			double weighted = 0;
			for (int row = 0; row < ROWS; row++) {
				if (rows.get(row + 1).split(",")[c + 1].equals("1")) {
					members++;
					weighted += weights[row];
				}
			}
			ValueCommunity community = project.getValueCommunities().stream().filter(v -> v.getId().equals(id))
					.findFirst().orElseThrow();
			assertEquals(members, community.getMemberCount(), id + " counts people");
			// the model keeps shares to four decimals
			assertEquals(weighted / total, community.getShare(), 0.5e-4 + 1e-12, id);
			assertTrue(Math.abs((double) members / ROWS - community.getShare()) > 1e-3, id + ": the weights tell");
			assertTrue(community.isWeighted());
			assertEquals(WEIGHT, community.getWeightedBy());
			assertEquals(total, community.getWeightedTotal(), 1e-6);
			assertEquals(ROWS, community.getUnweightedBase());
		}
		ValueCommunity untouched = project.getValueCommunities().stream().filter(v -> v.getId().equals("vc-safe"))
				.findFirst().orElseThrow();
		assertFalse(untouched.isWeighted(), "communities not computed keep what they had");
	}

	@Test
	void aWeightThatIsTextIsRefusedNamingTheFirstText() throws Exception {
		Path model = exampleCopy();
		// a few texts make categories, over 1,000 distinct ones free text; both are refused alike
		Path categories = survey("words.csv", WEIGHT, row -> row < 7 ? "1" : row % 2 == 0 ? "høj" : "lav");
		UsageException few = assertThrows(UsageException.class, () -> cluster(categories, model, "--weight", WEIGHT));
		assertEquals("words.csv, line 9, column 'vægt': the weight must be numeric, but 'lav' is not a number",
				relative(few.getMessage()));

		List<String> lines = Files.readAllLines(Examples.survey(), StandardCharsets.UTF_8).subList(0, 1201);
		List<String> written = new ArrayList<>(List.of(lines.get(0) + ";" + WEIGHT));
		for (int row = 1; row < lines.size(); row++) {
			written.add(lines.get(row) + ";" + (row < 3 ? "1,5" : "vægt " + row));
		}
		Path text = folder.resolve("free-text.csv");
		Files.write(text, written, StandardCharsets.UTF_8);
		UsageException many = assertThrows(UsageException.class, () -> cluster(text, model, "--weight", WEIGHT));
		assertEquals("free-text.csv, line 4, column 'vægt': the weight must be numeric, but 'vægt 3' is not a number",
				relative(many.getMessage()));
	}

	/** {@code message} with this test's folder left out of the file names. */
	private String relative(String message) {
		return message.replace(folder.toString() + "/", "");
	}

	private static List<String> column(Path file, int index) throws Exception {
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		List<String> values = new ArrayList<>();
		for (String line : lines.subList(1, lines.size())) {
			values.add(line.split(";", -1)[index]);
		}
		return values;
	}
}

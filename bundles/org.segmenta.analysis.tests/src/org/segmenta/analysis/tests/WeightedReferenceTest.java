/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.analysis.CategoricalItems;
import org.segmenta.analysis.CategoricalProfile;
import org.segmenta.analysis.LatentClassModel;
import org.segmenta.analysis.NumericProfile;
import org.segmenta.analysis.Profiler;
import org.segmenta.analysis.internal.ClusterCommand;
import org.segmenta.analysis.internal.MembershipsCommand;
import org.segmenta.analysis.internal.ProfileCommand;
import org.segmenta.analysis.internal.TypingToolCommand;
import org.segmenta.cli.Command;
import org.segmenta.cli.UsageException;
import org.segmenta.data.Column;
import org.segmenta.data.DataFiles;
import org.segmenta.data.Dataset;
import org.segmenta.data.NumericColumn;
import org.segmenta.data.ReadOptions;
import org.segmenta.tests.support.Examples;
import org.segmenta.tests.support.JsonFiles;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * Weighted analyses against established tools on the same data: R survey's svyby/svymean and
 * svychisq (Rao-Scott) for profiles, flexmix's weighted latent classes, R's Monte Carlo chi-square.
 * The data and reference numbers are in data/ and data/reference/, written by the R scripts there.
 */
class WeightedReferenceTest {

	private static final Path DATA = Examples.repositoryRoot().resolve("bundles/org.segmenta.analysis.tests/data");

	@TempDir
	Path folder;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private int run(Command command, String... words) throws UsageException {
		return CommandRuns.run(folder, out, command, words);
	}

	private static Dataset survey() throws Exception {
		return DataFiles.read(DATA.resolve("weighted-survey.csv"), ReadOptions.detect(), null).withWeightColumn("w");
	}

	private static int[] segments(Dataset data) throws Exception {
		NumericColumn segment = data.numericColumn("segment");
		int[] labels = new int[data.rowCount()];
		for (int row = 0; row < labels.length; row++) {
			labels[row] = (int) segment.value(row) - 1;
		}
		return labels;
	}

	@Test
	void weightedProfileAsRSurvey() throws Exception {
		ReferenceResults reference = ReferenceResults.read("weighted-survey.txt");
		Dataset data = survey();
		int[] labels = segments(data);
		List<?> profiles = Profiler.profile(data, labels, 3, List.of("income", "score", "region"));
		NumericProfile income = (NumericProfile) profiles.get(0);
		assertArrayEquals(reference.numbers("income.means"), income.means(), 1e-9);
		assertEquals(reference.number("income.total"), income.totalMean(), 1e-9 * income.totalMean());
		assertArrayEquals(reference.numbers("segment.weights"), income.weightedCounts(), 1e-9);
		assertEquals(600, Arrays.stream(income.counts()).sum(), "the unweighted n stays beside the weighted base");
		assertTrue(!income.standardIndex());
		assertEquals(reference.numbers("income.means")[0] / reference.number("income.total") * 100, income.index(0), 1e-9);

		NumericProfile score = (NumericProfile) profiles.get(1);
		assertArrayEquals(reference.numbers("score.means"), score.means(), 1e-9);
		assertEquals(reference.number("score.total"), score.totalMean(), 1e-9);
		// a negative mean: the ratio would flip its sign, so the index is in standard deviations
		assertTrue(score.standardIndex());
		assertEquals((score.means()[2] - score.totalMean()) / score.totalSd(), score.index(2), 1e-12);
		assertTrue(score.index(0) < 0 && score.index(2) > 0);

		CategoricalProfile region = (CategoricalProfile) profiles.get(2);
		for (String level : List.of("East", "North", "South", "West")) {
			double[] shares = reference.numbers("region." + level + ".shares");
			int index = region.levels().indexOf(level);
			for (int s = 0; s < 3; s++) {
				assertEquals(shares[s], region.segmentShare(s, index), 1e-9, level + " in segment " + (s + 1));
			}
		}
		assertEquals(CategoricalProfile.RAO_SCOTT, region.test());
		assertEquals(reference.number("chisq.raoScott"), region.chi2(), 1e-7 * region.chi2());
		assertEquals((int) reference.number("chisq.df"), region.df());
		assertEquals(reference.number("chisq.p"), region.pValue(), 1e-6 * region.pValue());
		// Cramér's V of the weighted table scaled to n, before the correction
		assertEquals(Math.sqrt(reference.number("chisq.pearson") / (600 * 2.0)), region.cramersV(), 1e-9);
	}

	private static void assertArrayEquals(double[] expected, double[] actual, double relative) {
		assertEquals(expected.length, actual.length);
		for (int i = 0; i < expected.length; i++) {
			assertEquals(expected[i], actual[i], relative * Math.max(1, Math.abs(expected[i])), "element " + i);
		}
	}

	@Test
	void profileCommandNamesTheWeightAndJoinsAssignmentsById() throws Exception {
		String file = DATA.resolve("weighted-survey.csv").toString();
		assertEquals(0, run(new ProfileCommand(), file, "--by", "segment", "--weight", "w", "--vars",
				"region,income,score", "--out", "by"));
		String byColumn = Files.readString(folder.resolve("by/profile.json"));
		assertTrue(byColumn.startsWith("{\n  \"weight\": \"w\","), byColumn);
		assertTrue(byColumn.contains("\"test\": \"" + CategoricalProfile.RAO_SCOTT + "\""), byColumn);
		assertTrue(byColumn.contains("\"indexMeasure\": \"" + NumericProfile.STANDARD_INDEX + "\""), byColumn);
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("(weighted by w)"), out.toString(StandardCharsets.UTF_8));
		// the base of every segment column and of the total: people, and their weights summed here from the data
		Dataset data = survey();
		int[] labels = segments(data);
		double[] weights = data.caseWeights().orElseThrow();
		long[] people = new long[3];
		double[] weighted = new double[3];
		for (int row = 0; row < labels.length; row++) {
			people[labels[row]]++;
			weighted[labels[row]] += weights[row];
		}
		JsonObject base = JsonFiles.object(folder.resolve("by/profile.json")).getAsJsonObject("base");
		assertEquals(List.of("n", "weighted", "weightedBy", "segments"), JsonFiles.names(base));
		JsonFiles.assertInteger(data.rowCount(), JsonFiles.member(base, "n"), "total n");
		JsonFiles.assertSignificant(Arrays.stream(weighted).sum(), JsonFiles.member(base, "weighted"), "total weighted");
		assertEquals("w", JsonFiles.string(base, "weightedBy"));
		JsonArray segmentBases = JsonFiles.array(base, "segments");
		assertEquals(people.length, segmentBases.size());
		for (int s = 0; s < people.length; s++) {
			JsonObject segmentBase = segmentBases.get(s).getAsJsonObject();
			assertEquals(List.of("n", "weighted"), JsonFiles.names(segmentBase));
			JsonFiles.assertInteger(people[s], JsonFiles.member(segmentBase, "n"), "n of segment " + (s + 1));
			JsonFiles.assertSignificant(weighted[s], JsonFiles.member(segmentBase, "weighted"), "weighted " + (s + 1));
		}

		// the assignments in id order, the data shuffled: joined by id the profile is the same
		List<String> lines = Files.readAllLines(Path.of(file));
		List<String[]> rows = new ArrayList<>(lines.stream().skip(1).map(line -> line.split(",")).toList());
		rows.sort(Comparator.comparing(row -> row[0]));
		List<String> assignments = new ArrayList<>(List.of("row,id,segment"));
		for (int i = 0; i < rows.size(); i++) {
			assignments.add((i + 1) + "," + rows.get(i)[0] + "," + rows.get(i)[1]);
		}
		Files.write(folder.resolve("assignments.csv"), assignments);
		assertEquals(0, run(new ProfileCommand(), file, "--assignments", "assignments.csv", "--id", "id", "--weight",
				"w", "--vars", "region,income,score", "--out", "joined"));
		assertEquals(byColumn, Files.readString(folder.resolve("joined/profile.json")));
		// row by row, the same files misalign every segment
		Files.write(folder.resolve("row-order.csv"), assignments.stream().map(line -> line.replaceFirst(",[^,]*,", ","))
				.toList());
		assertEquals(0, run(new ProfileCommand(), file, "--assignments", "row-order.csv", "--weight", "w", "--vars",
				"region,income,score", "--out", "rows"));
		assertNotEquals(byColumn, Files.readString(folder.resolve("rows/profile.json")));
	}

	@Test
	void everyCommandNamesTheWeightAndCarriesTheId() throws Exception {
		String file = DATA.resolve("weighted-survey.csv").toString();
		assertEquals(0, run(new ClusterCommand(), file, "--method", "ward", "--k", "3", "--columns", "income,score",
				"--standardize", "--weight", "w", "--id", "id", "--out", "c"));
		assertTrue(Files.readString(folder.resolve("c/result.json")).contains("\"weight\": \"w\""));
		List<String> assignments = Files.readAllLines(folder.resolve("c/assignments.csv"));
		assertEquals("row,id,segment", assignments.get(0));
		assertTrue(assignments.get(1).startsWith("1," + Files.readAllLines(Path.of(file)).get(1).split(",")[0] + ","));
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("(weighted by w)"));

		assertEquals(0, run(new TypingToolCommand(), file, "--assignments", "c/assignments.csv", "--id", "id",
				"--columns", "income,score", "--weight", "w", "--out", "t"));
		String tool = Files.readString(folder.resolve("t/typing-tool.json"));
		assertTrue(tool.startsWith("{\n  \"weight\": \"w\","), tool);
		assertTrue(tool.contains("\"accuracyWeighted\": true"), tool);
		String confusion = Files.readString(folder.resolve("t/typing-tool-confusion.json"));
		assertTrue(confusion.contains("\"rows\": \"true segment\""), confusion);
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("true\\typed"), out.toString(StandardCharsets.UTF_8));

		assertEquals(0, run(new MembershipsCommand(), file, "--communities", "high=income>=40000", "--weight", "w",
				"--id", "id", "--out", "m"));
		String memberships = Files.readString(folder.resolve("m/memberships.json"));
		assertTrue(memberships.contains("\"weightedMembers\": "), memberships);
		assertTrue(Files.readAllLines(folder.resolve("m/memberships.csv")).get(0).equals("row,id,high"));
		UsageException ignored = assertThrows(UsageException.class, () -> run(new ClusterCommand(), file, "--method",
				"median-split", "--k", "2", "--columns", "income", "--weight", "w", "--out", "x"));
		assertTrue(ignored.getMessage().contains("does not apply case weights"), ignored.getMessage());
		assertEquals(0, run(new ClusterCommand(), file, "--method", "median-split", "--k", "2", "--columns", "income",
				"--out", "unweighted"));
		UsageException unknownWeight = assertThrows(UsageException.class, () -> run(new ProfileCommand(), file, "--by",
				"segment", "--weight", "weight", "--out", "x"));
		assertTrue(unknownWeight.getMessage().contains("weight"), unknownWeight.getMessage());
	}

	@Test
	void theWeightAnSpssFileDeclaresAppliesUnlessNone() throws Exception {
		String sav = Examples.repositoryRoot().resolve("bundles/org.segmenta.data.tests/data/survey.sav").toString();
		assertEquals(0, run(new ProfileCommand(), sav, "--by", "region", "--vars", "q1,age", "--out", "declared"));
		String declared = Files.readString(folder.resolve("declared/profile.json"));
		assertTrue(declared.contains("\"weight\": \"weight\""), declared);
		assertEquals(0, run(new ProfileCommand(), sav, "--by", "region", "--vars", "q1,age", "--weight", "none",
				"--out", "none"));
		String none = Files.readString(folder.resolve("none/profile.json"));
		assertFalse(none.contains("\"weight\""), none);
		assertNotEquals(declared.replace("  \"weight\": \"weight\",\n", ""), none);

		// the file's labels: segments named by the value labels of --by, levels and variables described
		assertEquals(0, run(new ProfileCommand(), sav, "--by", "engagement", "--vars", "region,q1", "--out", "labels"));
		String labels = Files.readString(folder.resolve("labels/profile.json"));
		assertTrue(labels.contains("\"segments\": [\n    \"Lav\",\n    \"Middel\",\n    \"Høj\"\n  ]"), labels);
		assertTrue(labels.contains("\"description\": \"Region, hvor du bor\""), labels);
		assertTrue(labels.contains("\"level\": \"1\",\n          \"label\": \"Hovedstaden\""), labels);
		assertTrue(labels.contains("\"description\": \"Hvor tilfreds er du med dit medlemskab?\""), labels);
	}

	@Test
	void idsOfMorePeopleThanCategoriesMayHaveAreJoined() throws Exception {
		// 3,000 people: each id is its own value, more than a category column may hold
		List<String> data = new ArrayList<>(List.of("id,income,region"));
		java.util.Random random = new java.util.Random(7);
		for (int i = 0; i < 3_000; i++) {
			data.add("P" + (100_000 + i * 7) + "," + (20_000 + random.nextInt(60_000)) + "," + "NSDF".charAt(random.nextInt(4)));
		}
		Path file = folder.resolve("many-people.csv");
		Files.write(file, data);
		assertEquals(0, run(new ClusterCommand(), file.toString(), "--method", "kmeans", "--k", "3", "--columns",
				"income", "--id", "id", "--out", "c"));
		List<String> assignments = Files.readAllLines(folder.resolve("c/assignments.csv"));
		assertEquals(3_001, assignments.size());
		assertEquals(3_000, assignments.stream().skip(1).map(line -> line.split(",")[1]).distinct().count());
		assertTrue(assignments.get(3_000).startsWith("3000,P" + (100_000 + 2_999 * 7) + ","), assignments.get(3_000));

		// the data re-sorted: joined by id, the profile is the same as on the data in its own order
		assertEquals(0, run(new ProfileCommand(), file.toString(), "--assignments", "c/assignments.csv", "--id", "id",
				"--vars", "income,region", "--out", "own-order"));
		List<String> shuffled = new ArrayList<>(data.subList(1, data.size()));
		java.util.Collections.shuffle(shuffled, random);
		shuffled.add(0, data.get(0));
		Files.write(folder.resolve("shuffled.csv"), shuffled);
		assertEquals(0, run(new ProfileCommand(), folder.resolve("shuffled.csv").toString(), "--assignments",
				"c/assignments.csv", "--id", "id", "--vars", "income,region", "--out", "shuffled"));
		assertEquals(Files.readString(folder.resolve("own-order/profile.json")),
				Files.readString(folder.resolve("shuffled/profile.json")));
	}

	@Test
	void unknownAndDuplicateIdsAreNamed() throws Exception {
		String file = DATA.resolve("weighted-survey.csv").toString();
		List<String> lines = Files.readAllLines(Path.of(file));
		List<String> assignments = new ArrayList<>(List.of("row,id,segment"));
		for (int i = 1; i < lines.size(); i++) {
			String[] cells = lines.get(i).split(",");
			assignments.add(i + "," + (i == 5 ? "P9999" : cells[0]) + "," + cells[1]);
		}
		Files.write(folder.resolve("unknown.csv"), assignments);
		UsageException unknown = assertThrows(UsageException.class, () -> run(new ProfileCommand(), file,
				"--assignments", "unknown.csv", "--id", "id", "--vars", "region", "--out", "u"));
		assertTrue(unknown.getMessage().contains("P9999"), unknown.getMessage());
		assignments.set(5, assignments.get(5).replaceFirst(",P9999,", "," + lines.get(1).split(",")[0] + ","));
		Files.write(folder.resolve("duplicate.csv"), assignments);
		UsageException duplicate = assertThrows(UsageException.class, () -> run(new ProfileCommand(), file,
				"--assignments", "duplicate.csv", "--id", "id", "--vars", "region", "--out", "d"));
		assertTrue(duplicate.getMessage().contains("the id " + lines.get(1).split(",")[0] + " is in data rows 1 and 5"),
				duplicate.getMessage());
	}

	@Test
	void weightedLatentClassesAsFlexmix() throws Exception {
		ReferenceResults reference = ReferenceResults.read("whiskey-flexmix-weighted.txt");
		Dataset patterns = DataFiles.read(DATA.resolve("whiskey-patterns.csv"), ReadOptions.detect(), null)
				.withWeightColumn("Freq");
		assertEquals((int) reference.number("patterns"), patterns.rowCount());
		List<String> brands = patterns.columns().stream().map(column -> column.name())
				.filter(name -> !name.equals("Freq")).toList();
		CategoricalItems items = CategoricalItems.of(patterns, brands);
		for (int k = 2; k <= 3; k++) {
			LatentClassModel.Result result = new LatentClassModel(k, 30, 5000, 1e-12, 2026, 2).fit(items,
					patterns.caseWeights().orElseThrow(), null);
			assertEquals(reference.number("classes." + k + ".loglik"), result.logLikelihood(), 1e-4, k + " classes");
			assertArrayEquals(reference.numbers("classes." + k + ".shares"), result.shares(), 1e-5);
			assertEquals(patterns.rowCount(), result.n(), "BIC counts the rows, not the weights");
		}
	}

	@Test
	void smallExpectedCountsGetAMonteCarloPValueAsR() throws Exception {
		ReferenceResults reference = ReferenceResults.read("small-counts-chisq.txt");
		int[] cells = reference.integers("table");
		long[][] counts = new long[3][3];
		for (int i = 0; i < 9; i++) {
			counts[i / 3][i % 3] = cells[i];
		}
		CategoricalProfile profile = Profiler.chiSquare("x", List.of("a", "b", "c"), counts);
		assertEquals(reference.number("chisq"), profile.chi2(), 1e-9);
		assertEquals(9, profile.smallExpectedCells());
		assertEquals(9, profile.cells());
		assertTrue(profile.smallExpectedCounts());
		assertEquals(CategoricalProfile.MONTE_CARLO, profile.test());
		double expected = reference.number("p.montecarlo");
		// 10,000 tables: a standard error of sqrt(p(1 - p) / 10,000)
		assertEquals(expected, profile.pValue(), 4 * Math.sqrt(expected * (1 - expected) / 10_000) + 1e-4);
		assertNotEquals(reference.number("p.asymptotic"), profile.pValue(), 1e-3);
		assertEquals(profile.pValue(), Profiler.chiSquare("x", List.of("a", "b", "c"), counts).pValue(),
				"the seed is fixed");
	}

	@Test
	void weightedSmallExpectedCountsGetAPermutationPValueAsR() throws Exception {
		ReferenceResults reference = ReferenceResults.read("small-counts-weighted.txt");
		Path file = DATA.resolve("small-counts-weighted.csv");
		for (String weight : List.of("w", "w2")) {
			Dataset data = DataFiles.read(file, ReadOptions.detect(), null).withWeightColumn(weight);
			CategoricalProfile x = (CategoricalProfile) Profiler.profile(data, segments(data), 3, List.of("x")).get(0);
			assertEquals(6, x.smallExpectedCells(), weight);
			assertEquals(15, x.cells());
			assertEquals(CategoricalProfile.RAO_SCOTT_PERMUTATION, x.test(), weight);
			// the statistic stays Rao-Scott's; the p-value is that of R's 200,000 permutations, within
			// the sampling error of both (R's own about 0.0005, ours of 10,000 about 0.0007 at p = 0.005)
			double expected = reference.number(weight + ".p.permutation");
			double error = Math.sqrt(expected * (1 - expected) / 10_000 + expected * (1 - expected) / 200_000);
			assertEquals(expected, x.pValue(), 4 * error + 1e-4, weight);
			assertEquals(x.pValue(), ((CategoricalProfile) Profiler.profile(data, segments(data), 3, List.of("x")).get(0))
					.pValue(), "the seed is fixed");
			if (weight.equals("w")) {
				assertEquals(reference.number("w.raoScott"), x.chi2(), 1e-7 * x.chi2());
				assertEquals((int) reference.number("df"), x.df());
				// the chi-square tail of the corrected statistic is twice the permutation p-value here
				assertTrue(reference.number("w.raoScott.p") > 1.5 * x.pValue(), Double.toString(x.pValue()));
			}
		}
	}

	@Test
	void weightsOfOneGiveTheUnweightedMonteCarloPValue() throws Exception {
		Path file = DATA.resolve("small-counts-weighted.csv");
		Dataset data = DataFiles.read(file, ReadOptions.detect(), null);
		int[] labels = segments(data);
		Column x = data.column("x");
		CategoricalProfile unweighted = (CategoricalProfile) Profiler.profile(x, labels, 3);
		assertEquals(CategoricalProfile.MONTE_CARLO, unweighted.test());
		for (double constant : new double[] { 1, 2.5 }) {
			double[] weights = new double[data.rowCount()];
			Arrays.fill(weights, constant);
			CategoricalProfile weighted = (CategoricalProfile) Profiler.profile(x, labels, 3, weights);
			assertEquals(CategoricalProfile.RAO_SCOTT_PERMUTATION, weighted.test());
			// equal weights permute as the unweighted table's random tables: the same draws, the same p
			assertEquals(unweighted.pValue(), weighted.pValue(), 0, "weights all " + constant);
		}
		// weights of 1 + a different 1e-13 each: the people are permuted one by one, another random
		// stream of the same distribution, so the p-value agrees within Monte Carlo error
		double[] almostOne = new double[data.rowCount()];
		for (int row = 0; row < almostOne.length; row++) {
			almostOne[row] = 1 + row * 1e-13;
		}
		CategoricalProfile perPerson = (CategoricalProfile) Profiler.profile(x, labels, 3, almostOne);
		double p = unweighted.pValue();
		assertEquals(p, perPerson.pValue(), 4 * Math.sqrt(2 * p * (1 - p) / 10_000) + 1e-4);
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.analysis.CommunityMemberships;
import org.segmenta.analysis.JobOpportunity;
import org.segmenta.analysis.internal.MembershipsCommand;
import org.segmenta.analysis.internal.ProfileCommand;
import org.segmenta.analysis.internal.TypingToolCommand;
import org.segmenta.cli.CommandContext;
import org.segmenta.cli.UsageException;
import org.segmenta.data.ColumnType;
import org.segmenta.data.DataException;
import org.segmenta.data.Dataset;
import org.segmenta.data.NumericColumn;
import org.segmenta.model.CommunityOverlap;
import org.segmenta.model.DataSource;
import org.segmenta.model.Project;
import org.segmenta.model.ValueCommunity;
import org.segmenta.model.persistence.SegmentationFiles;
import org.segmenta.tests.support.Examples;

class MembershipsAndJobsTest {

	@TempDir
	Path folder;

	private static final double NA = Double.NaN;

	@Test
	void membershipsAndOverlapByHand() throws DataException {
		// balance: mean of b >= 4 -> rows 0, 1, 3 (row 4 has no answer); learning: mean of l1, l2 >= 4 ->
		// rows 1 (4.5), 2 (4), 3 (5, l2 missing)
		Dataset data = new Dataset("values.csv",
				List.of(new NumericColumn("b", ColumnType.ORDINAL, new double[] { 5, 4, 2, 4, NA }),
						new NumericColumn("l1", ColumnType.ORDINAL, new double[] { 3, 5, 4, 5, 1 }),
						new NumericColumn("l2", ColumnType.ORDINAL, new double[] { 3, 4, 4, NA, 2 })));
		CommunityMemberships memberships = CommunityMemberships.of(data,
				List.of(new CommunityMemberships.Community("balance", List.of("b"), 4),
						new CommunityMemberships.Community("learning", List.of("l1", "l2"), 4)));
		assertEquals(3, memberships.count(0));
		assertEquals(3, memberships.count(1));
		assertEquals(2, memberships.shared(0, 1));
		assertEquals(2.0 / 4, memberships.jaccard(0, 1), 1e-12);
		assertEquals(1.0, memberships.jaccard(1, 1), 1e-12);
		assertEquals(1, memberships.inNone());
	}

	@Test
	void opportunityScoresBySegment() {
		NumericColumn importance = new NumericColumn("imp", ColumnType.NUMERIC, new double[] { 8, 10, 6, 4, 9 });
		NumericColumn satisfaction = new NumericColumn("sat", ColumnType.NUMERIC, new double[] { 4, 6, 6, 8, NA });
		// segment 0 rows 0, 1: 9 + (9 - 5) = 13; segment 1 rows 2, 3 (row 4 missing): 5 + 0 = 5; total 7 + 1 = 8
		assertArrayEquals(new double[] { 13, 5, 8 },
				JobOpportunity.bySegment(importance, satisfaction, new int[] { 0, 0, 1, 1, 1 }, 2), 1e-12);
	}

	@Test
	void membershipsGoIntoTheModel() throws Exception {
		Path model = folder.resolve("nordic.segmentation");
		Files.copy(Examples.model(), model);
		PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
		UsageException unknown = Assertions.assertThrows(
				UsageException.class,
				() -> new MembershipsCommand().execute(new CommandContext(List.of(Examples.survey().toString(),
						"--communities", "vc-nope=q12_balance>=4", "--model", model.toString(), "--out", "bad"), quiet,
						quiet, folder, new NullProgressMonitor())));
		assertTrue(unknown.getMessage().contains("no value community with id vc-nope"), unknown.getMessage());
		assertTrue(!Files.exists(folder.resolve("bad")), "nothing is written when the model is wrong");
		assertEquals(0, new MembershipsCommand().execute(new CommandContext(List.of(Examples.survey().toString(),
				"--communities", "vc-balance=q12_balance>=4;vc-together=q16_solidarity>=4", "--model", model.toString(),
				"--out", "m"), quiet, quiet, folder, new NullProgressMonitor())));
		Project project = SegmentationFiles.load(model);
		ValueCommunity balance = project.getValueCommunities().stream()
				.filter(c -> c.getId().equals("vc-balance")).findFirst().orElseThrow();
		String json = Files.readString(folder.resolve("m/memberships.json"));
		assertTrue(json.contains("\"members\": " + balance.getMemberCount() + ","), json);
		CommunityOverlap withTogether = balance.getOverlaps().stream()
				.filter(o -> o.getOther().getId().equals("vc-together")).findFirst().orElseThrow();
		assertTrue(withTogether.getSharedMembers() > 0);
		assertTrue(withTogether.getJaccard() > 0 && withTogether.getJaccard() < 1);
		assertTrue(balance.getOverlaps().stream().anyMatch(o -> o.getOther().getId().equals("vc-safe")),
				"overlaps with communities not computed stay");
	}

	@Test
	void theDataSourceOfTheFileNamesTheWeightAndTheId() throws Exception {
		Path model = folder.resolve("nordic.segmentation");
		Files.copy(Examples.model(), model);
		// the data source's file: the survey's first 900 people (a CSV column of ids holds at most 1,000)
		Path data = folder.resolve(Examples.survey().getFileName());
		Files.write(data, Files.readAllLines(Examples.survey()).subList(0, 901));
		Project project = SegmentationFiles.load(model);
		DataSource survey = project.getDataSources().stream().filter(s -> s.getId().equals("ds-survey-2026"))
				.findFirst().orElseThrow();
		assertEquals(data.getFileName().toString(), survey.getLocation(), "the model names the copied file");
		survey.setWeightVariable("tenure_years");
		survey.setIdVariable("respondent");
		SegmentationFiles.save(project, model);
		PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
		String communities = "vc-balance=q12_balance>=4";

		assertEquals(0, new MembershipsCommand().execute(new CommandContext(List.of(data.toString(), "--communities",
				communities, "--model", model.toString(), "--out", "weighted"), quiet, quiet, folder,
				new NullProgressMonitor())));
		String json = Files.readString(folder.resolve("weighted/memberships.json"));
		assertTrue(json.contains("\"weight\": \"tenure_years\""), json);
		assertEquals("row,respondent,vc-balance", Files.readAllLines(folder.resolve("weighted/memberships.csv")).get(0));

		// another file than the data source's: nothing of it applies
		Path other = folder.resolve("other.csv");
		Files.copy(data, other);
		assertEquals(0, new MembershipsCommand().execute(new CommandContext(List.of(other.toString(),
				"--communities", communities, "--model", model.toString(), "--out", "other"), quiet, quiet, folder,
				new NullProgressMonitor())));
		assertTrue(!Files.readString(folder.resolve("other/memberships.json")).contains("\"weight\""));
		assertEquals("row,vc-balance", Files.readAllLines(folder.resolve("other/memberships.csv")).get(0));
	}

	@Test
	void profileAndTypingToolTakeTheWeightAndIdOfTheModel() throws Exception {
		Path model = folder.resolve("nordic.segmentation");
		Files.copy(Examples.model(), model);
		List<String> lines = Files.readAllLines(Examples.survey()).subList(0, 901);
		// clustered in the file's order; the data source's file is the same people in reverse order
		Path clustered = folder.resolve("clustered.csv");
		Files.write(clustered, lines);
		Path data = folder.resolve(Examples.survey().getFileName());
		List<String> reversed = new java.util.ArrayList<>(lines.subList(1, lines.size()));
		java.util.Collections.reverse(reversed);
		reversed.add(0, lines.get(0));
		Files.write(data, reversed);
		Project project = SegmentationFiles.load(model);
		DataSource survey = project.getDataSources().stream().filter(s -> s.getId().equals("ds-survey-2026"))
				.findFirst().orElseThrow();
		survey.setWeightVariable("tenure_years");
		survey.setIdVariable("respondent");
		SegmentationFiles.save(project, model);
		assertEquals(0, run(clustered.toString(), new org.segmenta.analysis.internal.ClusterCommand(), "--method",
				"kmeans", "--k", "3", "--columns", "q12_balance,q13_learning", "--id", "respondent", "--out", "c"));

		String[] profile = { "--assignments", "c/assignments.csv", "--vars", "q12_balance,country" };
		assertEquals(0, run(data.toString(), new ProfileCommand(), concat(profile, "--model", model.toString(),
				"--out", "model")));
		String byModel = Files.readString(folder.resolve("model/profile.json"));
		assertTrue(byModel.startsWith("{\n  \"weight\": \"tenure_years\","), byModel);
		// the model's id joins the reversed rows to their segments, as --weight and --id do
		assertEquals(0, run(data.toString(), new ProfileCommand(), concat(profile, "--weight", "tenure_years",
				"--id", "respondent", "--out", "explicit")));
		assertEquals(Files.readString(folder.resolve("explicit/profile.json")), byModel);
		assertEquals(0, run(data.toString(), new ProfileCommand(), concat(profile, "--weight", "tenure_years",
				"--out", "profileRowOrder")));
		assertTrue(!Files.readString(folder.resolve("profileRowOrder/profile.json")).equals(byModel));
		// the command line comes first
		assertEquals(0, run(data.toString(), new ProfileCommand(), concat(profile, "--model", model.toString(),
				"--weight", "none", "--out", "unweighted")));
		assertTrue(!Files.readString(folder.resolve("unweighted/profile.json")).contains("\"weight\""));

		String[] tool = { "--assignments", "c/assignments.csv", "--columns", "q12_balance,q13_learning,age" };
		assertEquals(0, run(data.toString(), new TypingToolCommand(), concat(tool, "--model", model.toString(),
				"--out", "tool")));
		String toolByModel = Files.readString(folder.resolve("tool/typing-tool.json"));
		assertTrue(toolByModel.startsWith("{\n  \"weight\": \"tenure_years\","), toolByModel);
		assertEquals(0, run(data.toString(), new TypingToolCommand(), concat(tool, "--weight", "tenure_years", "--id",
				"respondent", "--out", "toolExplicit")));
		assertEquals(Files.readString(folder.resolve("toolExplicit/typing-tool.json")), toolByModel);
		// without the model's id the reversed rows would be matched to the wrong segments
		assertEquals(0, run(data.toString(), new TypingToolCommand(), concat(tool, "--weight", "tenure_years",
				"--out", "rowOrder")));
		assertTrue(!Files.readString(folder.resolve("rowOrder/typing-tool.json")).equals(toolByModel));

		// a file the model's data sources do not name: no defaults, and a warning that says so
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		assertEquals(0, new ProfileCommand().execute(new CommandContext(List.of(concat(new String[] { clustered.toString() },
				concat(profile, "--model", model.toString(), "--out", "other"))), new PrintStream(OutputStream.nullOutputStream()),
				new PrintStream(err, true, StandardCharsets.UTF_8), folder, new NullProgressMonitor())));
		assertTrue(!Files.readString(folder.resolve("other/profile.json")).contains("\"weight\""));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("no data source of " + model), err.toString(StandardCharsets.UTF_8));
	}

	private int run(String data, org.segmenta.cli.Command command, String... words) throws UsageException {
		PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
		return command.execute(new CommandContext(List.of(concat(new String[] { data }, words)), quiet, quiet, folder,
				new NullProgressMonitor()));
	}

	private static String[] concat(String[] first, String... more) {
		String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
		System.arraycopy(more, 0, all, first.length, more.length);
		return all;
	}

	@Test
	void membershipsCommandOnTheSurvey() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PrintStream stream = new PrintStream(out, true, StandardCharsets.UTF_8);
		int code = new MembershipsCommand().execute(new CommandContext(List.of(Examples.survey().toString(),
				"--communities", "Balance=q12_balance>=4;Curious=q13_learning,q17_purpose>=4;Together=q16_solidarity>=4",
				"--out", "m"), stream, stream, folder, new NullProgressMonitor()));
		assertEquals(0, code);
		String json = Files.readString(folder.resolve("m/memberships.json"));
		assertTrue(json.contains("\"overlapJaccard\""), json);
		List<String> rows = Files.readAllLines(folder.resolve("m/memberships.csv"));
		assertEquals("row,Balance,Curious,Together", rows.get(0));
		assertEquals(4801, rows.size());
	}
}

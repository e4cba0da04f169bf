/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.segmenta.tests.support.JsonFiles.array;
import static org.segmenta.tests.support.JsonFiles.assertExact;
import static org.segmenta.tests.support.JsonFiles.assertInteger;
import static org.segmenta.tests.support.JsonFiles.member;
import static org.segmenta.tests.support.JsonFiles.names;
import static org.segmenta.tests.support.JsonFiles.object;
import static org.segmenta.tests.support.JsonFiles.string;
import static org.segmenta.tests.support.JsonFiles.strings;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.model.Project;
import org.segmenta.model.Segment;
import org.segmenta.model.Segmentation;
import org.segmenta.model.persistence.SegmentationFiles;
import org.segmenta.model.summary.ModelSummary;
import org.segmenta.report.SegmentAssignments;
import org.segmenta.tests.support.Examples;
import org.segmenta.tests.support.JsonFiles;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * {@code report.json} read back with Gson member by member against the model it was written from:
 * names, order, nesting, numbers at full precision, and text as UTF-8.
 */
class ReportJsonTest {

	@TempDir
	Path folder;

	@Test
	void theExampleModel() throws Exception {
		ReportRun run = ReportRun.run(folder, Examples.model().toString(), "--out", "out", "--formats", "json");
		assertEquals(0, run.exitCode(), run.err());

		Project project = SegmentationFiles.load(Examples.model());
		JsonObject json = JsonFiles.object(folder.resolve("out/report.json"));
		assertReport(project, List.of(), json);
		assertEquals(0, array(json, "assignments").size());
	}

	@Test
	void nordicNamesMarkupAndAssignments() throws Exception {
		Project copy = SegmentationFiles.load(Examples.model());
		Segmentation primary = copy.getSegmentations().stream().filter(Segmentation::isPrimary).findFirst().orElseThrow();
		Segment first = primary.getSegments().get(0);
		first.setName("Tryghed <først> & 'fællesskab'");
		first.setStatement("Vi siger \"ja\" =\ttil\nÅbyhøj, Malmö og Hämeenlinna");
		primary.setAssignmentsLocation("data/assignments.csv");
		Path model = folder.resolve("model.segmentation");
		SegmentationFiles.save(copy, model);
		Files.createDirectories(folder.resolve("data"));
		Files.writeString(folder.resolve("data/assignments.csv"), "respondent,segment,home\nr-1," + first.getId()
				+ ",Næstved\nr-2,Career Climbers,Malmö\nr-3," + first.getId() + ",Åbyhøj\n", StandardCharsets.UTF_8);
		ReportRun run = ReportRun.run(folder, "model.segmentation", "--out", "out", "--formats", "json");
		assertEquals(0, run.exitCode(), run.err());

		Project project = SegmentationFiles.load(model);
		List<SegmentAssignments> assignments = new ArrayList<>();
		for (Segmentation segmentation : project.getSegmentations()) {
			if (segmentation.getAssignmentsLocation() != null) {
				assignments.add(SegmentAssignments.read(segmentation, model));
			}
		}
		assertEquals(1, assignments.size());
		Path file = folder.resolve("out/report.json");
		assertReport(project, assignments, JsonFiles.object(file));
		String text = Files.readString(file, StandardCharsets.UTF_8);
		assertTrue(text.contains("\"name\": \"Tryghed <først> & 'fællesskab'\""), text);
		assertTrue(text.contains("\"statement\": \"Vi siger \\\"ja\\\" =\\ttil\\nÅbyhøj, Malmö og Hämeenlinna\""), text);
		assertTrue(text.contains("\"Næstved\""), text);
		assertFalse(text.contains("\\u"), "no escapes for markup or Nordic letters");
	}

	private static void assertReport(Project project, List<SegmentAssignments> assignments, JsonObject json) {
		assertEquals(List.of("project", "summary", "segmentations", "assignments"), names(json));
		JsonObject about = object(json, "project");
		assertEquals(List.of("id", "name", "organisation", "audience", "language"), names(about));
		assertEquals(project.getId(), string(about, "id"));
		assertEquals(project.getName(), string(about, "name"));
		assertEquals(project.getOrganisation(), string(about, "organisation"));
		assertEquals(project.getAudience(), string(about, "audience"));
		assertEquals(project.getLanguage(), string(about, "language"));

		JsonObject summary = object(json, "summary");
		Map<EClass, Integer> counts = ModelSummary.of(project).counts();
		assertEquals(counts.keySet().stream().map(EClass::getName).toList(), names(summary));
		counts.forEach((kind, count) -> assertInteger(count, member(summary, kind.getName()), kind.getName()));

		JsonArray segmentations = array(json, "segmentations");
		assertEquals(project.getSegmentations().size(), segmentations.size());
		for (int i = 0; i < segmentations.size(); i++) {
			Segmentation segmentation = project.getSegmentations().get(i);
			JsonObject actual = segmentations.get(i).getAsJsonObject();
			int people = segmentation.getSegments().stream().mapToInt(Segment::getSize).sum();
			assertEquals(people > 0 ? List.of("id", "name", "perspective", "primary", "base", "segments")
					: List.of("id", "name", "perspective", "primary", "segments"), names(actual));
			if (people > 0) {
				// unweighted: the base of the shares is the people of the top-level segments
				assertEquals(List.of("n"), names(object(actual, "base")));
				assertInteger(people, member(object(actual, "base"), "n"), segmentation.getId());
			}
			assertEquals(segmentation.getId(), string(actual, "id"));
			assertEquals(segmentation.getName(), string(actual, "name"));
			assertEquals(segmentation.getPerspective().getLiteral(), string(actual, "perspective"));
			assertEquals(segmentation.isPrimary(), member(actual, "primary").getAsBoolean());
			assertSegments(segmentation.getSegments(), array(actual, "segments"));
		}

		JsonArray files = array(json, "assignments");
		assertEquals(assignments.size(), files.size());
		for (int i = 0; i < files.size(); i++) {
			SegmentAssignments expected = assignments.get(i);
			JsonObject actual = files.get(i).getAsJsonObject();
			assertEquals(List.of("segmentation", "file", "columns", "counts", "rows"), names(actual));
			assertEquals(expected.segmentation().getId(), string(actual, "segmentation"));
			assertEquals(expected.segmentation().getAssignmentsLocation(), string(actual, "file"));
			assertEquals(expected.header(), strings(array(actual, "columns")));
			JsonObject bySegment = object(actual, "counts");
			assertEquals(List.copyOf(expected.countsBySegment().keySet()), names(bySegment));
			expected.countsBySegment().forEach((segment, count) -> assertInteger(count, member(bySegment, segment), segment));
			JsonArray rows = array(actual, "rows");
			assertEquals(expected.rows().size(), rows.size());
			for (int row = 0; row < rows.size(); row++) {
				assertEquals(expected.rows().get(row), strings(rows.get(row).getAsJsonArray()), "row " + row);
			}
		}
	}

	private static void assertSegments(List<Segment> segments, JsonArray actual) {
		assertEquals(segments.size(), actual.size());
		for (int i = 0; i < segments.size(); i++) {
			Segment segment = segments.get(i);
			JsonObject json = actual.get(i).getAsJsonObject();
			String where = segment.getId();
			List<String> order = new ArrayList<>(List.of("id", "name", "statement", "size", "share", "potential", "colour"));
			if (!segment.getSubSegments().isEmpty()) {
				order.add("segments");
			}
			assertEquals(order, names(json), where);
			assertEquals(segment.getId(), string(json, "id"));
			assertEquals(segment.getName(), string(json, "name"));
			assertEquals(segment.getStatement(), string(json, "statement"));
			assertInteger(segment.getSize(), member(json, "size"), where);
			assertExact(segment.getAudienceShare(), member(json, "share"), where);
			assertExact(segment.getPotential(), member(json, "potential"), where);
			assertEquals(segment.getColour(), string(json, "colour"));
			if (!segment.getSubSegments().isEmpty()) {
				assertSegments(segment.getSubSegments(), array(json, "segments"));
			}
		}
	}
}

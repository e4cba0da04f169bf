/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.report.internal;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.EClass;
import org.segmenta.model.Project;
import org.segmenta.model.Segment;
import org.segmenta.model.Segmentation;
import org.segmenta.model.summary.ModelSummary;
import org.segmenta.report.ReportExporter;
import org.segmenta.report.ReportFiles;
import org.segmenta.report.ReportInput;
import org.segmenta.report.ReportText;
import org.segmenta.report.SegmentAssignments;

import com.google.gson.FormattingStyle;
import com.google.gson.stream.JsonWriter;

/**
 * {@code report.json}: the project, the element counts, every segmentation with the base of its
 * shares (where its sizes give one) and its segment tree,
 * and the segment assignments (per-segment counts and the rows) where segmentations reference them.
 * Written by Gson, indented by two spaces for people reading diffs; numbers at full precision (whole
 * numbers without a decimal point), text as UTF-8 with only quotes, backslashes and control
 * characters escaped.
 */
public class JsonExporter implements ReportExporter {

	public static final String FILE_NAME = "report.json";

	@Override
	public void export(ReportInput input, ReportFiles files, IProgressMonitor monitor) throws IOException {
		// one document, written in one go: a cancelled report stops before it
		SubMonitor.convert(monitor).checkCanceled();
		Project project = input.project();
		try (Writer out = new OutputStreamWriter(files.create(FILE_NAME), StandardCharsets.UTF_8)) {
			JsonWriter json = new JsonWriter(out);
			json.setFormattingStyle(FormattingStyle.PRETTY);
			json.beginObject();
			json.name("project").beginObject().name("id").value(project.getId()).name("name").value(project.getName())
					.name("organisation").value(project.getOrganisation()).name("audience").value(project.getAudience())
					.name("language").value(project.getLanguage()).endObject();
			json.name("summary").beginObject();
			for (Map.Entry<EClass, Integer> count : ModelSummary.of(project).counts().entrySet()) {
				json.name(count.getKey().getName()).value(count.getValue());
			}
			json.endObject();
			json.name("segmentations").beginArray();
			for (Segmentation segmentation : project.getSegmentations()) {
				json.beginObject().name("id").value(segmentation.getId()).name("name").value(segmentation.getName())
						.name("perspective").value(segmentation.getPerspective().getLiteral());
				json.name("primary").value(segmentation.isPrimary());
				Optional<ShareBase.Figures> base = ShareBase.figures(segmentation);
				if (base.isPresent()) {
					base(json, base.get());
				}
				segments(json, segmentation.getSegments());
				json.endObject();
			}
			json.endArray();
			json.name("assignments").beginArray();
			for (SegmentAssignments assignments : input.assignments()) {
				assignments(json, assignments);
			}
			json.endArray();
			json.endObject();
			json.flush();
			out.write('\n');
		}
	}

	private static void segments(JsonWriter json, List<Segment> segments) throws IOException {
		json.name("segments").beginArray();
		for (Segment segment : segments) {
			json.beginObject().name("id").value(segment.getId()).name("name").value(segment.getName())
					.name("statement").value(segment.getStatement()).name("size").value(segment.getSize());
			number(json.name("share"), segment.getAudienceShare());
			number(json.name("potential"), segment.getPotential());
			json.name("colour").value(segment.getColour());
			if (!segment.getSubSegments().isEmpty()) {
				segments(json, segment.getSubSegments());
			}
			json.endObject();
		}
		json.endArray();
	}

	/** {@code "base": {"n": 4800, "weighted": 4787.4, "weightedBy": "vægt"}}, the last two when weighted. */
	private static void base(JsonWriter json, ShareBase.Figures base) throws IOException {
		json.name("base").beginObject().name("n").value(base.n());
		if (base.isWeighted()) {
			number(json.name("weighted"), base.weighted());
			json.name("weightedBy").value(base.weightedBy());
		}
		json.endObject();
	}

	private static void assignments(JsonWriter json, SegmentAssignments assignments) throws IOException {
		json.beginObject().name("segmentation").value(assignments.segmentation().getId()).name("file")
				.value(assignments.segmentation().getAssignmentsLocation());
		json.name("columns").beginArray();
		for (String column : assignments.header()) {
			json.value(column);
		}
		json.endArray();
		json.name("counts").beginObject();
		for (Map.Entry<String, Integer> count : assignments.countsBySegment().entrySet()) {
			json.name(count.getKey()).value(count.getValue());
		}
		json.endObject();
		json.name("rows").beginArray();
		for (List<String> row : assignments.rows()) {
			json.beginArray();
			for (String value : row) {
				json.value(value);
			}
			json.endArray();
		}
		json.endArray();
		json.endObject();
	}

	/** At full precision; a whole number without a decimal point, NaN and infinities as null. */
	private static void number(JsonWriter json, double value) throws IOException {
		if (!Double.isFinite(value)) {
			json.nullValue();
		} else if (value == Math.rint(value) && Math.abs(value) < 1e15) {
			json.value((long) value);
		} else {
			json.value(value);
		}
	}
}

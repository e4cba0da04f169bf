package org.segmenta.report.internal;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
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

/**
 * {@code report.json}: the project, the element counts, every segmentation with its segment tree,
 * and the segment assignments (per-segment counts and the rows) where segmentations reference them.
 */
public class JsonExporter implements ReportExporter {

	public static final String FILE_NAME = "report.json";

	@Override
	public void export(ReportInput input, ReportFiles files, IProgressMonitor monitor) throws IOException {
		Project project = input.project();
		try (JsonWriter json = new JsonWriter(new OutputStreamWriter(files.create(FILE_NAME), StandardCharsets.UTF_8))) {
			json.beginObject();
			json.name("project").beginObject().member("id", project.getId()).member("name", project.getName())
					.member("organisation", project.getOrganisation()).member("audience", project.getAudience())
					.member("language", project.getLanguage()).endObject();
			json.name("summary").beginObject();
			for (Map.Entry<EClass, Integer> count : ModelSummary.of(project).counts().entrySet()) {
				json.member(count.getKey().getName(), count.getValue());
			}
			json.endObject();
			json.name("segmentations").beginArray();
			for (Segmentation segmentation : project.getSegmentations()) {
				json.beginObject().member("id", segmentation.getId()).member("name", segmentation.getName())
						.member("perspective", segmentation.getPerspective().getLiteral());
				json.name("primary").value(segmentation.isPrimary());
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
		}
	}

	private static void segments(JsonWriter json, List<Segment> segments) throws IOException {
		json.name("segments").beginArray();
		for (Segment segment : segments) {
			json.beginObject().member("id", segment.getId()).member("name", segment.getName())
					.member("statement", segment.getStatement()).member("size", segment.getSize())
					.member("share", segment.getAudienceShare()).member("potential", segment.getPotential())
					.member("colour", segment.getColour());
			if (!segment.getSubSegments().isEmpty()) {
				segments(json, segment.getSubSegments());
			}
			json.endObject();
		}
		json.endArray();
	}

	private static void assignments(JsonWriter json, SegmentAssignments assignments) throws IOException {
		json.beginObject().member("segmentation", assignments.segmentation().getId())
				.member("file", assignments.segmentation().getAssignmentsLocation());
		json.name("columns").beginArray();
		for (String column : assignments.header()) {
			json.value(column);
		}
		json.endArray();
		json.name("counts").beginObject();
		for (Map.Entry<String, Integer> count : assignments.countsBySegment().entrySet()) {
			json.member(count.getKey(), count.getValue());
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
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.validation.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

import org.segmenta.model.Identified;
import org.segmenta.validation.Finding;
import org.segmenta.validation.Severity;
import org.segmenta.validation.ValidationReport;

import com.google.gson.FormattingStyle;
import com.google.gson.stream.JsonWriter;

/**
 * Findings as one JSON object, written by Gson:
 * {@code {"model": ..., "errors": n, "warnings": n, "infos": n, "findings": [{"severity", "rule", "element", "elementId", "message"}]}}.
 * Each finding stands on a line of its own, so that scripts can also grep the report.
 */
final class JsonReport {

	private static final FormattingStyle ONE_LINE = FormattingStyle.COMPACT.withSpaceAfterSeparators(true);

	private JsonReport() {
	}

	static String render(ValidationReport report, String model) {
		StringWriter text = new StringWriter();
		try (JsonWriter json = new JsonWriter(text)) {
			json.setFormattingStyle(FormattingStyle.PRETTY);
			json.beginObject().name("model").value(model);
			json.name("errors").value(report.count(Severity.ERROR));
			json.name("warnings").value(report.count(Severity.WARNING));
			json.name("infos").value(report.count(Severity.INFO));
			json.name("findings").beginArray();
			for (Finding finding : report.findings()) {
				// the line break before the finding is written by the indented style, its inside on one line
				json.setFormattingStyle(FormattingStyle.PRETTY);
				json.beginObject();
				json.setFormattingStyle(ONE_LINE);
				json.name("severity").value(finding.severity().word()).name("rule").value(finding.ruleId())
						.name("element").value(finding.path()).name("elementId")
						.value(finding.element() instanceof Identified identified ? identified.getId() : null)
						.name("message").value(finding.getMessage());
				json.endObject();
			}
			json.setFormattingStyle(FormattingStyle.PRETTY);
			json.endArray().endObject();
		} catch (IOException e) {
			throw new UncheckedIOException("a StringWriter does not fail", e);
		}
		return text.append('\n').toString();
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.validation.internal;

import org.segmenta.model.Identified;
import org.segmenta.validation.Finding;
import org.segmenta.validation.Severity;
import org.segmenta.validation.ValidationReport;

/**
 * Findings as one JSON object:
 * {@code {"model": ..., "errors": n, "warnings": n, "infos": n, "findings": [{"severity", "rule", "element", "elementId", "message"}]}}.
 */
final class JsonReport {

	private JsonReport() {
	}

	static String render(ValidationReport report, String model) {
		StringBuilder json = new StringBuilder("{\n");
		json.append("  \"model\": ").append(string(model)).append(",\n");
		json.append("  \"errors\": ").append(report.count(Severity.ERROR)).append(",\n");
		json.append("  \"warnings\": ").append(report.count(Severity.WARNING)).append(",\n");
		json.append("  \"infos\": ").append(report.count(Severity.INFO)).append(",\n");
		json.append("  \"findings\": [");
		String separator = "\n";
		for (Finding finding : report.findings()) {
			json.append(separator).append("    {\"severity\": ").append(string(finding.severity().word()))
					.append(", \"rule\": ").append(string(finding.ruleId()))
					.append(", \"element\": ").append(string(finding.path()))
					.append(", \"elementId\": ")
					.append(finding.element() instanceof Identified identified && identified.getId() != null
							? string(identified.getId()) : "null")
					.append(", \"message\": ").append(string(finding.getMessage())).append('}');
			separator = ",\n";
		}
		json.append(report.findings().isEmpty() ? "]\n" : "\n  ]\n").append("}\n");
		return json.toString();
	}

	/** A JSON string literal (RFC 8259): quotes, backslashes and control characters escaped. */
	static String string(String text) {
		StringBuilder literal = new StringBuilder("\"");
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '"' -> literal.append("\\\"");
			case '\\' -> literal.append("\\\\");
			case '\n' -> literal.append("\\n");
			case '\r' -> literal.append("\\r");
			case '\t' -> literal.append("\\t");
			default -> {
				if (c < 0x20) {
					literal.append(String.format("\\u%04x", (int) c));
				} else {
					literal.append(c);
				}
			}
			}
		}
		return literal.append('"').toString();
	}
}

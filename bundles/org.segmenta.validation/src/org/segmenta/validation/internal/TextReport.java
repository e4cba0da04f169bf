/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.validation.internal;

import org.segmenta.validation.Finding;
import org.segmenta.validation.ValidationReport;

/** Findings as lines: {@code SEVERITY<tab>RULE-ID<tab>ELEMENT-PATH<tab>MESSAGE}. */
final class TextReport {

	private TextReport() {
	}

	static String render(ValidationReport report) {
		StringBuilder text = new StringBuilder();
		for (Finding finding : report.findings()) {
			text.append(finding.severity().name()).append('\t').append(finding.ruleId()).append('\t')
					.append(oneLine(finding.path())).append('\t').append(oneLine(finding.getMessage())).append('\n');
		}
		return text.toString();
	}

	/** Names and messages may hold line breaks; a finding stays on one line. */
	private static String oneLine(String text) {
		return text.replaceAll("\\s*[\\r\\n\\t]+\\s*", " ");
	}
}

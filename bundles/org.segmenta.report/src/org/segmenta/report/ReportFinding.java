/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.report;

import java.util.Objects;

/**
 * One finding about the model shown in the reports' "Validation findings" section.
 *
 * @param severity how serious the finding is
 * @param element  the element concerned, as users know it (e.g. {@code Segment 'Balance Seekers'})
 * @param message  what is wrong or worth knowing, in one or two sentences
 */
public record ReportFinding(Severity severity, String element, String message) {

	public enum Severity {
		ERROR, WARNING, INFO
	}

	public ReportFinding {
		Objects.requireNonNull(severity, "severity");
		element = element == null ? "" : element;
		Objects.requireNonNull(message, "message");
	}
}

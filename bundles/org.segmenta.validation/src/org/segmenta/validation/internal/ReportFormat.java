/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.validation.internal;

import java.util.Locale;

import org.segmenta.cli.UsageException;
import org.segmenta.validation.ValidationReport;

/** The forms {@code ./segmenta validate} writes its findings in. */
public enum ReportFormat {

	/** One line per finding: severity, rule id, element path and message, separated by tabs. */
	TEXT {
		@Override
		String render(ValidationReport report, String model, boolean strict) {
			return TextReport.render(report);
		}
	},

	/** One JSON object with the counts and the findings, for scripts. */
	JSON {
		@Override
		String render(ValidationReport report, String model, boolean strict) {
			return JsonReport.render(report, model);
		}
	},

	/** JUnit XML, so that CI servers show the findings as test results. */
	JUNIT {
		@Override
		String render(ValidationReport report, String model, boolean strict) {
			return JUnitReport.render(report, model, strict);
		}
	};

	/**
	 * The report as text.
	 *
	 * @param model  the model file as the user named it
	 * @param strict whether warnings fail the run
	 */
	abstract String render(ValidationReport report, String model, boolean strict);

	static ReportFormat named(String name) throws UsageException {
		for (ReportFormat format : values()) {
			if (format.name().equalsIgnoreCase(name)) {
				return format;
			}
		}
		throw new UsageException("unknown --format '" + name + "'; use text, json or junit");
	}

	String word() {
		return name().toLowerCase(Locale.ROOT);
	}
}

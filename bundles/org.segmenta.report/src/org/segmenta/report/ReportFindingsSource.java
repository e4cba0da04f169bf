/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.report;

import java.util.List;

import org.segmenta.model.Project;

/**
 * Supplies the findings that the reports list under "Validation findings", contributed through the
 * {@code org.segmenta.report.findings} extension point (the validation bundle is the intended
 * contributor).
 */
public interface ReportFindingsSource {

	/** The source's name as the report shows it, e.g. {@code Model validation}. */
	String name();

	/** The findings about {@code project}; an empty list when there are none. */
	List<ReportFinding> findings(Project project);

	/**
	 * The source's name in the report's {@code language}; {@link #name()} for a source that writes
	 * in one language only.
	 */
	default String name(ReportLanguage language) {
		return name();
	}

	/**
	 * The findings about {@code project}, their messages written in the report's {@code language}
	 * where the source can; {@link #findings(Project)} for a source that writes in one language only.
	 */
	default List<ReportFinding> findings(Project project, ReportLanguage language) {
		return findings(project);
	}
}

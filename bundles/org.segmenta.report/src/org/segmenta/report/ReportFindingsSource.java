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
}

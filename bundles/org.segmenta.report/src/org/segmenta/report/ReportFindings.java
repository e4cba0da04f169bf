/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.report;

import java.util.List;

/**
 * What the findings sources reported for one project.
 *
 * @param sources  the names of the sources that ran; empty when no source is installed
 * @param findings every finding, in the sources' order
 */
public record ReportFindings(List<String> sources, List<ReportFinding> findings) {

	/** No findings source is installed: the reports say so instead of listing findings. */
	public static final ReportFindings NONE = new ReportFindings(List.of(), List.of());

	public ReportFindings {
		sources = List.copyOf(sources);
		findings = List.copyOf(findings);
	}

	/** Whether any source ran; a run that found nothing is different from no run at all. */
	public boolean ran() {
		return !sources.isEmpty();
	}
}

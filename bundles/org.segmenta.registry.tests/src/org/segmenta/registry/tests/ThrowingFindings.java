/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.registry.tests;

import java.util.List;

import org.segmenta.model.Project;
import org.segmenta.report.ReportFinding;
import org.segmenta.report.ReportFindingsSource;

/** A findings source that fails whenever it runs. */
public class ThrowingFindings implements ReportFindingsSource {

	static final String FAILURE = "the test source always fails";

	@Override
	public String name() {
		return "Throwing findings";
	}

	@Override
	public List<ReportFinding> findings(Project project) {
		throw new IllegalStateException(FAILURE);
	}
}

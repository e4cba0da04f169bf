/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.registry.tests;

import java.nio.file.Path;
import java.util.List;

import org.segmenta.model.Project;
import org.segmenta.report.ReportFigure;
import org.segmenta.report.ReportFigureSource;

/** A figure source that fails whenever it runs. */
public class ThrowingFigures implements ReportFigureSource {

	@Override
	public List<ReportFigure> figures(Project project, Path modelFile) {
		throw new IllegalStateException(ThrowingFindings.FAILURE);
	}
}

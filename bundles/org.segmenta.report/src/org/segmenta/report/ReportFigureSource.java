/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.segmenta.model.Project;

/**
 * Supplies figures that the reports show beside their own charts, such as diagrams, contributed
 * through the {@code org.segmenta.report.figures} extension point.
 */
public interface ReportFigureSource {

	/**
	 * The figures of {@code project}, loaded from {@code modelFile}; an empty list when there are
	 * none.
	 *
	 * @throws IOException naming the file when something the figures need cannot be read
	 */
	List<ReportFigure> figures(Project project, Path modelFile) throws IOException;

	/**
	 * The figures of {@code project} with their texts in {@code language}, the report's; a source
	 * whose figures hold no text of their own need not implement it.
	 *
	 * @throws IOException naming the file when something the figures need cannot be read
	 */
	default List<ReportFigure> figures(Project project, Path modelFile, ReportLanguage language) throws IOException {
		return figures(project, modelFile);
	}
}

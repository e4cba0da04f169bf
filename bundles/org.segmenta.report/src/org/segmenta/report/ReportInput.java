/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.segmenta.model.Project;
import org.segmenta.model.Segmentation;

/**
 * Everything an exporter reports on: the project, the file it came from, the charts, the segment
 * assignments that segmentations reference, the validation findings and contributed figures.
 */
public final class ReportInput {

	private final Project project;
	private final Path modelFile;
	private final ReportCharts charts;
	private final List<SegmentAssignments> assignments;
	private final ReportFindings findings;
	private final List<ReportFigure> figures;
	private final ReportLanguage language;
	private final LocalDate date;

	private ReportInput(Project project, Path modelFile, List<SegmentAssignments> assignments,
			ReportFindings findings, List<ReportFigure> figures, ReportLanguage language) {
		this.project = project;
		this.modelFile = modelFile;
		this.language = language;
		this.date = LocalDate.now();
		this.charts = new ReportCharts(project, language);
		this.assignments = List.copyOf(assignments);
		this.findings = findings;
		this.figures = List.copyOf(figures);
	}

	/**
	 * Prepares the report of {@code project}, loaded from {@code modelFile}, reading every
	 * assignments file its segmentations reference.
	 *
	 * @throws IOException naming the file and line when an assignments file is missing or unusable
	 */
	public static ReportInput of(Project project, Path modelFile, ReportFindings findings) throws IOException {
		return of(project, modelFile, findings, List.of());
	}

	/** Like {@link #of(Project, Path, ReportFindings)}, with contributed figures such as diagrams. */
	public static ReportInput of(Project project, Path modelFile, ReportFindings findings, List<ReportFigure> figures)
			throws IOException {
		return of(project, modelFile, findings, figures, ReportLanguage.of(project));
	}

	/**
	 * Like {@link #of(Project, Path, ReportFindings, List)}, written in {@code language} rather than
	 * the model's own.
	 */
	public static ReportInput of(Project project, Path modelFile, ReportFindings findings, List<ReportFigure> figures,
			ReportLanguage language) throws IOException {
		List<SegmentAssignments> assignments = new ArrayList<>();
		for (Segmentation segmentation : project.getSegmentations()) {
			String location = segmentation.getAssignmentsLocation();
			if (location != null && !location.isBlank()) {
				assignments.add(SegmentAssignments.read(segmentation, modelFile));
			}
		}
		return new ReportInput(project, modelFile, assignments, findings, figures, language);
	}

	public Project project() {
		return project;
	}

	public Path modelFile() {
		return modelFile;
	}

	/** The language the report is written in: the model's {@code language}, or the one asked for. */
	public ReportLanguage language() {
		return language;
	}

	/** The day the report is made, shown on its cover. */
	public LocalDate date() {
		return date;
	}

	public ReportCharts charts() {
		return charts;
	}

	/** The assignments of the segmentations that reference an assignments file, in model order. */
	public List<SegmentAssignments> assignments() {
		return assignments;
	}

	public ReportFindings findings() {
		return findings;
	}

	/** The report's charts and then the contributed figures, in report order. */
	public List<ReportChart> allCharts() {
		List<ReportChart> all = new ArrayList<>(charts.all());
		figures.stream().filter(figure -> figure.figure() != null).forEach(figure -> all.add(figure.figure()));
		return all;
	}

	/** The contributed figures shown in {@code place}, in contribution order. */
	public List<ReportFigure> figures(ReportFigure.Place place) {
		return figures.stream().filter(figure -> figure.place() == place && figure.figure() != null).toList();
	}

	/**
	 * The caption of a figure shown, in the report's language: its kind and root, such as
	 * "Value-community map: Nordfag", or its title when it has no caption.
	 */
	public String caption(ReportFigure figure) {
		ReportFigure.Caption caption = figure.caption();
		if (caption == null) {
			return figure.figure().title();
		}
		String key = "caption." + caption.kind();
		return language.has(key) ? language.text(key, caption.root())
				: language.text("caption.other", figure.figure().title(), caption.root());
	}

	/** The contributed figures left out of {@code place} for their size, in contribution order. */
	public List<ReportFigure.LeftOut> figuresLeftOut(ReportFigure.Place place) {
		return figures.stream().filter(figure -> figure.place() == place && figure.leftOut() != null)
				.map(ReportFigure::leftOut).toList();
	}
}

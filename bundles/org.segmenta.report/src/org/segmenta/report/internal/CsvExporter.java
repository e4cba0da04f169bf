/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.report.internal;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.EClass;
import org.segmenta.model.persistence.CsvCells;
import org.segmenta.model.summary.ModelSummary;
import org.segmenta.report.ReportExporter;
import org.segmenta.report.ReportFiles;
import org.segmenta.report.ReportInput;
import org.segmenta.report.ReportText;
import org.segmenta.report.SegmentAssignments;

/**
 * CSV files in UTF-8 with a header row and machine-readable numbers (shares 0-1, dot decimals), texts
 * that a spreadsheet would run as a formula prefixed with a quote ({@link CsvCells}):
 * {@code report-summary.csv} (elements per kind), {@code report-segments.csv} (each segment beside
 * the base of its share: {@code base_n}, and {@code base_weighted} and {@code base_weighted_by} when
 * its segmentation is weighted) and, for every
 * segmentation that references assignments, {@code report-assignments-ID.csv}.
 */
public class CsvExporter implements ReportExporter {

	@Override
	public void export(ReportInput input, ReportFiles files, IProgressMonitor monitor) throws IOException {
		// a tick a file
		SubMonitor progress = SubMonitor.convert(monitor, 2 + input.assignments().size());
		progress.split(1);
		try (CSVPrinter csv = open(files, "report-summary.csv", "element", "count")) {
			for (Map.Entry<EClass, Integer> count : ModelSummary.of(input.project()).counts().entrySet()) {
				print(csv, count.getKey().getName(), count.getValue());
			}
		}
		progress.split(1);
		try (CSVPrinter csv = open(files, "report-segments.csv", "segmentation_id", "segmentation", "segment_id",
				"segment", "parent_id", "depth", "size", "share", "potential", "colour", "statement", "base_n",
				"base_weighted", "base_weighted_by")) {
			for (SegmentRow row : SegmentRow.all(input.project())) {
				// the base of the share, its segmentation's; empty where the sizes do not give it
				Optional<ShareBase.Figures> base = ShareBase.figures(row.segmentation());
				print(csv, row.segmentation().getId(), ReportText.label(row.segmentation()), row.segment().getId(),
						ReportText.label(row.segment()), row.parent() == null ? "" : row.parent().getId(), row.depth(),
						row.segment().getSize(), row.segment().getAudienceShare(), row.segment().getPotential(),
						ReportText.text(row.segment().getColour()), ReportText.text(row.segment().getStatement()),
						base.map(figures -> (Object) figures.n()).orElse(""),
						base.filter(ShareBase.Figures::isWeighted).map(figures -> (Object) figures.weighted()).orElse(""),
						base.filter(ShareBase.Figures::isWeighted).map(ShareBase.Figures::weightedBy).orElse(""));
			}
		}
		for (SegmentAssignments assignments : input.assignments()) {
			progress.split(1);
			try (CSVPrinter csv = open(files, assignmentsFileName(assignments),
					assignments.header().stream().map(CsvCells::neutralised).toArray(String[]::new))) {
				for (List<String> row : assignments.rows()) {
					print(csv, row.toArray());
				}
			}
		}
	}

	static String assignmentsFileName(SegmentAssignments assignments) {
		return "report-assignments-" + ReportComposer.anchor(assignments.segmentation().getId()) + ".csv";
	}

	/** One record, its texts neutralised so that a spreadsheet shows them instead of running them. */
	private static void print(CSVPrinter csv, Object... values) throws IOException {
		Object[] cells = new Object[values.length];
		for (int i = 0; i < values.length; i++) {
			cells[i] = CsvCells.neutralised(values[i]);
		}
		csv.printRecord(cells);
	}

	private static CSVPrinter open(ReportFiles files, String name, String... header) throws IOException {
		Writer writer = new OutputStreamWriter(files.create(name), StandardCharsets.UTF_8);
		return new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(header).setRecordSeparator("\n").get());
	}
}

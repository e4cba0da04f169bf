/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.report.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.EClass;
import org.segmenta.model.Insight;
import org.segmenta.model.ProfileEntry;
import org.segmenta.model.Segmentation;
import org.segmenta.model.summary.ModelSummary;
import org.segmenta.report.ReportExporter;
import org.segmenta.report.ReportFiles;
import org.segmenta.report.ReportInput;
import org.segmenta.report.ReportLanguage;
import org.segmenta.report.ReportText;
import org.segmenta.report.SegmentAssignments;

/**
 * {@code report.xlsx}: the figures for people who work on in Excel. One sheet each for the model
 * summary, segment sizes, profiles, assignments and the insight log, with styled, frozen and
 * filterable header rows and real numbers (percentages, counts, dates) formatted, not text.
 */
public class XlsxExporter implements ReportExporter {

	public static final String FILE_NAME = "report.xlsx";

	private static final int ROWS_IN_MEMORY = 100;

	/** The number formats of the cells, by kind of value. */
	enum Format {
		TEXT(null), WRAPPED_TEXT(null), COUNT("#,##0"), SHARE("0.0%"), DECIMAL("0.00"), SCORE("0.0"), INDEX("0"),
		DATE("xlsx.dateFormat");

		final String pattern;

		Format(String pattern) {
			this.pattern = pattern;
		}

		/**
		 * The cell's number format in {@code language}: the language's locale id ({@code [$-406]} for
		 * Danish) in front, so that Excel and LibreOffice write the separators and month names of the
		 * report's language whatever the reader's own settings; {@code 22,0 %} with a space in the
		 * Nordic languages, as CLDR writes it.
		 */
		String pattern(ReportLanguage language) {
			if (pattern == null) {
				return null;
			}
			String body = this == DATE ? language.text(pattern) : pattern;
			if (this == SHARE && !language.tag().equals("en")) {
				body = "0.0\\ %";
			}
			return "[$-" + language.text("xlsx.localeId") + "]" + body;
		}
	}

	@Override
	public void export(ReportInput input, ReportFiles files, IProgressMonitor monitor) throws IOException {
		// streamed: rows beyond the last hundred go to a temporary file, so any number of rows fits in memory
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
			ReportLanguage language = input.language();
			Styles styles = new Styles(workbook, language);
			ExportSteps.run(List.of(
					() -> summary(new TableSheet(workbook, language.text("xlsx.summary"), styles), input),
					() -> sizes(new TableSheet(workbook, language.text("xlsx.sizes"), styles), input),
					() -> profiles(new TableSheet(workbook, language.text("xlsx.profiles"), styles), input),
					() -> assignments(new TableSheet(workbook, language.text("xlsx.assignments"), styles), input),
					() -> insights(new TableSheet(workbook, language.text("insights.title"), styles), input)), monitor);
			try (OutputStream out = files.create(FILE_NAME)) {
				workbook.write(out);
			}
		}
	}

	private static void summary(TableSheet sheet, ReportInput input) {
		ReportLanguage language = input.language();
		sheet.header(new String[] { language.text("findings.element"), language.text("summary.count") }, Format.TEXT,
				Format.COUNT);
		for (Map.Entry<EClass, Integer> count : ModelSummary.of(input.project()).counts().entrySet()) {
			sheet.row(language.text("element." + count.getKey().getName()), count.getValue());
		}
		sheet.finish();
	}

	private static void sizes(TableSheet sheet, ReportInput input) {
		ReportLanguage language = input.language();
		sheet.header(new String[] { language.text("overview.segmentation"), language.text("segment.segment"),
				language.text("xlsx.partOf"), language.text("segment.size"), language.text("segment.share"),
				language.text("segment.potentialScale"), language.text("xlsx.statement"), language.text("xlsx.base") },
				Format.TEXT, Format.TEXT, Format.TEXT, Format.COUNT, Format.SHARE, Format.SCORE, Format.WRAPPED_TEXT,
				Format.TEXT);
		for (Segmentation segmentation : input.project().getSegmentations()) {
			// beside every segment rather than under the table, which holds one row per segment for filters
			String base = ShareBase.of(segmentation, language).orElse("");
			for (SegmentRow row : SegmentRow.of(segmentation)) {
				sheet.row(ReportText.label(row.segmentation()), ReportText.label(row.segment()),
						row.parent() == null ? "" : ReportText.label(row.parent()), row.segment().getSize(),
						row.segment().getAudienceShare(), row.segment().getPotential(),
						ReportText.text(row.segment().getStatement()), base);
			}
		}
		sheet.finish();
	}

	private static void profiles(TableSheet sheet, ReportInput input) {
		ReportLanguage language = input.language();
		sheet.header(new String[] { language.text("overview.segmentation"), language.text("segment.segment"),
				language.text("profile.variable"), language.text("xlsx.level"), language.text("xlsx.segmentValue"),
				language.text("xlsx.totalValue"), language.text("profile.index"), language.text("xlsx.base") },
				Format.TEXT, Format.TEXT, Format.TEXT, Format.TEXT, Format.DECIMAL, Format.DECIMAL, Format.INDEX,
				Format.TEXT);
		for (SegmentRow row : SegmentRow.all(input.project())) {
			// the base of the segment and total columns, beside every line as on the sizes sheet
			String base = ShareBase.ofProfile(row.segment(), language).orElse("");
			for (ProfileEntry entry : row.segment().getProfile()) {
				String level = ReportText.profileLine(entry);
				String variable = ReportText.label(entry.getVariable());
				sheet.row(ReportText.label(row.segmentation()), ReportText.label(row.segment()), variable,
						level.equals(variable) ? "" : level.substring(variable.length() + 2), entry.getSegmentValue(),
						entry.getTotalValue(), entry.index(), base);
			}
		}
		sheet.finish();
	}

	private static void assignments(TableSheet sheet, ReportInput input) {
		Set<String> columns = new LinkedHashSet<>();
		input.assignments().forEach(a -> columns.addAll(a.header()));
		List<String> header = new ArrayList<>(List.of(input.language().text("overview.segmentation")));
		header.addAll(columns);
		Format[] formats = new Format[header.size()];
		Arrays.fill(formats, Format.TEXT);
		sheet.header(header.toArray(String[]::new), formats);
		for (SegmentAssignments assignments : input.assignments()) {
			for (List<String> values : assignments.rows()) {
				Object[] cells = new Object[header.size()];
				cells[0] = ReportText.label(assignments.segmentation());
				for (int c = 0; c < values.size(); c++) {
					cells[header.indexOf(assignments.header().get(c))] = values.get(c);
				}
				sheet.row(cells);
			}
		}
		if (input.assignments().isEmpty()) {
			sheet.row(input.language().text("xlsx.noAssignments"));
		}
		sheet.finish();
	}

	private static void insights(TableSheet sheet, ReportInput input) {
		ReportLanguage language = input.language();
		sheet.header(new String[] { language.text("insights.date"), language.text("insights.insight"),
				language.text("xlsx.text"), language.text("insights.source"), language.text("xlsx.evidence"),
				language.text("insights.concerns") }, Format.DATE,
				Format.TEXT, Format.WRAPPED_TEXT, Format.TEXT, Format.WRAPPED_TEXT, Format.TEXT);
		List<Insight> insights = new ArrayList<>(input.project().getInsights());
		insights.sort(Comparator.comparing(Insight::getDate, Comparator.nullsLast(Comparator.naturalOrder())));
		for (Insight insight : insights) {
			sheet.row(insight.getDate(), ReportText.label(insight), ReportText.text(insight.getText()),
					insight.getSource() == null ? "" : ReportText.label(insight.getSource()),
					ReportText.text(insight.getEvidence()), ReportText.labels(insight.getConcerns()));
		}
		sheet.finish();
	}

	/** The workbook's cell styles, made once: POI workbooks hold at most 64,000 styles. */
	static final class Styles {
		final CellStyle header;
		final Map<Format, CellStyle> body = new EnumMap<>(Format.class);

		final ReportLanguage language;

		Styles(Workbook workbook, ReportLanguage language) {
			this.language = language;
			Font bold = workbook.createFont();
			bold.setBold(true);
			bold.setColor(IndexedColors.WHITE.getIndex());
			header = workbook.createCellStyle();
			header.setFont(bold);
			header.setFillForegroundColor(IndexedColors.DARK_TEAL.getIndex());
			header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			header.setBorderBottom(BorderStyle.THIN);
			header.setVerticalAlignment(VerticalAlignment.CENTER);
			for (Format format : Format.values()) {
				CellStyle style = workbook.createCellStyle();
				style.setVerticalAlignment(VerticalAlignment.TOP);
				if (format.pattern != null) {
					style.setDataFormat(workbook.createDataFormat().getFormat(format.pattern(language)));
				}
				style.setWrapText(format == Format.WRAPPED_TEXT);
				body.put(format, style);
			}
		}
	}

	/**
	 * A sheet holding one table: a header row, then typed rows; widths follow the content. A table
	 * longer than a sheet can hold goes on in sheets of the same name numbered (2), (3), ..., each
	 * with the header again.
	 */
	static final class TableSheet {
		private static final int MAX_WIDTH = 60;
		/** Excel's tallest row, in points. */
		private static final float MAX_ROW_HEIGHT = 409;
		/** Excel's last row is 1,048,576. */
		private static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();
		private static final int MAX_NAME = 31;
		/** Column widths follow the first rows; formatting every cell of a long sheet only to measure it is slow. */
		private static final int MEASURED_ROWS = 5_000;
		private final Workbook workbook;
		private final String name;
		private final Styles styles;
		private Sheet sheet;
		private int part = 1;
		private String[] names = {};
		private Format[] formats = {};
		private int[] widths = {};
		private int rows;

		TableSheet(Workbook workbook, String name, Styles styles) {
			this.workbook = workbook;
			this.name = name;
			this.sheet = workbook.createSheet(name);
			this.styles = styles;
		}

		void header(String[] names, Format... formats) {
			this.names = names;
			this.formats = formats;
			this.widths = new int[names.length];
			writeHeader();
		}

		private void writeHeader() {
			Row row = sheet.createRow(rows++);
			for (int c = 0; c < names.length; c++) {
				Cell cell = row.createCell(c);
				cell.setCellValue(names[c]);
				cell.setCellStyle(styles.header);
				widths[c] = names[c].length() + 2;
			}
			sheet.createFreezePane(0, 1);
		}

		void row(Object... values) {
			if (rows == MAX_ROWS) {
				continueOnNextSheet();
			}
			boolean measured = rows <= MEASURED_ROWS;
			Row row = sheet.createRow(rows++);
			int lines = 1;
			for (int c = 0; c < values.length; c++) {
				Object value = values[c];
				if (value == null) {
					continue;
				}
				Cell cell = row.createCell(c);
				Format format = c < formats.length ? formats[c] : Format.TEXT;
				cell.setCellStyle(styles.body.get(format));
				String shown;
				if (value instanceof Number number) {
					double d = number.doubleValue();
					if (Double.isNaN(d) || Double.isInfinite(d)) {
						row.removeCell(cell);
						continue;
					}
					cell.setCellValue(d);
					shown = measured ? styles.language.number(d, 2) : "";
				} else if (value instanceof LocalDate date) {
					cell.setCellValue(date);
					shown = measured ? styles.language.date(date) : "";
				} else {
					shown = value.toString();
					cell.setCellValue(shown);
					if (format == Format.WRAPPED_TEXT) {
						lines = Math.max(lines, wrappedLines(shown));
					}
				}
				if (c < widths.length) {
					widths[c] = Math.max(widths[c], Math.min(MAX_WIDTH, shown.length() + 2));
				}
			}
			if (lines > 1) {
				// LibreOffice gives a row without a height one line, so that wrapped texts run into the next rows
				row.setHeightInPoints(Math.min(MAX_ROW_HEIGHT, lines * sheet.getDefaultRowHeightInPoints()));
			}
		}

		/**
		 * The lines {@code text} takes in a wrapped column, which is {@link #MAX_WIDTH} wide once any text
		 * is longer; a few characters a line are left for the words that do not fit at its end.
		 */
		static int wrappedLines(String text) {
			int perLine = MAX_WIDTH - 8;
			int lines = 0;
			for (String paragraph : text.split("\\R", -1)) {
				lines += Math.max(1, (paragraph.length() + perLine - 1) / perLine);
			}
			return lines;
		}

		private void continueOnNextSheet() {
			finish();
			String suffix = " (" + ++part + ")";
			sheet = workbook.createSheet(name.substring(0, Math.min(name.length(), MAX_NAME - suffix.length())) + suffix);
			rows = 0;
			writeHeader();
		}

		void finish() {
			for (int c = 0; c < widths.length; c++) {
				sheet.setColumnWidth(c, widths[c] * 256);
			}
			if (widths.length > 0 && rows > 1) {
				sheet.setAutoFilter(new CellRangeAddress(0, rows - 1, 0, widths.length - 1));
			}
		}
	}
}

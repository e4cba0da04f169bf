/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.segmenta.model.Project;
import org.segmenta.model.Segmentation;
import org.segmenta.model.ValueCommunity;
import org.segmenta.model.persistence.SegmentationFiles;
import org.segmenta.tests.support.Examples;
import org.segmenta.tests.support.JsonFiles;

/**
 * The base under each segment table, in the report's language: the unweighted n beside the
 * weighted total and the weight of a weighted segmentation, the n alone of an unweighted one. The
 * workbook keeps one row per segment and gives each its segmentation's base in a column.
 */
class ReportBaseTest {

	@TempDir
	Path folder;

	/**
	 * The example with its values segmentation weighted by {@code vægt} as cluster --model records it
	 * (its 4,800 people weigh 4,787.4), and the work-life balance community as memberships --model
	 * records a weighted share (the same people weigh 4,790.26 there); the relationship ladder and
	 * the other communities stay unweighted.
	 */
	private Path weightedExample() throws Exception {
		Path model = folder.resolve("nordic.segmentation");
		Files.copy(Examples.model(), model);
		Project project = SegmentationFiles.load(model);
		Segmentation values = project.getSegmentations().get(0);
		values.setWeightedBy("vægt");
		values.setWeightedTotal(4787.4);
		ValueCommunity balance = project.getValueCommunities().get(0);
		balance.setWeightedBy("vægt");
		balance.setWeightedTotal(4790.26);
		balance.setUnweightedBase(4800);
		SegmentationFiles.save(project, model);
		return model;
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"en|Segment sizes|Base|Base: n = 4,800 (weighted 4,787.4), weighted by vægt|Base: n = 62,000|(weighted 4,790.3)",
			"da|Segmentstørrelser|Base|Base: n = 4.800 (vægtet 4.787,4), vægtet efter vægt|Base: n = 62.000|(vægtet 4.790,3)",
			"sv|Segmentstorlekar|Bas|Bas: n = 4\u00a0800 (viktat 4\u00a0787,4), viktat efter vægt|Bas: n = 62\u00a0000"
					+ "|(viktat 4\u00a0790,3)",
			"fi|Segmenttien koot|Perusjoukko|Perusjoukko: n = 4\u00a0800 (painotettuna 4\u00a0787,4), painotettu muuttujalla vægt"
					+ "|Perusjoukko: n = 62\u00a0000|(painotettuna 4\u00a0790,3)" })
	void theBaseIsUnderEachSegmentTable(String language, String sizesSheet, String baseHeader, String weighted, String unweighted,
			String communityTotal)
			throws Exception {
		ReportRun run = ReportRun.run(folder, weightedExample().toString(), "--out", language, "--formats",
				"html,pdf,pptx,xlsx", "--language", language);
		assertEquals(0, run.exitCode(), run.err());
		Path out = folder.resolve(language);

		String html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
		// under the segment overview's cards and under the primary segmentation's table
		assertEquals(2, count(html, "<p>" + weighted + "</p>"), weighted);
		assertEquals(1, count(html, "<p>" + unweighted + "</p>"), unweighted);
		// under the community's share; the other communities keep no base
		String community = weighted.replaceFirst("\\(.*?\\)", java.util.regex.Matcher.quoteReplacement(communityTotal));
		assertEquals(1, count(html, "<p>" + community + "</p>"), community);

		try (PDDocument pdf = Loader.loadPDF(out.resolve("report.pdf").toFile())) {
			String text = new PDFTextStripper().getText(pdf).replaceAll("[ \\t\\r\\n]+", " ");
			assertEquals(2, count(text, weighted), weighted);
			assertEquals(1, count(text, unweighted + " "), unweighted);
		}

		List<String> paragraphs = DeckParagraphs.of(out.resolve("report.pptx"));
		assertTrue(paragraphs.contains(weighted), "PPTX: the overview slide's base");
		assertTrue(paragraphs.stream().anyMatch(p -> p.contains(" (" + community + ")")), "PPTX: the community's base");

		try (InputStream in = Files.newInputStream(out.resolve("report.xlsx")); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			Sheet sizes = workbook.getSheet(sizesSheet);
			assertEquals(baseHeader, sizes.getRow(0).getCell(7).getStringCellValue());
			int rows = 0;
			for (Row row : sizes) {
				if (row.getRowNum() > 0) {
					String segmentation = row.getCell(0).getStringCellValue();
					String expected = segmentation.equals("Values segmentation 2026") ? weighted : unweighted;
					assertEquals(expected, row.getCell(7).getStringCellValue(), "beside " + row.getCell(1));
					rows++;
				}
			}
			assertEquals(12, rows, "still one row per segment");
		}
	}

	/**
	 * Under each profile table, the base of its two columns: the segment's people and, weighted,
	 * its share of the weighted total, beside the total's; worked out here from the model.
	 */
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"en|en|Base: segment n = %s (weighted %s), total n = %s (weighted %s), weighted by vægt",
			"da|da|Base: segment n = %s (vægtet %s), i alt n = %s (vægtet %s), vægtet efter vægt" })
	void eachProfileTableShowsTheBaseOfItsSegmentAndOfTheTotal(String language, String locale, String pattern)
			throws Exception {
		Path model = weightedExample();
		Segmentation values = SegmentationFiles.load(model).getSegmentations().get(0);
		ReportRun run = ReportRun.run(folder, model.toString(), "--out", language, "--formats", "html", "--language",
				language);
		assertEquals(0, run.exitCode(), run.err());
		String html = Files.readString(folder.resolve(language).resolve("report.html"), StandardCharsets.UTF_8);
		java.text.NumberFormat whole = java.text.NumberFormat.getIntegerInstance(java.util.Locale.forLanguageTag(locale));
		java.text.NumberFormat tenths = java.text.NumberFormat.getNumberInstance(java.util.Locale.forLanguageTag(locale));
		tenths.setMinimumFractionDigits(1);
		tenths.setMaximumFractionDigits(1);
		// sub-segments too; two segments of one size and share have the same base
		java.util.Map<String, Integer> expected = new java.util.HashMap<>();
		values.eAllContents().forEachRemaining(element -> {
			if (element instanceof org.segmenta.model.Segment segment && !segment.getProfile().isEmpty()) {
				expected.merge(String.format(pattern, whole.format(segment.getSize()),
						tenths.format(segment.getShare() * 4787.4), whole.format(4800), tenths.format(4787.4)), 1,
						Integer::sum);
			}
		});
		assertFalse(expected.isEmpty(), "the example's segments are profiled");
		expected.forEach((base, segments) -> assertEquals(segments, count(html, "<p>" + base + "</p>"), base));
	}

	/**
	 * The data exports carry the base as numbers beside the shares: {@code base_n}, {@code base_weighted}
	 * and {@code base_weighted_by} in {@code report-segments.csv}, a {@code base} object in
	 * {@code report.json}; the workbook's profile lines and the deck's segment slides the base of
	 * their segment and total columns, in the report's language. Weighted (the values segmentation)
	 * and unweighted (the relationship ladder, and the example as it is) side by side; the expected n
	 * is the sum of the top-level segments' sizes in the model.
	 */
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"weighted|da|Profiler|Base: segment n = %s, i alt n = %s",
			"unweighted|en|Profiles|Base: segment n = %s, total n = %s" })
	void theDataExportsAndTheProfileSheetAndSlidesCarryTheBase(String variant, String language, String profilesSheet,
			String unweightedPattern) throws Exception {
		Path model = variant.equals("weighted") ? weightedExample() : Examples.model();
		Project project = SegmentationFiles.load(model);
		ReportRun run = ReportRun.run(folder, model.toString(), "--out", variant, "--formats", "csv,json,xlsx,pptx",
				"--language", language);
		assertEquals(0, run.exitCode(), run.err());
		Path out = folder.resolve(variant);
		java.util.Map<String, Segmentation> byId = new java.util.HashMap<>();
		project.getSegmentations().forEach(segmentation -> byId.put(segmentation.getId(), segmentation));

		List<CSVRecord> rows;
		try (java.io.Reader reader = Files.newBufferedReader(out.resolve("report-segments.csv"), StandardCharsets.UTF_8)) {
			rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
		}
		assertFalse(rows.isEmpty());
		boolean weightedSeen = false;
		for (CSVRecord row : rows) {
			Segmentation segmentation = byId.get(row.get("segmentation_id"));
			assertEquals(String.valueOf(people(segmentation)), row.get("base_n"), row.get("segment"));
			if (segmentation.getWeightedBy() != null) {
				weightedSeen = true;
				assertEquals(4787.4, Double.parseDouble(row.get("base_weighted")), row.get("segment"));
				assertEquals("vægt", row.get("base_weighted_by"));
			} else {
				assertEquals("", row.get("base_weighted"), row.get("segment"));
				assertEquals("", row.get("base_weighted_by"), row.get("segment"));
			}
		}
		assertEquals(variant.equals("weighted"), weightedSeen);

		com.google.gson.JsonObject json = JsonFiles.object(out.resolve("report.json"));
		for (com.google.gson.JsonElement element : JsonFiles.array(json, "segmentations")) {
			com.google.gson.JsonObject actual = element.getAsJsonObject();
			Segmentation segmentation = byId.get(JsonFiles.string(actual, "id"));
			assertTrue(people(segmentation) > 0, "the example's segments give sizes");
			com.google.gson.JsonObject base = JsonFiles.object(actual, "base");
			JsonFiles.assertInteger(people(segmentation), JsonFiles.member(base, "n"), segmentation.getName());
			if (segmentation.getWeightedBy() != null) {
				assertEquals(List.of("n", "weighted", "weightedBy"), JsonFiles.names(base));
				JsonFiles.assertExact(4787.4, JsonFiles.member(base, "weighted"), segmentation.getName());
				assertEquals("vægt", JsonFiles.string(base, "weightedBy"));
			} else {
				assertEquals(List.of("n"), JsonFiles.names(base), "unweighted: the n alone");
			}
		}

		// the profile lines' base, worked out from the model as the reports word it
		java.util.Locale locale = java.util.Locale.forLanguageTag(language);
		java.text.NumberFormat whole = java.text.NumberFormat.getIntegerInstance(locale);
		java.text.NumberFormat tenths = java.text.NumberFormat.getNumberInstance(locale);
		tenths.setMinimumFractionDigits(1);
		tenths.setMaximumFractionDigits(1);
		java.util.Map<String, String> expected = new java.util.HashMap<>();
		project.eAllContents().forEachRemaining(element -> {
			if (element instanceof org.segmenta.model.Segment segment && !segment.getProfile().isEmpty()) {
				Segmentation segmentation = segment.getSegmentation();
				int total = people(segmentation);
				String base = segment.getSize() <= 0 ? ""
						: segmentation.getWeightedBy() == null
								? String.format(unweightedPattern, whole.format(segment.getSize()), whole.format(total))
								: String.format("Base: segment n = %s (vægtet %s), i alt n = %s (vægtet %s), vægtet efter vægt",
										whole.format(segment.getSize()), tenths.format(segment.getShare() * 4787.4),
										whole.format(total), tenths.format(4787.4));
				expected.put(segmentation.getName() + " / " + segment.getName(), base);
			}
		});
		assertFalse(expected.isEmpty(), "the example's segments are profiled");

		try (InputStream in = Files.newInputStream(out.resolve("report.xlsx")); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			Sheet profiles = workbook.getSheet(profilesSheet);
			assertEquals("Base", profiles.getRow(0).getCell(7).getStringCellValue());
			int lines = 0;
			for (Row row : profiles) {
				if (row.getRowNum() > 0) {
					String segment = row.getCell(0).getStringCellValue() + " / " + row.getCell(1).getStringCellValue();
					assertEquals(expected.get(segment), row.getCell(7).getStringCellValue(), segment);
					lines++;
				}
			}
			assertTrue(lines > 0);
		}

		List<String> paragraphs = DeckParagraphs.of(out.resolve("report.pptx"));
		for (String base : new java.util.HashSet<>(expected.values())) {
			assertTrue(paragraphs.contains(base), "PPTX: a segment slide's profile base " + base);
		}
	}

	/** The people of a segmentation's segments: the sum of its top-level segments' sizes. */
	private static int people(Segmentation segmentation) {
		return segmentation.getSegments().stream().mapToInt(org.segmenta.model.Segment::getSize).sum();
	}

	private static int count(String text, String part) {
		return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
	}
}

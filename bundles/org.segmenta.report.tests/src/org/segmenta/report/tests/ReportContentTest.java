/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.model.Insight;
import org.segmenta.model.JourneyQuestion;
import org.segmenta.model.Persona;
import org.segmenta.model.ProfileEntry;
import org.segmenta.model.Project;
import org.segmenta.model.Segment;
import org.segmenta.model.Segmentation;
import org.segmenta.model.persistence.SegmentationFiles;
import org.segmenta.report.ReportFindings;
import org.segmenta.report.ReportInput;
import org.segmenta.report.internal.HtmlExporter;
import org.segmenta.tests.support.Examples;
import org.xml.sax.InputSource;

/** Every format of the example's report, read back with the format's own reader. */
class ReportContentTest {

	@TempDir
	static Path folder;

	private static Path out;
	private static Project project;
	private static List<Segment> allSegments;

	@BeforeAll
	static void writeReport() throws Exception {
		project = SegmentationFiles.load(Examples.model());
		allSegments = new ArrayList<>();
		project.eAllContents().forEachRemaining(o -> {
			if (o instanceof Segment s) {
				allSegments.add(s);
			}
		});
		ReportRun run = ReportRun.run(folder, Examples.model().toString(), "--out", "out", "--formats",
				"html,pdf,pptx,xlsx,csv,json");
		assertEquals(0, run.exitCode(), run.err());
		out = folder.resolve("out");
	}

	private static String html() throws Exception {
		return Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
	}

	private static String escaped(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
				.replace("'", "&#39;");
	}

	@Test
	void htmlHoldsEverySegmentAndPersonaCardWithHerQuote() throws Exception {
		String html = html();
		for (Segment segment : allSegments) {
			assertTrue(html.contains(">" + escaped(segment.getName()) + "</h"), segment.getName());
		}
		for (Persona persona : project.getPersonas()) {
			Matcher card = Pattern.compile("<section class=\"card persona\" id=\"" + persona.getId()
					+ "\"[^>]*><h4 class=\"card-title\">" + Pattern.quote(escaped(persona.getName())) + "</h4>(.*?)</section>",
					Pattern.DOTALL).matcher(html);
			assertTrue(card.find(), "card of " + persona.getName());
			String body = card.group(1);
			assertTrue(body.contains(escaped(persona.getQuote().strip())), "quote of " + persona.getName());
			persona.getGoals().forEach(g -> assertTrue(body.contains(escaped(g)), g));
			for (JourneyQuestion question : persona.getJourneyQuestions()) {
				assertTrue(body.contains(escaped(question.getQuestion())), question.getQuestion());
			}
		}
		for (Insight insight : project.getInsights()) {
			assertTrue(html.contains(escaped(insight.getText().strip())), insight.getName());
		}
		project.getValueCommunities()
				.forEach(c -> assertTrue(html.contains(escaped(c.getStatement())), c.getName()));
	}

	@Test
	void segmentOverviewShowsThePrimarySegmentsSideBySide() throws Exception {
		String html = html();
		int start = html.indexOf("<div class=\"segment-cards\">");
		assertTrue(start > 0, "segment cards");
		String cards = html.substring(start, html.indexOf("</div>", start));
		Segmentation primary = project.getPrimarySegmentation();
		for (Segment segment : primary.getSegments()) {
			int card = cards.indexOf("<h4>" + escaped(segment.getName()) + "</h4>");
			assertTrue(card >= 0, segment.getName());
			String body = cards.substring(card, cards.indexOf("</section>", card));
			assertTrue(body.contains(escaped(segment.getStatement().strip())), "statement of " + segment.getName());
			// the three profile lines furthest from the total, the most distinctive first
			List<ProfileEntry> byDistance = segment.getProfile().stream()
					.sorted((a, b) -> Double.compare(Math.abs(b.index() - 100), Math.abs(a.index() - 100))).toList();
			assertEquals(3, Pattern.compile("<li>").matcher(body).results().count(), segment.getName());
			assertTrue(body.contains("index " + Math.round(byDistance.get(0).index()) + "</li>"), body);
			Persona persona = segment.getPersonas().get(0);
			assertTrue(body.contains(escaped(persona.getName())) && body.contains(escaped(persona.getQuote().strip())),
					"persona of " + segment.getName());
		}
		assertEquals(primary.getSegments().size(), Pattern.compile("class=\"segment-card\"").matcher(cards).results().count());
	}

	@Test
	void pdfHasATableOfContentsWithThePagesOfTheChapters() throws Exception {
		try (PDDocument pdf = Loader.loadPDF(out.resolve("report.pdf").toFile())) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setStartPage(2);
			stripper.setEndPage(2);
			List<String> contents = List.of(stripper.getText(pdf).split("\\R"));
			assertEquals("Contents", contents.get(0).strip());
			for (String chapter : List.of("Overview", "Value communities", "Insight log", "Model summary")) {
				String line = contents.stream().filter(l -> l.startsWith(chapter + " ")).findFirst()
						.orElseThrow(() -> new AssertionError(chapter + " in " + contents));
				int page = Integer.parseInt(line.substring(line.lastIndexOf(' ') + 1).strip());
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				assertTrue(stripper.getText(pdf).strip().startsWith(chapter), chapter + " on page " + page);
			}
		}
	}

	@Test
	void htmlIsSelfContained() throws Exception {
		String html = html();
		assertFalse(Pattern.compile("<(script|link|img|iframe|object)\\b", Pattern.CASE_INSENSITIVE).matcher(html).find());
		assertFalse(Pattern.compile("(src|href)\\s*=\\s*\"(?!#)", Pattern.CASE_INSENSITIVE).matcher(html).find(),
				"only in-page links");
		assertFalse(Pattern.compile("url\\((?!#)").matcher(html).find() || html.contains("@import"), "no fetches from CSS");
		assertTrue(html.contains("default-src 'none'"), "the page forbids requests");
	}

	@Test
	void htmlChartsAreWellFormedSvgWithUniqueIds() throws Exception {
		Matcher svg = Pattern.compile("<svg\\b.*?</svg>", Pattern.DOTALL).matcher(html());
		List<String> ids = new ArrayList<>();
		int charts = 0;
		while (svg.find()) {
			var document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
					.parse(new InputSource(new StringReader(svg.group())));
			ids.add(document.getDocumentElement().getAttribute("id"));
			charts++;
		}
		// per segmentation: sizes, size × potential, profile (the primary's first two in the overview)
		assertEquals(3 * project.getSegmentations().size() + 1 + 1 + project.getBuyingCenters().size(), charts);
		assertEquals(ids.stream().distinct().count(), ids.size(), ids.toString());
	}

	@Test
	void htmlFindingsSectionShowsTheContributedSource() throws Exception {
		String html = html();
		int section = html.indexOf("id=\"findings\">Validation findings</h2>");
		assertTrue(section > 0);
		String findings = html.substring(section, html.indexOf("<h2", section + 10));
		assertTrue(findings.contains(PersonaQuoteFindings.NAME));
		for (Persona persona : project.getPersonas()) {
			assertTrue(findings.contains(escaped("Persona '" + persona.getName() + "'")), persona.getName());
		}
	}

	@Test
	void withoutFindingsSourcesTheReportSaysNoValidationRan() throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		new HtmlExporter().export(ReportInput.of(project, Examples.model(), ReportFindings.NONE), name -> bytes,
				new NullProgressMonitor());
		String html = bytes.toString(StandardCharsets.UTF_8);
		assertTrue(html.contains("Validation findings</h2>\n<p class=\"notice\">No validation ran for this report"), html);
	}

	@Test
	void pdfTextHasTheNordicNamesAndEmbeddedFonts() throws Exception {
		try (PDDocument pdf = Loader.loadPDF(out.resolve("report.pdf").toFile())) {
			String text = new PDFTextStripper().getText(pdf);
			for (Persona persona : project.getPersonas()) {
				assertTrue(text.contains(persona.getName()), persona.getName());
				assertTrue(text.replaceAll("\\s+", " ").contains(persona.getQuote().strip().replaceAll("\\s+", " ")),
						"quote of " + persona.getName());
			}
			for (Segment segment : allSegments) {
				assertTrue(text.contains(segment.getName()), segment.getName());
			}
			assertTrue(text.contains("Validation findings"));
			assertTrue(pdf.getNumberOfPages() > 10, "pages: " + pdf.getNumberOfPages());
			for (PDPage page : pdf.getPages()) {
				for (var name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					assertTrue(font.isEmbedded(), font.getName());
					assertTrue(font.getName().contains("DejaVuSans"), font.getName());
				}
			}
			assertEquals(project.getName(), pdf.getDocumentInformation().getTitle());
		}
	}

	@Test
	void xlsxHasOneStyledSheetPerTable() throws Exception {
		try (InputStream in = Files.newInputStream(out.resolve("report.xlsx")); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			List<String> sheets = new ArrayList<>();
			workbook.forEach(sheet -> sheets.add(sheet.getSheetName()));
			assertEquals(List.of("Summary", "Segment sizes", "Profiles", "Assignments", "Insight log"), sheets);
			for (Sheet sheet : workbook) {
				Cell header = sheet.getRow(0).getCell(0);
				assertTrue(workbook.getFontAt(header.getCellStyle().getFontIndex()).getBold(), sheet.getSheetName());
				assertEquals(FillPatternType.SOLID_FOREGROUND, header.getCellStyle().getFillPattern());
				assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition(), "frozen header");
			}

			Sheet sizes = workbook.getSheet("Segment sizes");
			assertEquals(allSegments.size() + 1, sizes.getPhysicalNumberOfRows());
			for (Row row : sizes) {
				if (row.getRowNum() == 0) {
					continue;
				}
				Segment segment = allSegments.stream().filter(s -> s.getName().equals(row.getCell(1).getStringCellValue()))
						.findFirst().orElseThrow();
				assertEquals(segment.getSize(), row.getCell(3).getNumericCellValue());
				assertEquals(segment.getShare(), row.getCell(4).getNumericCellValue(), 1e-12);
				assertEquals("[$-809]0.0%", row.getCell(4).getCellStyle().getDataFormatString());
			}

			Sheet profiles = workbook.getSheet("Profiles");
			long entries = allSegments.stream().mapToLong(s -> s.getProfile().size()).sum();
			assertEquals(entries + 1, profiles.getPhysicalNumberOfRows());
			ProfileEntry first = allSegments.get(0).getProfile().get(0);
			assertEquals(first.index(), profiles.getRow(1).getCell(6).getNumericCellValue(), 1e-9);

			Sheet insights = workbook.getSheet("Insight log");
			assertEquals(project.getInsights().size() + 1, insights.getPhysicalNumberOfRows());
			Cell date = insights.getRow(1).getCell(0);
			assertEquals(CellType.NUMERIC, date.getCellType());
			assertTrue(DateUtil.isCellDateFormatted(date));
			List<String> texts = new ArrayList<>();
			insights.forEach(r -> texts.add(r.getCell(2).getStringCellValue()));
			project.getInsights().forEach(i -> assertTrue(texts.contains(i.getText().strip()), i.getName()));
			for (Row row : insights) {
				String text = row.getCell(2).getStringCellValue();
				// wrapped texts get the height of their lines, or spreadsheets draw them over the next rows
				if (text.length() > 120) {
					assertTrue(row.getHeightInPoints() >= 3 * insights.getDefaultRowHeightInPoints(), text);
				} else if (text.length() < 40) {
					assertEquals(insights.getDefaultRowHeightInPoints(), row.getHeightInPoints(), text);
				}
			}

			assertEquals("No segmentation of this model references an assignments file.",
					workbook.getSheet("Assignments").getRow(1).getCell(0).getStringCellValue());
		}
	}

	@Test
	void pptxHasTitleOverviewSegmentPersonaAndCommunitySlides() throws Exception {
		try (InputStream in = Files.newInputStream(out.resolve("report.pptx")); XMLSlideShow deck = new XMLSlideShow(in)) {
			List<XSLFSlide> slides = deck.getSlides();
			List<String> texts = slides.stream().map(ReportContentTest::text).toList();
			assertTrue(texts.get(0).contains(project.getName()), "title slide");
			assertTrue(texts.get(1).matches("(?s)Agenda\n1\\s+Overview\n2\\s+Segments\n3\\s+Personas\n4\\s+Value communities\n.*"),
					"agenda: " + texts.get(1));
			assertTrue(slides.get(2).getShapes().stream().anyMatch(XSLFPictureShape.class::isInstance), "overview chart");
			for (Segment segment : allSegments) {
				assertTrue(texts.stream().anyMatch(t -> t.contains(segment.getName()) && t.contains(segment.getStatement())),
						segment.getName());
			}
			for (Persona persona : project.getPersonas()) {
				String card = texts.stream().filter(t -> t.startsWith(persona.getName())).findFirst()
						.orElseThrow(() -> new AssertionError("no card for " + persona.getName()));
				assertTrue(card.contains(persona.getQuote().strip()), "quote of " + persona.getName());
				persona.getGoals().forEach(g -> assertTrue(card.contains(g), g));
				persona.getChallenges().forEach(c -> assertTrue(card.contains(c), c));
				persona.getChannels().forEach(c -> assertTrue(card.contains(c.getName()), c.getName()));
				persona.getJourneyQuestions().forEach(q -> assertTrue(card.contains(q.getQuestion()), q.getQuestion()));
			}
			assertTrue(texts.stream().anyMatch(t -> t.startsWith("Value communities")
					&& project.getValueCommunities().stream().allMatch(c -> t.contains(c.getStatement()))));
			int charts = (int) slides.stream()
					.filter(s -> s.getShapes().stream().anyMatch(XSLFPictureShape.class::isInstance)).count();
			// title, agenda; sizes, size × potential, the segments on one page; ...; communities and their overlap
			assertEquals(2 + 3 + allSegments.size() + project.getPersonas().size() + 2, slides.size());
			assertEquals(3, charts, "overview sizes, size × potential, community overlap");
		}
	}

	private static String text(XSLFSlide slide) {
		StringBuilder text = new StringBuilder();
		for (XSLFShape shape : slide.getShapes()) {
			if (shape instanceof XSLFTextShape textShape && !textShape.getText().isEmpty()) {
				text.append(textShape.getText()).append('\n');
			}
		}
		return text.toString();
	}

	@Test
	void csvAndJsonHoldTheSummaryAndEverySegment() throws Exception {
		List<String> segments = Files.readAllLines(out.resolve("report-segments.csv"), StandardCharsets.UTF_8);
		assertEquals(allSegments.size() + 1, segments.size());
		assertTrue(segments.get(0).startsWith("segmentation_id,segmentation,segment_id,segment,"));
		List<String> summary = Files.readAllLines(out.resolve("report-summary.csv"), StandardCharsets.UTF_8);
		assertTrue(summary.contains("Persona," + project.getPersonas().size()), summary.toString());

		String json = Files.readString(out.resolve("report.json"), StandardCharsets.UTF_8);
		assertTrue(json.contains("\"Persona\": " + project.getPersonas().size()));
		for (Segment segment : allSegments) {
			assertTrue(json.contains("\"name\": \"" + segment.getName() + "\""), segment.getName());
		}
		assertTrue(json.contains("\"organisation\": \"" + project.getOrganisation() + "\""));
		assertTrue(json.contains("\"assignments\": []"));
	}

	@Test
	void sharesFromSizesAreOfTheWholeAudience(@TempDir Path other) throws Exception {
		Project copy = SegmentationFiles.load(Examples.model());
		copy.eAllContents().forEachRemaining(o -> {
			if (o instanceof Segment s) {
				s.setShare(0);
			}
		});
		SegmentationFiles.save(copy, other.resolve("model.segmentation"));
		ReportRun run = ReportRun.run(other, "model.segmentation", "--out", "out", "--formats", "xlsx,json");
		assertEquals(0, run.exitCode(), run.err());
		// Deep Specialists, 528 of the 4,800 people: 11 % of the audience, not 55 % of Curious Specialists
		try (InputStream in = Files.newInputStream(other.resolve("out/report.xlsx"));
				XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			Sheet sheet = workbook.getSheet("Segment sizes");
			Row deep = null;
			for (Row row : sheet) {
				deep = row.getCell(1).getStringCellValue().equals("Deep Specialists") ? row : deep;
			}
			assertNotNull(deep);
			assertEquals(528.0 / 4800, deep.getCell(4).getNumericCellValue(), 1e-12);
		}
		assertTrue(Files.readString(other.resolve("out/report.json")).contains("\"share\": 0.11,"));
	}

	@Test
	void assignmentsGoIntoCsvJsonAndXlsx(@TempDir Path other) throws Exception {
		Project copy = SegmentationFiles.load(Examples.model());
		Segmentation primary = copy.getSegmentations().stream().filter(Segmentation::isPrimary).findFirst().orElseThrow();
		primary.setAssignmentsLocation("data/assignments.csv");
		Path model = other.resolve("model.segmentation");
		SegmentationFiles.save(copy, model);
		Files.createDirectories(other.resolve("data"));
		Files.writeString(other.resolve("data/assignments.csv"),
				"respondent,segment,home\nr-1,seg-balance,Næstved\nr-2,Career Climbers,Malmö\nr-3,seg-balance,Åbyhøj\n");
		ReportRun run = ReportRun.run(other, "model.segmentation", "--out", "out", "--formats", "csv,json,xlsx");
		assertEquals(0, run.exitCode(), run.err());
		Path out = other.resolve("out");
		assertEquals(List.of("respondent,segment,home", "r-1,seg-balance,Næstved", "r-2,Career Climbers,Malmö",
				"r-3,seg-balance,Åbyhøj"), Files.readAllLines(out.resolve("report-assignments-" + primary.getId() + ".csv")));
		String json = Files.readString(out.resolve("report.json"));
		assertTrue(json.contains("\"seg-balance\": 2") && json.contains("\"Career Climbers\": 1"), json);
		try (InputStream in = Files.newInputStream(out.resolve("report.xlsx")); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			Sheet sheet = workbook.getSheet("Assignments");
			assertEquals(4, sheet.getPhysicalNumberOfRows());
			assertEquals("Åbyhøj", sheet.getRow(3).getCell(3).getStringCellValue());
			assertNotNull(sheet.getRow(1).getCell(0));
		}
	}
}

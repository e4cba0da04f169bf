/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.report.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.model.BuyingCenter;
import org.segmenta.model.BuyingRole;
import org.segmenta.model.CommunityOverlap;
import org.segmenta.model.Insight;
import org.segmenta.model.Job;
import org.segmenta.model.NamedElement;
import org.segmenta.model.Persona;
import org.segmenta.model.Project;
import org.segmenta.model.Segment;
import org.segmenta.model.SegmentaFactory;
import org.segmenta.model.Segmentation;
import org.segmenta.model.ValueCommunity;
import org.segmenta.model.persistence.SegmentationFiles;
import org.segmenta.report.ReportChart;
import org.segmenta.report.ReportCharts;
import org.segmenta.report.ReportLimits;
import org.segmenta.tests.support.Examples;

/**
 * A model beyond every {@link ReportLimits}: the reports people read detail up to each limit and say
 * what they leave out, the charts draw their most telling items, and the data exports stay complete.
 */
class LargeModelReportTest {

	private static final SegmentaFactory FACTORY = SegmentaFactory.eINSTANCE;
	/** 24 segmentations of 16 segments and one of 57 with two sub-segments each: 555 segments. */
	private static final int SEGMENTATIONS = 25;
	private static final int WIDE_SEGMENTS = 57;
	private static final int SEGMENTS = 24 * 16 + WIDE_SEGMENTS * 3;
	private static final int PERSONAS = 130;
	private static final int COMMUNITIES = 230;
	private static final int JOBS = 110;
	private static final int CENTRES = 22;
	private static final int ROLES = 45;
	private static final int INSIGHTS = 700;

	@TempDir
	static Path folder;
	private static Project project;
	private static String html;

	@BeforeAll
	static void writeReport() throws IOException {
		project = largeModel();
		SegmentationFiles.save(project, folder.resolve("large.segmentation"));
		ReportRun run = ReportRun.run(folder, "large.segmentation", "--out", "out", "--formats", "html,pptx,xlsx");
		assertEquals(0, run.exitCode(), run.err());
		html = Files.readString(folder.resolve("out/report.html"));
	}

	@Test
	void detailsTheFirstSegmentationsAndThePrimaryOneAndNamesTheRest() {
		assertTrue(html.contains("5 further segmentations are not detailed: a report details at most 20."),
				"notice of the segmentations left out");
		// the primary segmentation comes last in the model and still has its chapter; the one before it has none
		assertTrue(html.contains("id=\"sgn-24\""));
		assertFalse(html.contains("id=\"sgn-23\""));
		assertTrue(html.contains("id=\"sgn-18\""));
	}

	@Test
	void detailsAtMostTheSegmentLimitAndCountsTheOthers() {
		assertEquals(ReportLimits.SEGMENTS, count(html, "id=\"seg-"));
		// the primary segmentation's segments come first, although its chapter comes last
		assertTrue(html.contains("id=\"seg-24-15\""));
		assertFalse(html.contains("id=\"seg-8-15\""));
		// the segments of the detailed chapters beyond the limit, each chapter naming its own
		int detailedChapters = ReportLimits.SEGMENTATIONS;
		int inDetailedChapters = WIDE_SEGMENTS * 3 + (detailedChapters - 1) * 16;
		assertEquals(inDetailedChapters - ReportLimits.SEGMENTS, noticedCounts("further segments are not detailed").stream()
				.mapToInt(Integer::intValue).sum());
	}

	@Test
	void namesThePersonasCommunitiesJobsAndCentresLeftOut() {
		assertTrue(html.contains((PERSONAS - ReportLimits.PERSONAS) + " further personas are not shown"));
		assertEquals(ReportLimits.PERSONAS, count(html, "id=\"per-"));
		assertTrue(html.contains((COMMUNITIES - ReportLimits.VALUE_COMMUNITIES) + " further value communities are not detailed"));
		assertEquals(ReportLimits.VALUE_COMMUNITIES, count(html, "id=\"vc-"));
		assertTrue(html.contains((JOBS - ReportLimits.JOBS) + " further Jobs-to-be-Done are not detailed"));
		assertTrue(html.contains((CENTRES - ReportLimits.BUYING_CENTRES) + " further buying centres are not detailed"));
	}

	@Test
	void longTablesStopAtTheRowLimit() {
		assertTrue(html.contains((INSIGHTS - ReportLimits.TABLE_ROWS) + " further rows are left out of this table: a table holds at most 500 rows."));
	}

	@Test
	void chartsDrawTheirLargestItemsAndSaySo() {
		ReportCharts charts = new ReportCharts(project);
		Segmentation wide = project.getSegmentations().get(0);
		String sizes = charts.segmentSizes(wide).orElseThrow().svg();
		assertTrue(sizes.contains("40 of 57 shown"), "the size chart names what it leaves out");
		// the 17 smallest segments (the first ones, see largeModel) are left out, the largest drawn
		assertFalse(sizes.contains(">Wide 0<"));
		assertTrue(sizes.contains(">Wide 56<"));
		assertTrue(charts.communityOverlap().orElseThrow().svg().contains("40 of 230 shown"));
		assertTrue(charts.influence(project.getBuyingCenters().get(0)).orElseThrow().svg().contains("40 of 45 shown"));
		assertTrue(charts.opportunities().orElseThrow().svg().contains("40 of 110 shown"));
		// drawn ahead for PDF and PowerPoint: the charts of what the report details, no more
		assertEquals(2 * ReportLimits.SEGMENTATIONS + 2 + ReportLimits.BUYING_CENTRES, charts.all().size());
		// ordinary charts say nothing of the kind
		assertFalse(charts.segmentSizes(project.getSegmentations().get(1)).orElseThrow().svg().contains(" shown"));
	}

	@Test
	void theDeckHasASlidePerDetailedSegmentAndPersonaOnly() throws IOException {
		try (InputStream in = Files.newInputStream(folder.resolve("out/report.pptx")); XMLSlideShow deck = new XMLSlideShow(in)) {
			int slides = deck.getSlides().size();
			assertTrue(slides > ReportLimits.SEGMENTS + ReportLimits.PERSONAS, "slides: " + slides);
			assertTrue(slides < ReportLimits.SEGMENTS + ReportLimits.PERSONAS + 20, "slides: " + slides);
		}
	}

	@Test
	void theWorkbookHoldsEverySegment() throws IOException {
		try (InputStream in = Files.newInputStream(folder.resolve("out/report.xlsx")); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			Sheet sizes = workbook.getSheet("Segment sizes");
			assertEquals(SEGMENTS + 1, sizes.getPhysicalNumberOfRows());
		}
	}

	@Test
	void aHugeFigureIsRenderedWithinThePixelBudgetInItsProportions() {
		ReportChart figure = new ReportChart("wide", "Wide", (graphics, area) -> graphics.draw(area), 40_000, 1_000);
		BufferedImage image = figure.image();
		assertTrue((long) image.getWidth() * image.getHeight() <= ReportChart.MAX_PIXELS);
		assertEquals(40.0, (double) image.getWidth() / image.getHeight(), 0.1);
		BufferedImage small = new ReportChart("small", "Small", (graphics, area) -> graphics.draw(area), 800, 450).image();
		assertEquals(800 * ReportChart.PNG_SCALE, small.getWidth(), "ordinary charts keep their sharpness");
	}

	@Test
	void heaviestKeepsTheLargestInTheirOwnOrder() {
		double[] weights = { 3, Double.NaN, 9, 1, 9, 5 };
		assertArrayEquals(new int[] { 0, 2, 4, 5 }, ReportLimits.heaviest(weights.length, 4, i -> weights[i]));
		// ties keep the earlier item; NaN weighs least
		assertArrayEquals(new int[] { 2 }, ReportLimits.heaviest(weights.length, 1, i -> weights[i]));
		assertArrayEquals(new int[] { 0, 1, 2 }, ReportLimits.heaviest(3, 5, i -> 0));
	}

	/** A table longer than a sheet goes on in a second sheet with its header; no row is lost. */
	@Test
	void aTableBeyondTheLastRowOfASheetGoesOnInTheNext(@TempDir Path other) throws IOException {
		Project copy = SegmentationFiles.load(Examples.model());
		Segmentation primary = copy.getPrimarySegmentation();
		primary.setAssignmentsLocation("assignments.csv");
		SegmentationFiles.save(copy, other.resolve("model.segmentation"));
		int rows = 1_048_576; // one more than a sheet holds below its header
		try (Writer out = Files.newBufferedWriter(other.resolve("assignments.csv"))) {
			out.write("respondent,segment\n");
			for (int i = 1; i <= rows; i++) {
				out.write("r-" + i + ",seg-balance\n");
			}
		}
		ReportRun run = ReportRun.run(other, "model.segmentation", "--out", "out", "--formats", "xlsx");
		assertEquals(0, run.exitCode(), run.err());
		try (ZipFile xlsx = new ZipFile(other.resolve("out/report.xlsx").toFile())) {
			String workbook = text(xlsx, "xl/workbook.xml");
			List<String> names = matches(workbook, "<sheet name=\"([^\"]+)\"");
			int first = names.indexOf("Assignments");
			assertEquals("Assignments (2)", names.get(first + 1), names.toString());
			assertEquals(1_048_576, rowCount(xlsx, "xl/worksheets/sheet" + (first + 1) + ".xml"));
			String second = text(xlsx, "xl/worksheets/sheet" + (first + 2) + ".xml");
			assertEquals(2, count(second, "<row "), "the header again and the last row");
			assertTrue(second.contains(">respondent<") && second.contains(">r-1048576<"), second);
		}
	}

	private static Project largeModel() {
		Project project = FACTORY.createProject();
		named(project, "project", "Store model – Ærø og Åland");
		project.setLanguage("en");
		for (int s = 0; s < SEGMENTATIONS; s++) {
			Segmentation segmentation = FACTORY.createSegmentation();
			named(segmentation, "sgn-" + s, "Segmentation " + s);
			project.getSegmentations().add(segmentation);
			int count = s == 0 ? WIDE_SEGMENTS : 16;
			for (int i = 0; i < count; i++) {
				// ascending shares, so the largest segments are the last ones
				Segment segment = segment(s + "-" + i, s == 0 ? "Wide " + i : "Segment " + s + "." + i, (i + 1.0) / 2000);
				segmentation.getSegments().add(segment);
				if (s == 0) {
					segment.getSubSegments().add(segment(s + "-" + i + "-a", "Sub " + i + "a", (i + 1.0) / 5000));
					segment.getSubSegments().add(segment(s + "-" + i + "-b", "Sub " + i + "b", (i + 1.0) / 5000));
				}
			}
		}
		project.getSegmentations().get(SEGMENTATIONS - 1).setPrimary(true);
		for (int p = 0; p < PERSONAS; p++) {
			Persona persona = FACTORY.createPersona();
			named(persona, "per-" + p, "Persona " + p + " Säde");
			persona.getSegments().add(project.getSegmentations().get(1).getSegments().get(p % 16));
			project.getPersonas().add(persona);
		}
		for (int c = 0; c < COMMUNITIES; c++) {
			ValueCommunity community = FACTORY.createValueCommunity();
			named(community, "vc-" + c, "Those of us who " + c);
			project.getValueCommunities().add(community);
		}
		for (int c = 0; c + 1 < COMMUNITIES; c++) {
			CommunityOverlap overlap = FACTORY.createCommunityOverlap();
			overlap.setOther(project.getValueCommunities().get(c + 1));
			overlap.setJaccard(0.1 + (c % 7) / 10.0);
			overlap.setSharedMembers(10 + c);
			project.getValueCommunities().get(c).getOverlaps().add(overlap);
		}
		for (int j = 0; j < JOBS; j++) {
			Job job = FACTORY.createJob();
			named(job, "job-" + j, "Job " + j);
			job.setImportance(1 + j % 9);
			job.setSatisfaction(1 + (j * 7) % 9);
			project.getJobs().add(job);
		}
		for (int b = 0; b < CENTRES; b++) {
			BuyingCenter centre = FACTORY.createBuyingCenter();
			named(centre, "bc-" + b, "Centre " + b);
			for (int r = 0; r < (b == 0 ? ROLES : 3); r++) {
				BuyingRole role = FACTORY.createBuyingRole();
				named(role, "role-" + b + "-" + r, "Role " + b + "." + r);
				role.setInfluenceWeight((r + 1.0) / 100);
				centre.getRoles().add(role);
			}
			project.getBuyingCenters().add(centre);
		}
		for (int i = 0; i < INSIGHTS; i++) {
			Insight insight = FACTORY.createInsight();
			named(insight, "ins-" + i, "Insight " + i);
			insight.setDate(LocalDate.of(2026, 1, 1).plusDays(i % 300));
			insight.setText("Observed in Jyväskylä " + i);
			project.getInsights().add(insight);
		}
		return project;
	}

	private static Segment segment(String id, String name, double share) {
		Segment segment = FACTORY.createSegment();
		named(segment, "seg-" + id, name);
		segment.setShare(share);
		segment.setSize((int) (share * 100_000));
		return segment;
	}

	private static void named(NamedElement element, String id, String name) {
		element.setId(id);
		element.setName(name);
	}

	private static List<Integer> noticedCounts(String phrase) {
		return matches(html, "(\\d+) " + Pattern.quote(phrase)).stream().map(Integer::valueOf).toList();
	}

	private static List<String> matches(String text, String regex) {
		List<String> found = new ArrayList<>();
		Matcher matcher = Pattern.compile(regex).matcher(text);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

	private static int count(String text, String part) {
		int count = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
			count++;
		}
		return count;
	}

	private static String text(ZipFile zip, String entry) throws IOException {
		try (InputStream in = zip.getInputStream(zip.getEntry(entry))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/** The rows of a worksheet part, counted as it streams by (the part of a full sheet is large). */
	private static int rowCount(ZipFile zip, String entry) throws IOException {
		ZipEntry part = zip.getEntry(entry);
		int rows = 0;
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(zip.getInputStream(part), StandardCharsets.UTF_8))) {
			char[] buffer = new char[1 << 16];
			String carry = "";
			for (int read = reader.read(buffer); read > 0; read = reader.read(buffer)) {
				String chunk = carry + new String(buffer, 0, read);
				rows += count(chunk, "<row ");
				// keep a tail shorter than the token, so a token split between chunks is counted once
				carry = chunk.substring(Math.max(0, chunk.length() - 4));
			}
		}
		return rows;
	}
}

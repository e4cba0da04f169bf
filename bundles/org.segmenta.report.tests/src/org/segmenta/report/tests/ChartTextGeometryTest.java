/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleFunction;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.entity.CategoryLabelEntity;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYZDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.segmenta.model.BuyingCenter;
import org.segmenta.model.BuyingRole;
import org.segmenta.model.BuyingRoleKind;
import org.segmenta.model.CommunityOverlap;
import org.segmenta.model.MotivationLevel;
import org.segmenta.model.ProfileEntry;
import org.segmenta.model.Project;
import org.segmenta.model.Segment;
import org.segmenta.model.SegmentaFactory;
import org.segmenta.model.Segmentation;
import org.segmenta.model.Variable;
import org.segmenta.model.ValueCommunity;
import org.segmenta.model.persistence.SegmentationFiles;
import org.segmenta.report.BuyingCentreInfluenceChart;
import org.segmenta.report.ChartPalette;
import org.segmenta.report.CommunityOverlapHeatMap;
import org.segmenta.report.ProfileIndexHeatMap;
import org.segmenta.report.ReportChart;
import org.segmenta.report.ReportCharts;
import org.segmenta.report.ReportLanguage;
import org.segmenta.report.ReportLimits;
import org.segmenta.report.tests.DrawnText.Drawing;
import org.segmenta.report.tests.DrawnText.Text;
import org.segmenta.tests.support.Examples;
import org.segmenta.tests.support.GeneratedModels;

/**
 * The texts of the buying-centre influence chart and the heat maps, measured where the chart drew
 * them at the report's own size: each value at its own bar or in its own cell, readable there, and
 * every name on the axes whole, inside the chart and clear of the others; on the example, on long
 * Nordic names and on as many items as a chart shows.
 */
class ChartTextGeometryTest {

	/** The most a percentage may sit from the end of its bar: the renderer's offset and some play. */
	private static final double AFTER_BAR = 10;

	private static final String SHORTENED = "\u2026";

	private static final Pattern PERCENT = Pattern.compile("\\d+ %");

	/** Real-world long Nordic names, each as long as a name in a Nordic organisation gets. */
	private static final List<String> NORDIC_NAMES = List.of("Kirsi-Marjatta Väisänen-Häkkinen",
			"Søren Kierkegaard Østergaard-Brønnum", "Åsa-Britt Ängström Lindqvist", "Jørgen Æbelø Frederiksberg",
			"Märta Öhrström-Hägglund", "Pekka-Juhani Määttä-Kärkkäinen", "Bodil Skjødt Kjærsgaard Højbjerg",
			"Ulla-Stiina Österberg Sjöström", "Päivi Ylöjärvi-Hämäläinen", "Øystein Ærø Bøgh Kristiansen");

	private static final List<String> NORDIC_GROUPS = List.of("Livslange læringsentusiaster i Øresundsregionen",
			"Yrkesstolta ingenjörer på Ålands skärgårdsöar", "Ympäristötietoiset ohjelmistokehittäjät Jyväskylässä",
			"Fællesskabsorienterede sygeplejersker på Ærø", "Trygghetssökande tjänstemän i Västerbotten",
			"Kunnianhimoiset nuoret johtajat Pohjois-Pohjanmaalla");

	private static Project example;

	@BeforeAll
	static void load() throws Exception {
		example = SegmentationFiles.load(Examples.model());
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "da", "sv", "fi" })
	void influencePercentagesSitAfterTheirOwnBars(String tag) throws IOException {
		ReportLanguage language = ReportLanguage.of(tag);
		for (BuyingCenter centre : example.getBuyingCenters()) {
			assertInfluenceReadable(example, centre, language, tag.equals("da") ? "influence-example-da" : null);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "da", "sv", "fi" })
	void influenceKeepsLongNordicRoleNamesWhole(String tag) throws IOException {
		Project project = EcoreUtil.copy(example);
		BuyingCenter centre = project.getBuyingCenters().get(0);
		for (int i = 0; i < centre.getRoles().size(); i++) {
			centre.getRoles().get(i).setName(NORDIC_NAMES.get(i % NORDIC_NAMES.size()));
		}
		// one participant who decides nearly alone: the longest bar, whose percentage must still fit
		centre.getRoles().get(0).setInfluenceWeight(0.97);
		assertInfluenceReadable(project, centre, ReportLanguage.of(tag), null);
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "da", "sv", "fi" })
	void influenceShowsAsManyRolesAsAChartHolds(String tag) throws IOException {
		Project project = EcoreUtil.copy(example);
		BuyingCenter centre = project.getBuyingCenters().get(0);
		centre.getRoles().clear();
		int count = ReportLimits.CHART_ITEMS + 5;
		for (int i = 0; i < count; i++) {
			BuyingRole role = SegmentaFactory.eINSTANCE.createBuyingRole();
			role.setId("role-" + i);
			role.setName(NORDIC_NAMES.get(i % NORDIC_NAMES.size()) + " " + (i + 1));
			role.setKind(BuyingRoleKind.values()[i % BuyingRoleKind.values().length]);
			role.setMotivationLevel(MotivationLevel.VALUES.get(i % MotivationLevel.VALUES.size()));
			// one dominant participant and a long tail, down to the smallest whole percentages
			role.setInfluenceWeight(i == 0 ? 0.34 : Math.max(0.01, 0.3 / (i + 1)));
			centre.getRoles().add(role);
		}
		assertInfluenceReadable(project, centre, ReportLanguage.of(tag),
				tag.equals("da") ? "influence-many-da" : null);
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "da", "sv", "fi" })
	void profileIndicesStayInTheirCells(String tag) throws IOException {
		ReportLanguage language = ReportLanguage.of(tag);
		for (Segmentation segmentation : example.getSegmentations()) {
			if (segmentation.getSegments().stream().anyMatch(s -> !s.getProfile().isEmpty())) {
				assertProfileReadable(example, segmentation, language,
						tag.equals("da") && segmentation.isPrimary() ? "profile-example-da" : null);
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "da", "sv", "fi" })
	void profileOfManyLongNamedSegmentsStaysReadable(String tag) throws IOException {
		Project project = EcoreUtil.copy(example);
		Segmentation segmentation = project.getPrimarySegmentation();
		List<Segment> originals = List.copyOf(segmentation.getSegments());
		for (int i = 0; segmentation.getSegments().size() < ReportLimits.CHART_ITEMS + 3; i++) {
			Segment copy = EcoreUtil.copy(originals.get(i % originals.size()));
			copy.setId("copy-" + i);
			copy.setName(NORDIC_GROUPS.get(i % NORDIC_GROUPS.size()) + " " + (i + 1));
			copy.setShare(0.001 * (i + 1));
			for (ProfileEntry entry : copy.getProfile()) {
				// indices spread over and beyond the colour scale: from 20 to 260
				entry.setSegmentValue(entry.getTotalValue() * (0.2 + (i * 7 + copy.getProfile().indexOf(entry) * 3) % 25 / 10.0));
			}
			segmentation.getSegments().add(copy);
		}
		for (Variable variable : project.getVariables()) {
			variable.setName(variable.getName() + ": hvor vigtigt på en skala fra 1 til 5 (Åbo/Göteborg)");
		}
		// a whole survey question as a name, longer than any axis has room for
		String question = "Hvor enig eller uenig er du i følgende udsagn om dit arbejdsliv, din "
				+ "fagforening og dine muligheder for efteruddannelse i Øresundsregionen og på Åland?";
		project.getVariables().get(0).setName(question);
		ReportLanguage language = ReportLanguage.of(tag);
		assertProfileReadable(project, segmentation, language, tag.equals("da") ? "profile-many-da" : null);
		// the axis shortens the question; its cells' tool tips, on screen, name it whole
		ReportChart layout = new ReportCharts(project, language).profileIndex(segmentation).orElseThrow();
		Drawing drawing = DrawnText.draw(ProfileIndexHeatMap.create(segmentation, language), layout.width(),
				layout.height());
		assertTrue(drawing.texts().stream().noneMatch(t -> t.text().equals(question)), "the question is shortened");
		Collection<?> entities = drawing.info().getEntityCollection().getEntities();
		assertTrue(entities.stream().map(ChartEntity.class::cast).map(ChartEntity::getToolTipText)
				.anyMatch(tip -> tip != null && tip.contains(" \u00D7 " + question + ": ")),
				"a cell's tool tip names the question whole");
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "da", "sv", "fi" })
	void overlapValuesStayInTheirCells(String tag) throws IOException {
		assertOverlapReadable(example, ReportLanguage.of(tag), tag.equals("da") ? "overlap-example-da" : null);
	}

	/** Names that fit their columns stay level, read as a table's headings. */
	@Test
	void shortColumnNamesStayLevel() throws IOException {
		Project project = EcoreUtil.copy(example);
		List<String> words = List.of("Ro", "Tryghed", "Åbenhed", "Fællesskab", "Grøn", "Værn");
		for (int i = 0; i < project.getValueCommunities().size(); i++) {
			project.getValueCommunities().get(i).setName(words.get(i % words.size()) + (i < words.size() ? "" : " " + i));
		}
		ReportLanguage danish = ReportLanguage.of("da");
		assertOverlapReadable(project, danish, null);
		ReportChart layout = new ReportCharts(project, danish).communityOverlap().orElseThrow();
		Drawing drawing = DrawnText.draw(CommunityOverlapHeatMap.create(project.getValueCommunities(), danish),
				layout.width(), layout.height());
		Rectangle2D dataArea = drawing.info().getPlotInfo().getDataArea();
		for (String word : words) {
			Text heading = drawnOnce(drawing, word, box -> box.getCenterY() < dataArea.getMinY(), "");
			assertTrue(heading.bounds().getWidth() > heading.bounds().getHeight(), word + " is level: " + heading.bounds());
		}
	}

	@Test
	void overlapOfAGeneratedModelStaysReadable() throws IOException {
		Project project = GeneratedModels.generate(7);
		project.getValueCommunities().get(0).setName(NORDIC_GROUPS.get(0));
		assertOverlapReadable(project, ReportLanguage.of("da"), "overlap-generated-da");
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "da", "sv", "fi" })
	void overlapOfManyLongNamedCommunitiesStaysReadable(String tag) throws IOException {
		Project project = GeneratedModels.generate(11);
		List<ValueCommunity> communities = project.getValueCommunities();
		for (int i = 0; communities.size() < ReportLimits.CHART_ITEMS + 4; i++) {
			ValueCommunity community = SegmentaFactory.eINSTANCE.createValueCommunity();
			community.setId("extra-" + i);
			communities.add(community);
		}
		for (int i = 0; i < communities.size(); i++) {
			communities.get(i).setName(NORDIC_GROUPS.get(i % NORDIC_GROUPS.size()) + " " + (i + 1));
			ValueCommunity next = communities.get((i + 1) % communities.size());
			CommunityOverlap overlap = SegmentaFactory.eINSTANCE.createCommunityOverlap();
			overlap.setOther(next);
			overlap.setJaccard(0.01 * (i % 37));
			communities.get(i).getOverlaps().add(overlap);
		}
		assertOverlapReadable(project, ReportLanguage.of(tag), tag.equals("da") ? "overlap-many-da" : null);
	}

	private static void assertInfluenceReadable(Project project, BuyingCenter centre, ReportLanguage language,
			String png) throws IOException {
		ReportChart layout = new ReportCharts(project, language).influence(centre).orElseThrow();
		JFreeChart chart = BuyingCentreInfluenceChart.create(centre, language);
		Drawing drawing = DrawnText.draw(chart, layout.width(), layout.height());
		save(layout, png);
		Rectangle2D canvas = new Rectangle2D.Double(0, 0, layout.width(), layout.height());
		Rectangle2D dataArea = drawing.info().getPlotInfo().getDataArea();
		Map<String, Rectangle2D> bars = new LinkedHashMap<>();
		Map<String, Rectangle2D> nameBoxes = new LinkedHashMap<>();
		for (Object each : drawing.info().getEntityCollection().getEntities()) {
			if (each instanceof CategoryItemEntity item) {
				bars.put((String) item.getColumnKey(), bounds(item));
			} else if (each instanceof CategoryLabelEntity label) {
				nameBoxes.put((String) label.getKey(), bounds(label));
			}
		}
		CategoryDataset dataset = chart.getCategoryPlot().getDataset();
		List<String> roles = new ArrayList<>();
		dataset.getColumnKeys().forEach(key -> roles.add((String) key));
		assertEquals(Math.min(centre.getRoles().size(), ReportLimits.CHART_ITEMS), roles.size());
		assertEquals(roles, List.copyOf(bars.keySet()), "one bar per role");
		String context = centre.getName() + " in " + language.tag() + ": ";

		// the percentages: the nearest bar to each is its own, and it sits just after that bar's end
		List<Text> percentages = drawing.texts().stream().filter(t -> PERCENT.matcher(t.text()).matches()).toList();
		assertEquals(roles.size(), percentages.size(), context + "one percentage per bar");
		DecimalFormat format = new DecimalFormat("0", DecimalFormatSymbols.getInstance(language.locale()));
		List<String> labelled = new ArrayList<>();
		for (Text percentage : percentages) {
			Rectangle2D label = percentage.bounds();
			String own = nearest(label, bars);
			labelled.add(own);
			Rectangle2D bar = bars.get(own);
			assertEquals(format.format(weight(dataset, own)) + " %", percentage.text(), context + own);
			double gap = label.getMinX() - bar.getMaxX();
			assertTrue(gap >= 0 && gap <= AFTER_BAR, context + own + "'s percentage is " + gap + " after its bar");
			assertTrue(label.getCenterY() > bar.getMinY() && label.getCenterY() < bar.getMaxY(),
					context + own + "'s percentage is on its bar's row");
			assertTrue(contains(dataArea, label), context + own + "'s percentage " + label + " inside the plot " + dataArea);
			assertTrue(contains(canvas, label) && (percentage.clip() == null || contains(percentage.clip(), label)),
					context + own + "'s percentage is not cut off");
		}
		assertEquals(roles.size(), labelled.stream().distinct().count(), context + "every bar has its own percentage");
		assertApart(percentages, context + "percentages");

		// the names on the axis: each whole (wrapped perhaps, never shortened), beside its own bar
		assertEquals(roles, List.copyOf(nameBoxes.keySet()), context + "one name per role");
		List<Rectangle2D> boxes = new ArrayList<>(nameBoxes.values());
		for (String role : roles) {
			Rectangle2D box = nameBoxes.get(role);
			List<Text> lines = drawing.texts().stream()
					.filter(t -> box.contains(t.bounds().getCenterX(), t.bounds().getCenterY())).toList();
			String drawn = joined(lines);
			assertEquals(role, drawn, context + "the name is drawn whole");
			for (Text line : lines) {
				assertTrue(contains(canvas, line.bounds()), context + role + " is not cut off: " + line.bounds());
				assertTrue(line.bounds().getMaxX() <= dataArea.getMinX() + 0.5, context + role + " stays left of the plot");
			}
			Rectangle2D bar = bars.get(role);
			assertTrue(bar.getCenterY() > box.getMinY() && bar.getCenterY() < box.getMaxY(),
					context + role + " is on its bar's row");
		}
		for (int i = 0; i < boxes.size(); i++) {
			for (int j = 0; j < i; j++) {
				assertFalse(overlap(boxes.get(i), boxes.get(j)), context + roles.get(i) + " overlaps " + roles.get(j));
			}
		}
	}

	private static void assertProfileReadable(Project project, Segmentation segmentation, ReportLanguage language,
			String png) throws IOException {
		ReportChart layout = new ReportCharts(project, language).profileIndex(segmentation).orElseThrow();
		save(layout, png);
		assertHeatMapReadable(ProfileIndexHeatMap.create(segmentation, language), layout,
				index -> language.number(index, 0), segmentation.getName() + " in " + language.tag() + ": ");
	}

	private static void assertOverlapReadable(Project project, ReportLanguage language, String png) throws IOException {
		ReportChart layout = new ReportCharts(project, language).communityOverlap().orElseThrow();
		save(layout, png);
		assertHeatMapReadable(CommunityOverlapHeatMap.create(project.getValueCommunities(), language), layout,
				jaccard -> language.number(jaccard, 2), project.getName() + "'s overlaps in " + language.tag() + ": ");
	}

	private static void assertHeatMapReadable(JFreeChart chart, ReportChart layout, DoubleFunction<String> cellText,
			String context) {
		Drawing drawing = DrawnText.draw(chart, layout.width(), layout.height());
		Rectangle2D canvas = new Rectangle2D.Double(0, 0, layout.width(), layout.height());
		Rectangle2D dataArea = drawing.info().getPlotInfo().getDataArea();
		XYPlot plot = chart.getXYPlot();
		SymbolAxis columnAxis = (SymbolAxis) plot.getDomainAxis();
		SymbolAxis rowAxis = (SymbolAxis) plot.getRangeAxis();
		String[] columns = columnAxis.getSymbols();
		String[] rows = rowAxis.getSymbols();

		// each value inside its own cell, the cell computed from the axes, in a colour that reads on the cell's fill
		XYZDataset cells = (XYZDataset) plot.getDataset();
		List<Text> inPlot = drawing.texts().stream()
				.filter(t -> dataArea.contains(t.bounds().getCenterX(), t.bounds().getCenterY())).toList();
		assertEquals(cells.getItemCount(0), inPlot.size(), context + "one text per cell");
		for (int i = 0; i < cells.getItemCount(0); i++) {
			int column = (int) cells.getXValue(0, i);
			int row = (int) cells.getYValue(0, i);
			Rectangle2D cell = band(column, columnAxis, dataArea, plot, row, rowAxis);
			String where = context + columns[column] + " × " + rows[row] + ": ";
			List<Text> texts = inPlot.stream().filter(t -> cell.contains(t.bounds().getCenterX(), t.bounds().getCenterY()))
					.toList();
			assertEquals(1, texts.size(), where + "one text in the cell " + cell);
			Text text = texts.get(0);
			assertEquals(cellText.apply(cells.getZValue(0, i)), text.text(), where + "the cell's value");
			assertTrue(contains(cell, text.bounds()), where + text.bounds() + " inside its cell " + cell);
			Color fill = new Color(drawing.image().getRGB((int) cell.getMinX() + 2, (int) cell.getMinY() + 2));
			double contrast = ChartPalette.contrast(text.colour(), fill);
			assertTrue(contrast >= ChartPalette.READABLE_CONTRAST, where + text.colour() + " on " + fill + " has a contrast of " + contrast);
		}

		// the names on both axes: whole, inside the chart, at their own column or row, clear of each other
		List<Text> columnNames = new ArrayList<>();
		for (int c = 0; c < columns.length; c++) {
			Text name = drawnOnce(drawing, columns[c], box -> box.getCenterY() < dataArea.getMinY(), context);
			Rectangle2D column = band(c, columnAxis, dataArea, plot, 0, rowAxis);
			assertTrue(name.bounds().getCenterX() > column.getMinX() && name.bounds().getCenterX() < column.getMaxX(),
					context + columns[c] + " stands over its column");
			assertTrue(name.bounds().getMaxY() <= dataArea.getMinY() + 0.5, context + columns[c] + " is above the plot");
			columnNames.add(name);
		}
		List<Text> rowNames = new ArrayList<>();
		for (int r = 0; r < rows.length; r++) {
			Text name = drawnOnce(drawing, rows[r], box -> box.getCenterX() < dataArea.getMinX(), context);
			Rectangle2D row = band(0, columnAxis, dataArea, plot, r, rowAxis);
			assertTrue(name.bounds().getCenterY() > row.getMinY() && name.bounds().getCenterY() < row.getMaxY(),
					context + rows[r] + " stands beside its row");
			assertTrue(name.bounds().getMaxX() <= dataArea.getMinX() + 0.5, context + rows[r] + " is left of the plot");
			rowNames.add(name);
		}
		for (Text name : concat(columnNames, rowNames)) {
			assertTrue(contains(canvas, name.bounds()) && (name.clip() == null || contains(name.clip(), name.bounds())),
					context + name.text() + " is not cut off: " + name.bounds());
		}
		assertApart(columnNames, context + "column names");
		assertApart(rowNames, context + "row names");
	}

	/** Wrapped lines as one text again: a line broken after a hyphen goes on without a space. */
	private static String joined(List<Text> lines) {
		assertFalse(lines.stream().anyMatch(t -> t.text().endsWith("...")), "a name is shortened: " + lines);
		StringBuilder text = new StringBuilder();
		for (Text line : lines) {
			if (!text.isEmpty() && text.charAt(text.length() - 1) != '-') {
				text.append(' ');
			}
			text.append(line.text().strip());
		}
		return text.toString();
	}

	/** The contrast ratio as WCAG 2 defines it, at its known points. */
	@Test
	void contrastIsWcagsRatio() {
		assertEquals(21, ChartPalette.contrast(Color.BLACK, Color.WHITE), 1e-9);
		assertEquals(1, ChartPalette.contrast(ChartPalette.HIGH, ChartPalette.HIGH), 1e-9);
		// #777777 on white is WCAG's classic just-too-light grey: 4.48
		assertEquals(4.48, ChartPalette.contrast(new Color(0x777777), Color.WHITE), 0.005);
	}

	private static List<Text> concat(List<Text> first, List<Text> second) {
		List<Text> all = new ArrayList<>(first);
		all.addAll(second);
		return all;
	}

	/** The one text that draws {@code name}: whole, or shortened with an ellipsis where it is longer than a name may be. */
	private static Text drawnOnce(Drawing drawing, String name, Predicate<Rectangle2D> where, String context) {
		List<Text> drawn = drawing.withText(name).stream().filter(t -> where.test(t.bounds())).toList();
		if (drawn.isEmpty()) {
			drawn = drawing.texts().stream().filter(t -> t.text().endsWith(SHORTENED) && t.text().length() > 1
					&& name.startsWith(t.text().substring(0, t.text().length() - 1)) && where.test(t.bounds())).toList();
			assertTrue(drawn.size() != 1 || drawn.get(0).bounds().getWidth() > 400,
					context + "'" + name + "' is shortened to " + drawn + " though short names fit");
		}
		assertEquals(1, drawn.size(), context + "'" + name + "' drawn once");
		return drawn.get(0);
	}

	/** The cell at {@code column} and {@code row}: half a unit either side of each on the axes, as the renderer fills it. */
	private static Rectangle2D band(int column, SymbolAxis columnAxis, Rectangle2D dataArea, XYPlot plot, int row,
			SymbolAxis rowAxis) {
		double x1 = columnAxis.valueToJava2D(column - 0.5, dataArea, plot.getDomainAxisEdge());
		double x2 = columnAxis.valueToJava2D(column + 0.5, dataArea, plot.getDomainAxisEdge());
		double y1 = rowAxis.valueToJava2D(row - 0.5, dataArea, plot.getRangeAxisEdge());
		double y2 = rowAxis.valueToJava2D(row + 0.5, dataArea, plot.getRangeAxisEdge());
		return new Rectangle2D.Double(Math.min(x1, x2), Math.min(y1, y2), Math.abs(x2 - x1), Math.abs(y2 - y1));
	}

	private static double weight(CategoryDataset dataset, String role) {
		double sum = 0;
		for (int series = 0; series < dataset.getRowCount(); series++) {
			Number value = dataset.getValue(series, dataset.getColumnIndex(role));
			sum += value == null ? 0 : value.doubleValue();
		}
		return sum;
	}

	private static String nearest(Rectangle2D label, Map<String, Rectangle2D> bars) {
		String nearest = null;
		double best = Double.POSITIVE_INFINITY;
		for (Map.Entry<String, Rectangle2D> bar : bars.entrySet()) {
			double distance = distance(label, bar.getValue());
			if (distance < best) {
				best = distance;
				nearest = bar.getKey();
			} else if (distance == best) {
				throw new AssertionError(label + " is as near to " + nearest + "'s bar as to " + bar.getKey() + "'s");
			}
		}
		return nearest;
	}

	/** The gap between two boxes; 0 where they touch or overlap. */
	private static double distance(Rectangle2D a, Rectangle2D b) {
		double dx = Math.max(0, Math.max(a.getMinX() - b.getMaxX(), b.getMinX() - a.getMaxX()));
		double dy = Math.max(0, Math.max(a.getMinY() - b.getMaxY(), b.getMinY() - a.getMaxY()));
		return Math.hypot(dx, dy);
	}

	private static void assertApart(List<Text> texts, String what) {
		for (int i = 0; i < texts.size(); i++) {
			for (int j = 0; j < i; j++) {
				assertFalse(overlap(texts.get(i).bounds(), texts.get(j).bounds()),
						what + ": '" + texts.get(i).text() + "' " + texts.get(i).bounds() + " overlaps '"
								+ texts.get(j).text() + "' " + texts.get(j).bounds());
			}
		}
	}

	/** Overlapping by more than antialiasing's half pixel. */
	private static boolean overlap(Rectangle2D a, Rectangle2D b) {
		return a.getMinX() < b.getMaxX() - 0.5 && b.getMinX() < a.getMaxX() - 0.5 && a.getMinY() < b.getMaxY() - 0.5
				&& b.getMinY() < a.getMaxY() - 0.5;
	}

	/** {@code inner} inside {@code outer}, give or take antialiasing's half pixel. */
	private static boolean contains(Rectangle2D outer, Rectangle2D inner) {
		return inner.getMinX() >= outer.getMinX() - 0.5 && inner.getMaxX() <= outer.getMaxX() + 0.5
				&& inner.getMinY() >= outer.getMinY() - 0.5 && inner.getMaxY() <= outer.getMaxY() + 0.5;
	}

	private static Rectangle2D bounds(ChartEntity entity) {
		return entity.getArea().getBounds2D();
	}

	/** The chart as the report's PNG (twice the layout size), for a reader to look at, under {@code target/chart-text}. */
	private static void save(ReportChart chart, String name) throws IOException {
		if (name != null) {
			Path folder = Path.of("target", "chart-text");
			Files.createDirectories(folder);
			Files.write(folder.resolve(name + ".png"), chart.png());
		}
	}
}

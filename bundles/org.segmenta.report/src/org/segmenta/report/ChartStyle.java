/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

/**
 * The look every chart shares, sized for a report page (about 800 × 450 points): the bundled font
 * at sizes that stay legible when the chart is scaled to a slide or an A4 column, flat bars, light
 * grid lines and the legend below the plot.
 */
public final class ChartStyle {

	/** The width charts are laid out for, in points. */
	public static final int WIDTH = 800;

	/** The height of most charts, in points. */
	public static final int HEIGHT = 450;

	static {
		// rotated labels (vertical axis titles) as text rather than glyph outlines, so they stay
		// searchable and selectable in SVG; the workaround was for long-fixed JDK bugs
		TextUtils.setUseDrawRotatedStringWorkaround(false);
	}

	private ChartStyle() {
	}

	public static Font titleFont() {
		return ReportFonts.awt(Font.BOLD, 20);
	}

	public static Font labelFont() {
		return ReportFonts.awt(Font.PLAIN, 15);
	}

	public static Font tickFont() {
		return ReportFonts.awt(Font.PLAIN, 13);
	}

	public static Font itemFont() {
		return ReportFonts.awt(Font.PLAIN, 12);
	}

	/**
	 * Notes under the title of {@code chart} that it draws {@code shown} of {@code total} items ({@code key} says
	 * of what), when {@link ReportLimits} left some out.
	 */
	static void noteShown(JFreeChart chart, String key, int shown, int total, ReportLanguage language) {
		if (shown < total) {
			chart.addSubtitle(0, new TextTitle(language.text(key, language.count(shown), language.count(total)), itemFont()));
		}
	}

	/**
	 * Applies the report look to {@code chart} and returns it; call before setting series colours.
	 * Numeric axes write their ticks as {@code language} writes numbers.
	 */
	public static JFreeChart apply(JFreeChart chart, ReportLanguage language) {
		StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
		theme.setExtraLargeFont(titleFont());
		theme.setLargeFont(labelFont());
		theme.setRegularFont(tickFont());
		theme.setSmallFont(itemFont());
		theme.setTitlePaint(ChartPalette.TEXT);
		theme.setAxisLabelPaint(ChartPalette.TEXT);
		theme.setTickLabelPaint(ChartPalette.TEXT);
		theme.setItemLabelPaint(ChartPalette.TEXT);
		theme.setLegendItemPaint(ChartPalette.TEXT);
		theme.setChartBackgroundPaint(Color.WHITE);
		theme.setLegendBackgroundPaint(Color.WHITE);
		theme.setPlotBackgroundPaint(Color.WHITE);
		theme.setPlotOutlinePaint(ChartPalette.GRID);
		theme.setDomainGridlinePaint(ChartPalette.GRID);
		theme.setRangeGridlinePaint(ChartPalette.GRID);
		theme.setAxisOffset(RectangleInsets.ZERO_INSETS);
		theme.setBarPainter(new StandardBarPainter());
		theme.setXYBarPainter(new StandardXYBarPainter());
		theme.setShadowVisible(false);
		theme.apply(chart);
		if (chart.getPlot() instanceof XYPlot xy) {
			localise(xy, language);
		} else if (chart.getPlot() instanceof CategoryPlot category
				&& category.getRangeAxis() instanceof NumberAxis axis) {
			localise(axis, language);
		}
		chart.setAntiAlias(true);
		chart.setTextAntiAlias(true);
		chart.setPadding(new RectangleInsets(8, 8, 8, 16));
		chart.getPlot().setOutlineStroke(new BasicStroke(0.5f));
		LegendTitle legend = chart.getLegend();
		if (legend != null) {
			legend.setPosition(RectangleEdge.BOTTOM);
			legend.setFrame(BlockBorder.NONE);
			legend.setItemFont(tickFont());
		}
		return chart;
	}

	/**
	 * Writes each bar's value, a percentage formatted with {@code pattern}, just past the end of a
	 * horizontal bar (also for stacked bars, whose labels would otherwise sit inside).
	 */
	static void percentAfterBars(BarRenderer renderer, String pattern, ReportLanguage language) {
		renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2} %",
				new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(language.locale()))));
		renderer.setDefaultItemLabelsVisible(true);
		renderer.setDefaultItemLabelFont(itemFont());
		ItemLabelPosition afterBar = new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT);
		renderer.setDefaultPositiveItemLabelPosition(afterBar);
		renderer.setPositiveItemLabelPositionFallback(afterBar);
		renderer.setItemLabelAnchorOffset(4);
	}

	private static void localise(XYPlot plot, ReportLanguage language) {
		if (plot instanceof CombinedDomainXYPlot combined) {
			combined.getSubplots().forEach(subplot -> localise(subplot, language));
		}
		for (int i = 0; i < plot.getDomainAxisCount(); i++) {
			if (plot.getDomainAxis(i) instanceof NumberAxis axis) {
				localise(axis, language);
			}
		}
		for (int i = 0; i < plot.getRangeAxisCount(); i++) {
			if (plot.getRangeAxis(i) instanceof NumberAxis axis) {
				localise(axis, language);
			}
		}
	}

	/** Tick labels in the language's digits; symbol axes (names, not numbers) keep their own. */
	static void localise(NumberAxis axis, ReportLanguage language) {
		if (!(axis instanceof SymbolAxis)) {
			axis.setNumberFormatOverride(NumberFormat.getNumberInstance(language.locale()));
		}
	}
}

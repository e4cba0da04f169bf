/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.util.List;
import java.util.function.DoubleFunction;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * A labelled grid of coloured cells with the value written in each cell and a colour-scale legend:
 * the shared form of the profile-index and the community-overlap heat maps.
 */
final class HeatMapChart {

	/** The height a heat map needs for {@code rows} rows, so that the cell text stays readable. */
	static int heightFor(int rows) {
		return Math.max(ChartStyle.HEIGHT, 150 + rows * 28);
	}

	/**
	 * @param values     {@code values[row][column]}; NaN leaves the cell empty
	 * @param cellText   the text written in a cell for its value
	 */
	static JFreeChart create(String title, String columnAxis, String rowAxis, List<String> columns, List<String> rows,
			double[][] values, PaintScale scale, String scaleLabel, DoubleFunction<String> cellText,
			ReportLanguage language) {
		DefaultXYZDataset dataset = new DefaultXYZDataset();
		int cells = 0;
		for (double[] row : values) {
			for (double value : row) {
				cells += Double.isNaN(value) ? 0 : 1;
			}
		}
		double[][] series = new double[3][cells];
		int cell = 0;
		for (int r = 0; r < rows.size(); r++) {
			for (int c = 0; c < columns.size(); c++) {
				if (!Double.isNaN(values[r][c])) {
					series[0][cell] = c;
					series[1][cell] = r;
					series[2][cell] = values[r][c];
					cell++;
				}
			}
		}
		dataset.addSeries(title, series);

		SymbolAxis columnAxisSymbols = new SymbolAxis(columnAxis, columns.toArray(String[]::new));
		columnAxisSymbols.setGridBandsVisible(false);
		SymbolAxis rowAxisSymbols = new SymbolAxis(rowAxis, rows.toArray(String[]::new));
		rowAxisSymbols.setGridBandsVisible(false);
		rowAxisSymbols.setInverted(true); // first row on top, as in a table

		XYBlockRenderer renderer = new XYBlockRenderer();
		renderer.setPaintScale(scale);
		XYPlot plot = new XYPlot(dataset, columnAxisSymbols, rowAxisSymbols, renderer);
		plot.setDomainAxisLocation(AxisLocation.TOP_OR_LEFT);
		plot.setDomainGridlinesVisible(false);
		plot.setRangeGridlinesVisible(false);
		Font cellFont = ChartStyle.itemFont();
		for (int i = 0; i < cells; i++) {
			double value = series[2][i];
			XYTextAnnotation text = new XYTextAnnotation(cellText.apply(value), series[0][i], series[1][i]);
			text.setFont(cellFont);
			Paint fill = scale.getPaint(value);
			text.setPaint(fill instanceof Color colour ? ChartPalette.textOn(colour) : ChartPalette.TEXT);
			plot.addAnnotation(text);
		}

		JFreeChart chart = new JFreeChart(title, ChartStyle.titleFont(), plot, false);
		ChartStyle.apply(chart, language);
		columnAxisSymbols.setTickLabelFont(ChartStyle.tickFont());
		rowAxisSymbols.setTickLabelFont(ChartStyle.tickFont());
		NumberAxis legendAxis = new NumberAxis(scaleLabel);
		ChartStyle.localise(legendAxis, language);
		legendAxis.setRange(scale.getLowerBound(), scale.getUpperBound());
		legendAxis.setLabelFont(ChartStyle.tickFont());
		legendAxis.setTickLabelFont(ChartStyle.itemFont());
		PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
		legend.setPosition(RectangleEdge.BOTTOM);
		legend.setMargin(new RectangleInsets(4, 60, 4, 60));
		legend.setStripWidth(12);
		legend.setSubdivisionCount(64);
		chart.addSubtitle(legend);
		return chart;
	}

	/** A colour scale running through {@code colours} evenly between {@code lower} and {@code upper}. */
	record GradientScale(double lower, double upper, Color... colours) implements PaintScale {

		@Override
		public double getLowerBound() {
			return lower;
		}

		@Override
		public double getUpperBound() {
			return upper;
		}

		@Override
		public Paint getPaint(double value) {
			double t = (Math.max(lower, Math.min(upper, value)) - lower) / (upper - lower);
			double position = t * (colours.length - 1);
			int from = Math.min((int) Math.floor(position), colours.length - 2);
			return ChartPalette.blend(colours[from], colours[from + 1], position - from);
		}
	}

	private HeatMapChart() {
	}
}

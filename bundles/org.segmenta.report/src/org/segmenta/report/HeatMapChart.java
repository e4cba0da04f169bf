/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.report;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.function.DoubleFunction;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.AxisSpace;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYZDataset;

/**
 * A labelled grid of coloured cells with the value written in each cell and a colour-scale legend:
 * the shared form of the profile-index and the community-overlap heat maps.
 */
final class HeatMapChart {

	/** The room around the grid for the title, the colour-scale legend and the chart's padding. */
	private static final int FRAME_HEIGHT = 150;

	/** The height of a row at the report's size, so that the cell text keeps the item font. */
	private static final int ROW_HEIGHT = 28;

	/** The narrowest a column gets at the report's size: a value such as "0,00" in the item font and a margin. */
	private static final int COLUMN_WIDTH = 36;

	/** The height of a note under the title ("40 of 57 shown"). */
	private static final int NOTE_HEIGHT = 18;

	/** The room between a name on an axis and the grid, and around the chart ({@link ChartStyle#apply padding}). */
	private static final int GAP = 12;

	/** The longest a name on either axis is drawn; a longer one is shortened with an ellipsis. */
	private static final double LONGEST_NAME = 480;

	/** The smallest cell text, in points, that a cell too small for the item font gets; smaller cells stay unwritten. */
	private static final float SMALLEST_CELL_TEXT = 6;

	private static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);

	/**
	 * The size a heat map of these columns and rows takes in the report: wide enough for every column's
	 * value in the item font beside the row names, tall enough for every row and the column names above.
	 */
	static Dimension size(List<String> columns, List<String> rows, int notes) {
		Font names = ChartStyle.tickFont();
		double rowNames = Math.min(LONGEST_NAME, widest(rows, names)) + GAP;
		int width = (int) Math.ceil(Math.max(ChartStyle.WIDTH, 3 * GAP + rowNames + columns.size() * COLUMN_WIDTH));
		double column = (width - 3 * GAP - rowNames) / Math.max(1, columns.size());
		double widestColumn = Math.min(LONGEST_NAME, widest(columns, names));
		double columnNames = (widestColumn + GAP > column ? widestColumn : lineHeight(names)) + GAP;
		int height = (int) Math.ceil(
				Math.max(ChartStyle.HEIGHT, FRAME_HEIGHT + notes * NOTE_HEIGHT + columnNames + rows.size() * ROW_HEIGHT));
		return new Dimension(width, height);
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

		NameAxis columnNames = new NameAxis(columnAxis, columns);
		NameAxis rowNames = new NameAxis(rowAxis, rows);
		rowNames.setInverted(true); // first row on top, as in a table

		XYBlockRenderer renderer = new XYBlockRenderer();
		renderer.setPaintScale(scale);
		// the whole names, also of those the axes shorten, where the chart is shown on screen
		renderer.setDefaultToolTipGenerator((data, s, item) -> columns.get((int) data.getXValue(s, item)) + " \u00D7 "
				+ rows.get((int) data.getYValue(s, item)) + ": " + cellText.apply(((XYZDataset) data).getZValue(s, item)));
		XYPlot plot = new XYPlot(dataset, columnNames, rowNames, renderer);
		plot.setDomainAxisLocation(AxisLocation.TOP_OR_LEFT);
		plot.setDomainGridlinesVisible(false);
		plot.setRangeGridlinesVisible(false);
		plot.addAnnotation(new CellTexts(series, scale, cellText));

		JFreeChart chart = new JFreeChart(title, ChartStyle.titleFont(), plot, false);
		ChartStyle.apply(chart, language);
		columnNames.setTickLabelFont(ChartStyle.tickFont());
		rowNames.setTickLabelFont(ChartStyle.tickFont());
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

	private static double widest(List<String> names, Font font) {
		return names.stream().mapToDouble(name -> font.getStringBounds(name, MEASURE).getWidth()).max().orElse(0);
	}

	private static double lineHeight(Font font) {
		return font.getLineMetrics("Åg", MEASURE).getHeight();
	}

	/**
	 * The names of the columns or rows. Column names stand upright only when they are wider than
	 * their columns at the size the chart is drawn; a name longer than {@link #LONGEST_NAME} is
	 * shortened with an ellipsis, so that no name crowds out the grid.
	 */
	static final class NameAxis extends SymbolAxis {

		private static final long serialVersionUID = 1L;

		private boolean upright;

		NameAxis(String label, List<String> names) {
			super(label, names.toArray(String[]::new));
			setGridBandsVisible(false);
		}

		@Override
		public AxisSpace reserveSpace(Graphics2D g2, Plot plot, Rectangle2D plotArea, RectangleEdge edge, AxisSpace space) {
			if (RectangleEdge.isTopOrBottom(edge)) {
				// the plot reserves the row names' room first, so plotArea's width is nearly the grid's
				double widest = 0;
				for (int i = 0; i < getSymbols().length; i++) {
					widest = Math.max(widest, getTickLabelFont().getStringBounds(valueToString(i), MEASURE).getWidth());
				}
				upright = widest + GAP > plotArea.getWidth() / Math.max(1, getSymbols().length);
			}
			return super.reserveSpace(g2, plot, plotArea, edge, space);
		}

		@Override
		public boolean isVerticalTickLabels() {
			return upright;
		}

		@Override
		public String valueToString(double value) {
			String name = super.valueToString(value);
			Font font = getTickLabelFont();
			if (font.getStringBounds(name, MEASURE).getWidth() <= LONGEST_NAME) {
				return name;
			}
			int length = name.length();
			String shortened;
			do {
				length--;
				shortened = name.substring(0, length).strip() + "\u2026";
			} while (length > 1 && font.getStringBounds(shortened, MEASURE).getWidth() > LONGEST_NAME);
			return shortened;
		}
	}

	/**
	 * Each cell's value written in its cell, in the item font or, in cells too small for it, the
	 * largest size that fits, black or white as reads better on the cell's colour. An annotation of
	 * its own rather than text annotations, which a chart theme would recolour.
	 */
	static final class CellTexts extends AbstractXYAnnotation {

		private static final long serialVersionUID = 1L;

		private final double[][] cells;
		private final transient PaintScale scale;
		private final transient DoubleFunction<String> cellText;

		/** @param cells {@code cells[0]} the columns, {@code cells[1]} the rows, {@code cells[2]} the values */
		CellTexts(double[][] cells, PaintScale scale, DoubleFunction<String> cellText) {
			this.cells = cells;
			this.scale = scale;
			this.cellText = cellText;
		}

		@Override
		public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
				int rendererIndex, PlotRenderingInfo info) {
			RectangleEdge domainEdge = plot.getDomainAxisEdge();
			RectangleEdge rangeEdge = plot.getRangeAxisEdge();
			int count = cells[2].length;
			String[] texts = new String[count];
			Font font = ChartStyle.itemFont();
			double widest = 0;
			for (int i = 0; i < count; i++) {
				texts[i] = cellText.apply(cells[2][i]);
				widest = Math.max(widest, font.getStringBounds(texts[i], g2.getFontRenderContext()).getWidth());
			}
			double cellWidth = Math.abs(domainAxis.lengthToJava2D(1, dataArea, domainEdge));
			double cellHeight = Math.abs(rangeAxis.lengthToJava2D(1, dataArea, rangeEdge));
			double textHeight = font.getStringBounds("0", g2.getFontRenderContext()).getHeight();
			float size = (float) (font.getSize2D()
					* Math.min(1, Math.min((cellWidth - 4) / Math.max(1, widest), (cellHeight - 2) / textHeight)));
			if (size < SMALLEST_CELL_TEXT) {
				return;
			}
			g2.setFont(font.deriveFont(size));
			for (int i = 0; i < count; i++) {
				float x = (float) domainAxis.valueToJava2D(cells[0][i], dataArea, domainEdge);
				float y = (float) rangeAxis.valueToJava2D(cells[1][i], dataArea, rangeEdge);
				Paint fill = scale.getPaint(cells[2][i]);
				g2.setPaint(fill instanceof Color colour ? ChartPalette.textOn(colour) : ChartPalette.TEXT);
				TextUtils.drawAlignedString(texts[i], g2, x, y, TextAnchor.CENTER);
			}
		}
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

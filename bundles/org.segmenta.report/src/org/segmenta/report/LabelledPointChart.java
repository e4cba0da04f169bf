/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.segmenta.report.internal.BubbleLabels;

/**
 * Named points on two numeric axes, each a legend entry with its own colour and marker size and
 * its name written beside it: the shared form of the size × potential matrix and the opportunity
 * landscape.
 */
final class LabelledPointChart {

	/** One point; {@code radius} is the marker's radius in points. */
	record Point(String name, double x, double y, Color colour, double radius) {
	}

	static JFreeChart create(String title, String xLabel, String yLabel, List<Point> points, double xMax, double yMax,
			ReportLanguage language) {
		XYSeriesCollection dataset = new XYSeriesCollection();
		for (int i = 0; i < points.size(); i++) {
			// series keys must be unique; two points with one name still get two legend entries
			XYSeries series = new XYSeries(new PointKey(points.get(i).name(), i), false, true);
			series.add(points.get(i).x(), points.get(i).y());
			dataset.addSeries(series);
		}
		NumberAxis xAxis = new NumberAxis(xLabel);
		xAxis.setRange(0, xMax);
		NumberAxis yAxis = new NumberAxis(yLabel);
		yAxis.setRange(0, yMax);
		XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
		XYPlot plot = new XYPlot(dataset, xAxis, yAxis, renderer);
		JFreeChart chart = ChartStyle.apply(new JFreeChart(title, ChartStyle.titleFont(), plot, true), language);
		for (int i = 0; i < points.size(); i++) {
			Point point = points.get(i);
			double r = point.radius();
			renderer.setSeriesShape(i, new Ellipse2D.Double(-r, -r, 2 * r, 2 * r));
			renderer.setLegendShape(i, new Ellipse2D.Double(-6, -6, 12, 12));
			renderer.setSeriesPaint(i, translucent(point.colour()));
			renderer.setSeriesOutlinePaint(i, point.colour().darker());
			renderer.setSeriesOutlineStroke(i, new BasicStroke(1.2f));
		}
		// each name beside its own bubble, moved with a leader line where it must
		plot.addAnnotation(new BubbleLabels(
				points.stream().map(p -> new BubbleLabels.Point(p.name(), p.x(), p.y(), p.radius())).toList(),
				ChartStyle.itemFont(), ChartPalette.TEXT));
		renderer.setUseOutlinePaint(true);
		renderer.setDrawOutlines(true);
		return chart;
	}

	private static Color translucent(Color colour) {
		return new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 150);
	}

	/** A legend key that shows the point's name but keeps points with equal names apart. */
	private record PointKey(String name, int position) implements Comparable<PointKey> {
		@Override
		public String toString() {
			return name;
		}

		@Override
		public int compareTo(PointKey other) {
			return Integer.compare(position, other.position);
		}
	}

	private LabelledPointChart() {
	}
}

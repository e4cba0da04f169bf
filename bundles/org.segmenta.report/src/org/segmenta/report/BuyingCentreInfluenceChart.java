/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.report;

import java.awt.Color;
import java.util.List;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.segmenta.model.BuyingCenter;
import org.segmenta.model.BuyingRole;
import org.segmenta.model.MotivationLevel;

/**
 * The weight of each participant in a buying centre's decision, coloured by how motivated the
 * participant is to see the purchase through.
 */
public final class BuyingCentreInfluenceChart {

	private BuyingCentreInfluenceChart() {
	}

	public static JFreeChart create(BuyingCenter centre) {
		return create(centre, ReportLanguage.of(centre));
	}

	public static JFreeChart create(BuyingCenter centre, ReportLanguage language) {
		List<BuyingRole> all = centre.getRoles();
		List<BuyingRole> roles = ReportLimits.at(all,
				ReportLimits.heaviest(all.size(), ReportLimits.CHART_ITEMS, i -> all.get(i).getInfluenceWeight()));
		DefaultCategoryDataset dataset = new DefaultCategoryDataset();
		// one series per motivation level (so the legend explains the colours); each role fills one
		for (MotivationLevel level : MotivationLevel.VALUES) {
			for (BuyingRole role : roles) {
				dataset.addValue(role.getMotivationLevel() == level ? role.getInfluenceWeight() * 100 : null,
						language.text("chart.influence.motivation", language.words(level)),
						category(role, language));
			}
		}
		JFreeChart chart = ChartFactory.createStackedBarChart(
				language.text("chart.influence.title", ReportText.label(centre)), null,
				language.text("chart.influence.axis"), dataset, PlotOrientation.HORIZONTAL, true, false, false);
		ChartStyle.apply(chart, language);
		ChartStyle.noteShown(chart, "chart.shownOf", roles.size(), all.size(), language);
		CategoryPlot plot = chart.getCategoryPlot();
		// a long name (and its role) wraps onto a second line beside its bar instead of ending in "..."
		plot.getDomainAxis().setMaximumCategoryLabelLines(2);
		plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.4f);
		double largest = roles.stream().mapToDouble(BuyingRole::getInfluenceWeight).max().orElse(0) * 100;
		((NumberAxis) plot.getRangeAxis()).setRange(0, Math.max(10, Math.ceil(largest * 1.2 / 5) * 5));
		StackedBarRenderer renderer = (StackedBarRenderer) plot.getRenderer();
		Color[] byLevel = { new Color(0xB8C2CC), new Color(0x7FA3BE), ChartPalette.LOW };
		for (int i = 0; i < byLevel.length; i++) {
			renderer.setSeriesPaint(i, byLevel[i]);
		}
		renderer.setMaximumBarWidth(0.1);
		ChartStyle.percentAfterBars(renderer, "0", language);
		return chart;
	}

	private static String category(BuyingRole role, ReportLanguage language) {
		return ReportText.label(role) + " (" + language.words(role.getKind()) + ")";
	}
}

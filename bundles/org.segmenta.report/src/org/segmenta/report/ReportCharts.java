/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.report;

import java.awt.Dimension;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.jfree.chart.JFreeChart;
import org.segmenta.model.BuyingCenter;
import org.segmenta.model.Project;
import org.segmenta.model.Segmentation;

/**
 * The charts of one project's report, made once and shared by every format. Charts the model has
 * no data for are absent rather than empty.
 */
public final class ReportCharts {

	private final Project project;
	private final ReportLanguage language;
	private final Map<String, Optional<ReportChart>> made = new LinkedHashMap<>();

	/** The charts in the project's own language. */
	public ReportCharts(Project project) {
		this(project, ReportLanguage.of(project));
	}

	public ReportCharts(Project project, ReportLanguage language) {
		this.project = project;
		this.language = language;
	}

	public Optional<ReportChart> segmentSizes(Segmentation segmentation) {
		return chart("sizes-" + index(segmentation), !segmentation.getSegments().isEmpty(),
				() -> new ReportChart("sizes-" + index(segmentation), SegmentSizeChart.create(segmentation, language),
						ChartStyle.WIDTH, Math.max(ChartStyle.HEIGHT - 100, 140 + 44 * SegmentSizeChart.shown(segmentation).length)));
	}

	public Optional<ReportChart> sizeByPotential(Segmentation segmentation) {
		return chart("potential-" + index(segmentation), !segmentation.getSegments().isEmpty(),
				() -> new ReportChart("potential-" + index(segmentation), SegmentPotentialMatrix.create(segmentation, language),
						ChartStyle.WIDTH, ChartStyle.HEIGHT + 50));
	}

	public Optional<ReportChart> profileIndex(Segmentation segmentation) {
		boolean profiled = segmentation.getSegments().stream().anyMatch(s -> !s.getProfile().isEmpty());
		return chart("profile-" + index(segmentation), profiled,
				() -> chart("profile-" + index(segmentation), ProfileIndexHeatMap.create(segmentation, language),
						ProfileIndexHeatMap.size(segmentation)));
	}

	public Optional<ReportChart> communityOverlap() {
		boolean overlaps = project.getValueCommunities().stream().anyMatch(c -> !c.getOverlaps().isEmpty());
		return chart("overlap", overlaps,
				() -> chart("overlap", CommunityOverlapHeatMap.create(project.getValueCommunities(), language),
						CommunityOverlapHeatMap.size(project.getValueCommunities())));
	}

	public Optional<ReportChart> opportunities() {
		return chart("opportunities", !project.getJobs().isEmpty(),
				() -> new ReportChart("opportunities", OpportunityLandscape.create(project.getJobs(), language), ChartStyle.WIDTH,
						ChartStyle.HEIGHT + 50));
	}

	public Optional<ReportChart> influence(BuyingCenter centre) {
		String id = "influence-" + project.getBuyingCenters().indexOf(centre);
		return chart(id, !centre.getRoles().isEmpty(), () -> new ReportChart(id,
				BuyingCentreInfluenceChart.create(centre, language), ChartStyle.WIDTH, 160 + 40 * Math.min(centre.getRoles().size(), ReportLimits.CHART_ITEMS)));
	}

	/** Every chart the report holds, in report order: those of the segmentations it details, and the others. */
	public List<ReportChart> all() {
		List<ReportChart> all = new ArrayList<>();
		for (Segmentation segmentation : ReportLimits.detailedSegmentations(project)) {
			segmentSizes(segmentation).ifPresent(all::add);
			sizeByPotential(segmentation).ifPresent(all::add);
			profileIndex(segmentation).ifPresent(all::add);
		}
		communityOverlap().ifPresent(all::add);
		opportunities().ifPresent(all::add);
		List<BuyingCenter> centres = project.getBuyingCenters();
		centres.subList(0, Math.min(centres.size(), ReportLimits.BUYING_CENTRES))
				.forEach(centre -> influence(centre).ifPresent(all::add));
		return all;
	}

	private int index(Segmentation segmentation) {
		return project.getSegmentations().indexOf(segmentation);
	}

	private static ReportChart chart(String id, JFreeChart chart, Dimension size) {
		return new ReportChart(id, chart, size.width, size.height);
	}

	private synchronized Optional<ReportChart> chart(String id, boolean hasData, Supplier<ReportChart> make) {
		return made.computeIfAbsent(id, key -> hasData ? Optional.of(make.get()) : Optional.empty());
	}
}

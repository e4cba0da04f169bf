/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.ui.internal.charts;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.jfree.chart.JFreeChart;
import org.segmenta.model.BuyingCenter;
import org.segmenta.model.BuyingRole;
import org.segmenta.model.Job;
import org.segmenta.model.Need;
import org.segmenta.model.ProfileEntry;
import org.segmenta.model.Project;
import org.segmenta.model.Segment;
import org.segmenta.model.Segmentation;
import org.segmenta.model.ValueCommunity;
import org.segmenta.report.BuyingCentreInfluenceChart;
import org.segmenta.report.CommunityOverlapHeatMap;
import org.segmenta.report.OpportunityLandscape;
import org.segmenta.report.ProfileIndexHeatMap;
import org.segmenta.report.ReportLanguage;
import org.segmenta.report.SegmentSizeChart;

/** Which chart a selected element calls for, and how to draw it with the report's chart factories. */
public enum ChartKind {

	SEGMENT_SIZES(Messages.ChartKind_segmentSizes, element -> SegmentSizeChart.create(segmentationOf(element), language())),
	PROFILE_INDEX(Messages.ChartKind_profileIndex, element -> ProfileIndexHeatMap.create(segmentationOf(element), language())),
	COMMUNITY_OVERLAP(Messages.ChartKind_communityOverlap,
			element -> CommunityOverlapHeatMap.create(projectOf(element).getValueCommunities(), language())),
	OPPORTUNITY_LANDSCAPE(Messages.ChartKind_opportunityLandscape,
			element -> OpportunityLandscape.create(projectOf(element).getJobs(), language())),
	BUYING_CENTRE_INFLUENCE(Messages.ChartKind_buyingCentreInfluence, element -> BuyingCentreInfluenceChart
			.create(element instanceof BuyingRole role ? (BuyingCenter) role.eContainer() : (BuyingCenter) element,
			language()));

	private final String title;
	private final Function<EObject, JFreeChart> factory;

	ChartKind(String title, Function<EObject, JFreeChart> factory) {
		this.title = title;
		this.factory = factory;
	}

	public String title() {
		return title;
	}

	public JFreeChart chartFor(EObject element) {
		return factory.apply(element);
	}

	/** The chart for {@code element}: a segment shows its profile, a segmentation or project the sizes. */
	public static Optional<ChartKind> forElement(EObject element) {
		if (element instanceof Segment || element instanceof ProfileEntry) {
			return Optional.of(PROFILE_INDEX);
		}
		if (element instanceof Segmentation
				|| element instanceof Project project && project.getPrimarySegmentation() != null) {
			return Optional.of(SEGMENT_SIZES);
		}
		if (element instanceof ValueCommunity) {
			return Optional.of(COMMUNITY_OVERLAP);
		}
		if (element instanceof Job || element instanceof Need) {
			return Optional.of(OPPORTUNITY_LANDSCAPE);
		}
		if (element instanceof BuyingCenter || element instanceof BuyingRole) {
			return Optional.of(BUYING_CENTRE_INFLUENCE);
		}
		return Optional.empty();
	}

	/** The workbench's language (-nl or the system locale), in which the charts are drawn as a report's are. */
	public static ReportLanguage language() {
		return ReportLanguage.of(Locale.getDefault());
	}

	private static Segmentation segmentationOf(EObject element) {
		if (element instanceof Project project) {
			return project.getPrimarySegmentation();
		}
		for (EObject e = element; e != null; e = e.eContainer()) {
			if (e instanceof Segmentation segmentation) {
				return segmentation;
			}
		}
		throw new IllegalArgumentException("not in a segmentation: " + element);
	}

	private static Project projectOf(EObject element) {
		return (Project) EcoreUtil.getRootContainer(element);
	}
}

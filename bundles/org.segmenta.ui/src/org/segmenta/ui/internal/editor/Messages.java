/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.ui.internal.editor;

import org.eclipse.osgi.util.NLS;

/** The editors' texts, in {@code messages.properties} and its translations. */
public final class Messages extends NLS {

	public static String ModelFileWatcher_changedTitle;
	public static String ModelFileWatcher_changedQuestion;
	public static String ModelFileWatcher_unreadableTitle;
	public static String ModelFileWatcher_unreadable;
	public static String SegmentationEditor_saveFailedTitle;
	public static String SegmentationEditor_saveFailed;
	public static String AnalysisPage_segmentation;
	public static String AnalysisPage_data;
	public static String AnalysisPage_method;
	public static String AnalysisPage_segments;
	public static String AnalysisPage_from;
	public static String AnalysisPage_to;
	public static String AnalysisPage_compare;
	public static String AnalysisPage_settings;
	public static String AnalysisPage_silhouette;
	public static String AnalysisPage_inertia;
	public static String AnalysisPage_smallest;
	public static String AnalysisPage_inBounds;
	public static String AnalysisPage_accept;
	public static String AnalysisPage_write;
	public static String AnalysisPage_settingsSummary;
	public static String AnalysisPage_standardised;
	public static String AnalysisPage_rawValues;
	public static String AnalysisPage_noData;
	public static String AnalysisPage_dataSummary;
	public static String AnalysisPage_comparing;
	public static String AnalysisPage_cancelled;
	public static String AnalysisPage_noneInBounds;
	public static String AnalysisPage_suggested;
	public static String AnalysisPage_acceptCommand;
	public static String AnalysisPage_written;
	public static String AnalysisPage_writeFailed;
	public static String AnalysisPage_weight;
	public static String AnalysisPage_id;
	public static String AnalysisPage_base;
	public static String AnalysisPage_none;
	public static String AnalysisPage_reading;
	public static String AnalysisPage_readingJob;
	public static String AnalysisPage_unweightedBase;
	public static String AnalysisPage_weightedBase;
	public static String AnalysisPage_weightNotInData;
	public static String AnalysisPage_weightUnusable;
	public static String AnalysisPage_weightCommand;
	public static String AnalysisPage_noWeightCommand;
	public static String AnalysisPage_idCommand;
	public static String AnalysisPage_noIdCommand;
	public static String AnalysisPage_methodUnweighted;
	public static String AnalysisPage_weightIsBasis;
	public static String AnalysisPage_methodWeighted;
	public static String AnalysisPage_candidateTitle;
	public static String AnalysisPage_segment;
	public static String AnalysisPage_segmentName;
	public static String AnalysisPage_size;
	public static String AnalysisPage_share;
	public static String AnalysisPage_highest;
	public static String AnalysisPage_lowest;
	public static String AnalysisPage_levelIndex;
	public static String AnalysisPage_meanIndex;
	public static String OverviewPage_audience;
	public static String OverviewPage_segmentations;
	public static String OverviewPage_personas;
	public static String OverviewPage_figures;
	public static String OverviewPage_primary;
	public static String PersonasPage_title;
	public static String PersonasPage_add;
	public static String PersonasPage_addTooltip;
	public static String PersonasPage_newPersona;
	public static String PersonasPage_remove;
	public static String PersonasPage_removeTooltip;
	public static String PersonasPage_journey;
	public static String PersonasPage_unnamed;
	public static String PersonasPage_noQuestions;
	public static String ValueCommunitiesPage_title;
	public static String ValueCommunitiesPage_communities;
	public static String ValueCommunitiesPage_communitiesDescription;
	public static String ValueCommunitiesPage_addCommunity;
	public static String ValueCommunitiesPage_addSubCommunity;
	public static String ValueCommunitiesPage_remove;
	public static String ValueCommunitiesPage_community;
	public static String ValueCommunitiesPage_communityDescription;
	public static String ValueCommunitiesPage_newCommunity;
	public static String ValueCommunitiesPage_newSubCommunity;
	public static String ValueCommunitiesPage_none;
	public static String ValueCommunitiesPage_statementOk;
	public static String ValueCommunitiesPage_statementMissing;
	public static String ModelTreePage_newChild;
	public static String ModelTreePage_newSibling;
	public static String SegmentationEditor_localFilesOnly;
	public static String SegmentationEditor_errorPage;
	public static String SegmentationEditor_overviewPage;
	public static String SegmentationEditor_modelPage;
	public static String SegmentationEditor_personasPage;
	public static String SegmentationEditor_valueCommunitiesPage;
	public static String SegmentationEditor_analysisPage;
	public static String SegmentationEditor_openFailed;
	public static String SegmentationEditor_refreshFailedTitle;
	public static String SegmentationEditor_refreshFailed;
	public static String AnalysisPage_segmenting;
	public static String AnalysisPage_yes;
	public static String AnalysisPage_no;
	public static String Editing_selectAll;
	public static String Editing_cut;
	public static String Editing_copy;
	public static String Editing_paste;
	public static String Editing_delete;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}

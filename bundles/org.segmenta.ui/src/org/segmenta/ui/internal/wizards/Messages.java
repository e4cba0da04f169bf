/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.ui.internal.wizards;

import org.eclipse.osgi.util.NLS;

/** The wizards' texts, in {@code messages.properties} and its translations. */
public final class Messages extends NLS {

	public static String NewSegmentationProjectPage_title;
	public static String NewSegmentationProjectPage_description;
	public static String NewSegmentationProjectPage_projectName;
	public static String NewSegmentationProjectPage_empty;
	public static String NewSegmentationProjectPage_example;
	public static String NewSegmentationProjectWizard_windowTitle;
	public static String NewSegmentationProjectWizard_creating;
	public static String NewSegmentationProjectWizard_exists;
	public static String NewSegmentationProjectWizard_writeFailed;
	public static String ExportReportWizard_windowTitle;
	public static String ReportExportPage_title;
	public static String ReportExportPage_description;
	public static String ReportExportPage_model;
	public static String ReportExportPage_folder;
	public static String ReportExportPage_browse;
	public static String ReportExportPage_formats;
	public static String ReportExportPage_chooseFolder;
	public static String WorkspaceModels_none;
	public static String ReportExportPage_folderOutside;
	public static String ReportExportPage_noFormat;
	public static String ReportExportPage_unsaved;
	public static String ImportSurveyWizard_windowTitle;
	public static String SurveyImportPage_title;
	public static String SurveyImportPage_description;
	public static String SurveyImportPage_file;
	public static String SurveyImportPage_browse;
	public static String SurveyImportPage_model;
	public static String SurveyImportPage_dataSource;
	public static String SurveyImportPage_segmentation;
	public static String SurveyImportPage_segmentationTooltip;
	public static String SurveyImportPage_copy;
	public static String SurveyImportPage_link;
	public static String SurveyImportPage_createVariables;
	public static String SurveyImportPage_preview;
	public static String SurveyImportPage_chooseFile;
	public static String SurveyImportPage_unreadable;
	public static String SurveyImportPage_nameDataSource;
	public static String SurveyImportPage_fileBesideModel;
	public static String ReportJob_writing;
	public static String ReportJob_written;
	public static String ReportJob_leftOut;
	public static String ReportJob_someFailed;
	public static String ReportJob_formatFailed;
	public static String SurveyImportPage_column;
	public static String SurveyImportPage_type;
	public static String SurveyImportPage_missing;
	public static String SurveyImportPage_columnDescription;
	public static String SurveyImportPage_firstValues;
	public static String SurveyImportPage_surveyFiles;
	public static String SurveyImportPage_allFiles;
	public static String SurveyImportPage_noSuchFile;
	public static String SurveyImportPage_cannotRead;
	public static String SurveyImportPage_previewCancelled;
	public static String SurveyImportPage_delimiter;
	public static String SurveyImportPage_tab;
	public static String SurveyImportPage_semicolon;
	public static String SurveyImportPage_comma;
	public static String SurveyImportPage_encoding;
	public static String SurveyImportPage_encodingWithBom;
	public static String SurveyImportPage_decimalComma;
	public static String SurveyImportPage_decimalPoint;
	public static String SurveyImportPage_excel;
	public static String SurveyImportPage_tripleS;
	public static String SurveyImportPage_weight;
	public static String SurveyImportPage_spss;
	public static String SurveyImportPage_rows;
	public static String SurveyImportPage_columns;
	public static String ImportSurveyWizard_command;
	public static String SurveyImportPage_noSegmentation;
	public static String ImportSurveyWizard_cannotOpen;
	public static String ImportSurveyWizard_importFailed;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}

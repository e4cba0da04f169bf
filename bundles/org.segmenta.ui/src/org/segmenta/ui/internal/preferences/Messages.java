/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.ui.internal.preferences;

import org.eclipse.osgi.util.NLS;

/** The preference and property pages' texts, in {@code messages.properties} and its translations. */
public final class Messages extends NLS {

	public static String AnalysisPreferencePage_description;
	public static String AnalysisPreferencePage_method;
	public static String AnalysisPreferencePage_fewest;
	public static String AnalysisPreferencePage_most;
	public static String AnalysisPreferencePage_restarts;
	public static String AnalysisPreferencePage_seed;
	public static String AnalysisPreferencePage_standardise;
	public static String AnalysisPreferencePage_minShare;
	public static String AnalysisPreferencePage_validationNote;
	public static String AnalysisPreferencePage_fewestAboveMost;
	public static String DecimalFieldEditor_range;
	public static String ValidationPropertyPage_error;
	public static String ValidationPropertyPage_warning;
	public static String ValidationPropertyPage_info;
	public static String ValidationPropertyPage_description;
	public static String ValidationPropertyPage_statementPhrase;
	public static String ValidationPropertyPage_enabled;
	public static String ValidationPropertyPage_severity;
	public static String ValidationPropertyPage_saveFailed;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}

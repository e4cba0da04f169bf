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

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}

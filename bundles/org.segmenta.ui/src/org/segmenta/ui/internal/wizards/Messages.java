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

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}

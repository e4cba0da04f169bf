/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.ui.internal.validation;

import org.eclipse.osgi.util.NLS;

/** Validation's texts in the workbench (quick fixes, the job), in {@code messages.properties} and its translations. */
public final class Messages extends NLS {

	public static String ModelFix_rephrase;
	public static String ModelFix_rephraseDescription;
	public static String ModelFix_makePrimary;
	public static String ModelFix_makePrimaryDescription;
	public static String ModelFix_makePrimaryCommand;
	public static String ModelFix_rename;
	public static String ModelFix_renameDescription;
	public static String ModelFix_lowerMinimum;
	public static String ModelFix_raiseMaximum;
	public static String ModelFix_boundsDescription;
	public static String ModelFix_removeReferences;
	public static String ModelFix_removeReferencesDescription;
	public static String ModelFix_removeReferencesCommand;
	public static String ModelValidationJob_validating;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}

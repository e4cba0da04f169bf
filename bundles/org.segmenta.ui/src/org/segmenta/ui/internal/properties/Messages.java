/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.ui.internal.properties;

import org.eclipse.osgi.util.NLS;

/** The Properties view's texts, in {@code messages.properties} and its translations. */
public final class Messages extends NLS {

	public static String ValidationSection_rule;
	public static String ValidationSection_finding;
	public static String ValidationSection_validate;
	public static String ValidationSection_quickFix;
	public static String ValidationSection_quickFixWith;
	public static String SegmentProfileSection_variable;
	public static String SegmentProfileSection_level;
	public static String SegmentProfileSection_segment;
	public static String SegmentProfileSection_total;
	public static String SegmentProfileSection_index;
	public static String SegmentProfileSection_question;
	public static String ChoiceField_none;
	public static String TextField_invalid;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}

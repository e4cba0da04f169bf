/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.ui.internal.charts;

import org.eclipse.osgi.util.NLS;

/** The Charts view's texts, in {@code messages.properties} and its translations. */
public final class Messages extends NLS {

	public static String ChartKind_segmentSizes;
	public static String ChartKind_profileIndex;
	public static String ChartKind_communityOverlap;
	public static String ChartKind_opportunityLandscape;
	public static String ChartKind_buyingCentreInfluence;
	public static String ChartsView_hint;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}

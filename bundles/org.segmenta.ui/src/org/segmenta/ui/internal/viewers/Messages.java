/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.ui.internal.viewers;

import org.eclipse.osgi.util.NLS;

/** The texts of the viewers over EMF.Edit item providers, in {@code messages.properties} and its translations. */
public final class Messages extends NLS {

	public static String ItemPropertyDescriptorAdapter_invalid;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}

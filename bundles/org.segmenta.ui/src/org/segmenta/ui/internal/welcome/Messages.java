/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.ui.internal.welcome;

import org.eclipse.osgi.util.NLS;

/** The welcome page's texts, in {@code messages.properties} and its translations. */
public final class Messages extends NLS {

	public static String WelcomePart_title;
	public static String WelcomePart_text;
	public static String WelcomePart_example;
	public static String WelcomePart_openFailed;
	public static String WelcomePart_createFailed;
	public static String ExampleProjects_creating;
	public static String ExampleProjects_copyFailed;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}

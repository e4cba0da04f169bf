/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.ui.internal;

import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;

/**
 * Loads the native browser library of SWT's GTK browser, WebKitGTK, off the UI thread. SWT opens
 * that library (and the hundred libraries it links) in the first call into it, which the first
 * {@link Browser} of the process makes on the UI thread: about 300 ms of the cold first open of a
 * diagram. Asking the library's version from the editor's job opens it there instead; the browser
 * then finds it open. SWT has no API for this, so the version is asked through its internal
 * binding, by reflection: where that binding differs (another SWT, another platform), nothing is
 * loaded ahead, and the first browser loads the library as before.
 */
final class BrowserLibrary {

	private static final String WEBKIT_BINDING = "org.eclipse.swt.internal.webkit.WebKitGTK";
	private static final AtomicBoolean ASKED = new AtomicBoolean();

	private BrowserLibrary() {
	}

	/** Opens WebKitGTK once per process, on the calling thread; returns at once after the first call. */
	static void loadAhead() {
		if (!"gtk".equals(SWT.getPlatform()) || !ASKED.compareAndSet(false, true)) {
			return;
		}
		try {
			// a pure function of the library, which SWT's binding opens on its first call
			Class.forName(WEBKIT_BINDING, true, Browser.class.getClassLoader()).getMethod("webkit_get_major_version")
					.invoke(null);
		} catch (ReflectiveOperationException | LinkageError | SecurityException e) {
			// the first browser opens the library itself
		}
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.ui.internal;

import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * The Segmenta product's life-cycle handler (its {@code lifeCycleURI}): opens the browser engine
 * that draws the diagrams (WebKitGTK on Linux) while the workbench starts, behind the splash screen
 * and before any window is shown. Otherwise the first diagram of a session opens the engine's
 * library and creates its web context on the UI thread, holding it 200-300 ms while the user
 * waits; that can only happen on the UI thread (see {@link DiagramStartup}). In an Eclipse IDE,
 * whose product has its own handler or none, the first diagram still opens the engine.
 */
public final class BrowserEngineStartup {

	@PostContextCreate
	void openBrowserEngine() {
		Display display = Display.getCurrent();
		if (display == null) {
			return;
		}
		Shell hidden = new Shell(display);
		try {
			new Browser(hidden, SWT.NONE);
		} catch (SWTError e) {
			// no browser engine on this machine: the diagram editor says so when a diagram opens
		} finally {
			hidden.dispose();
		}
	}
}

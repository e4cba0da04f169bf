/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.ui.internal;

import org.eclipse.ui.IStartup;
import org.segmenta.diagram.DiagramKinds;

/**
 * Reads the diagram kinds' descriptions in the workbench's background start-up job, which the
 * Representations menu and the opening of the first diagram of a session would otherwise read on
 * the UI thread. A user who never opens a diagram pays a fraction of a second of a background
 * thread. WebKitGTK's library, the other part of the first open, is not opened ahead in the same
 * way: opening it off the UI thread, while GTK runs there, deadlocked the process in the dynamic
 * loader (seen in a workbench test), so it is opened on the UI thread: by the Segmenta product
 * behind its splash screen ({@link BrowserEngineStartup}), elsewhere by the first browser.
 */
public final class DiagramStartup implements IStartup {

	@Override
	public void earlyStartup() {
		DiagramKinds.getDefault();
	}
}

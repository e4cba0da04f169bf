/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.ui.internal;

import org.eclipse.ui.IStartup;
import org.segmenta.diagram.DiagramKinds;

/**
 * Prepares, in the workbench's background start-up job, what the first diagram of a session would
 * otherwise do on the UI thread: reading the diagram kinds' descriptions (which the Representations
 * menu and the editor's opening ask for there) and opening the browser's native library
 * ({@link BrowserLibrary}). A user who never opens a diagram pays a fraction of a second of a
 * background thread; the first diagram opens without those pauses.
 */
public final class DiagramStartup implements IStartup {

	@Override
	public void earlyStartup() {
		DiagramKinds.getDefault();
		BrowserLibrary.loadAhead();
	}
}

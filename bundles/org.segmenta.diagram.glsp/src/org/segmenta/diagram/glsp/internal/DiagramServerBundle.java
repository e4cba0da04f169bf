/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.glsp.internal;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/** Stops the workbench's diagram server, with every session still open, when the bundle stops. */
public final class DiagramServerBundle implements BundleActivator {

	@Override
	public void start(BundleContext context) {
		// the server starts with the first diagram editor
	}

	@Override
	public void stop(BundleContext context) {
		DiagramHost.workbench().closeAll();
	}
}

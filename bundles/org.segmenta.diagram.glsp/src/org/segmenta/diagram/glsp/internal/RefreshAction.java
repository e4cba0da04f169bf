/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.glsp.internal;

import org.eclipse.glsp.server.actions.Action;

/** Sent inside the server when the model changed outside this diagram: rebuild and send it. */
public class RefreshAction extends Action {

	public static final String KIND = "segmentaRefresh";

	public RefreshAction() {
		super(KIND);
	}
}

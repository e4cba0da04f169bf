/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.glsp.internal;

import org.eclipse.glsp.server.actions.Action;

/**
 * Sent by the page in the workbench whenever its diagram changed: draw a thumbnail of the whole
 * diagram for the Outline view, at most {@code size} pixels wide and high. The server answers with
 * an {@link OutlineImageResult}.
 */
public class OutlineImageAction extends Action {

	public static final String KIND = "segmentaOutlineImage";

	private int size;

	public OutlineImageAction() {
		super(KIND);
	}

	/** The most pixels the thumbnail may take on its longer side. */
	public int getSize() {
		return size;
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.glsp.internal;

import org.eclipse.glsp.server.actions.Action;

/**
 * Sent by the client (toolbar, context menu, keys): render the diagram as it is now to SVG or PNG
 * with the painter of {@code ./segmenta export-diagram}. The server answers with an
 * {@link ExportImageResult}.
 */
public class ExportImageAction extends Action {

	public static final String KIND = "segmentaExportImage";

	private String format;

	public ExportImageAction() {
		super(KIND);
	}

	public ExportImageAction(String format) {
		this();
		this.format = format;
	}

	/** {@code svg} or {@code png}. */
	public String getFormat() {
		return format;
	}
}

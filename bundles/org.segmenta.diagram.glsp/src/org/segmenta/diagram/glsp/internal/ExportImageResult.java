/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.glsp.internal;

import org.eclipse.glsp.server.actions.Action;

/** The image an {@link ExportImageAction} asked for: its file name and its bytes in Base64. */
public class ExportImageResult extends Action {

	public static final String KIND = "segmentaExportImageResult";

	private final String format;
	private final String fileName;
	private final String mimeType;
	private final String data;

	public ExportImageResult(String format, String fileName, String mimeType, String data) {
		super(KIND);
		this.format = format;
		this.fileName = fileName;
		this.mimeType = mimeType;
		this.data = data;
	}

	public String getFormat() {
		return format;
	}

	public String getFileName() {
		return fileName;
	}

	public String getMimeType() {
		return mimeType;
	}

	public String getData() {
		return data;
	}
}

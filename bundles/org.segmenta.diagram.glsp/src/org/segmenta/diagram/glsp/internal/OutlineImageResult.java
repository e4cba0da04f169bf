/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.glsp.internal;

import org.eclipse.glsp.server.actions.Action;

/**
 * The thumbnail an {@link OutlineImageAction} asked for, as a PNG in Base64, with what places the
 * diagram on it: a diagram point (x, y) is at pixel ((x + margin) × scale, (y + margin) × scale).
 */
public class OutlineImageResult extends Action {

	public static final String KIND = "segmentaOutlineImageResult";

	private final String data;
	private final double scale;
	private final double margin;

	public OutlineImageResult(String data, double scale, double margin) {
		super(KIND);
		this.data = data;
		this.scale = scale;
		this.margin = margin;
	}

	public String getData() {
		return data;
	}

	public double getScale() {
		return scale;
	}

	public double getMargin() {
		return margin;
	}
}

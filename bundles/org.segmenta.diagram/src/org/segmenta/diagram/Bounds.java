/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram;

/** A node's position, relative to its parent node (or the diagram), and size, in pixels. */
public record Bounds(double x, double y, double width, double height) {

	public Bounds {
		if (!(width > 0 && height > 0) || !Double.isFinite(x) || !Double.isFinite(y)) {
			throw new IllegalArgumentException("bounds need a finite position and a positive size: " + x + ", " + y
					+ ", " + width + " x " + height);
		}
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram;

/** A point in diagram coordinates (pixels, y downwards). */
public record Point(double x, double y) {
}

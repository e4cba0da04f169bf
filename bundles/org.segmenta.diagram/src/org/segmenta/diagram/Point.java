package org.segmenta.diagram;

/** A point in diagram coordinates (pixels, y downwards). */
public record Point(double x, double y) {
}

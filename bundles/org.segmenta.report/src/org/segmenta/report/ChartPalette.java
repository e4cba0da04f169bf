/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.report;

import java.awt.Color;
import java.util.List;
import java.util.regex.Pattern;

import org.segmenta.model.Segment;

/**
 * The colours of every chart: a segment's own {@link Segment#getColour() colour} where the model
 * sets one, otherwise a muted qualitative palette that stays distinguishable when printed; and the
 * two ends of the scales used by heat maps.
 */
public final class ChartPalette {

	/** Qualitative colours, in the order series take them. */
	public static final List<Color> SERIES = List.of(new Color(0x3E6A8A), new Color(0xD08C3F), new Color(0x5B8E7D),
			new Color(0xB5525C), new Color(0x6C5B8E), new Color(0x7A8591), new Color(0xC9A227), new Color(0x2E8B9A),
			new Color(0x8E5B3E), new Color(0x5E7A2E));

	/** Below the reference (e.g. an index under 100). */
	public static final Color LOW = new Color(0x3E6A8A);

	/** Above the reference (e.g. an index over 100). */
	public static final Color HIGH = new Color(0xC0662B);

	/** The neutral middle of a diverging scale. */
	public static final Color NEUTRAL = new Color(0xF7F7F7);

	public static final Color TEXT = new Color(0x222222);

	public static final Color GRID = new Color(0xD9D9D9);

	private static final Pattern HEX_COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

	private ChartPalette() {
	}

	/** The {@code index}-th palette colour, cycling. */
	public static Color series(int index) {
		return SERIES.get(Math.floorMod(index, SERIES.size()));
	}

	/** The segment's own colour when it is a valid {@code #RRGGBB}, else the {@code index}-th palette colour. */
	public static Color of(Segment segment, int index) {
		String colour = segment.getColour();
		if (colour != null && HEX_COLOUR.matcher(colour.strip()).matches()) {
			return new Color(Integer.parseInt(colour.strip().substring(1), 16));
		}
		return series(index);
	}

	/** The segment colour in CSS, for tables and legends next to the charts. */
	public static String css(Color colour) {
		return String.format("#%06X", colour.getRGB() & 0xFFFFFF);
	}

	/** A colour between {@code from} (t = 0) and {@code to} (t = 1). */
	public static Color blend(Color from, Color to, double t) {
		double clamped = Math.max(0, Math.min(1, t));
		return new Color((int) Math.round(from.getRed() + (to.getRed() - from.getRed()) * clamped),
				(int) Math.round(from.getGreen() + (to.getGreen() - from.getGreen()) * clamped),
				(int) Math.round(from.getBlue() + (to.getBlue() - from.getBlue()) * clamped));
	}

	/** The contrast WCAG asks of text at ordinary sizes. */
	public static final double READABLE_CONTRAST = 4.5;

	/**
	 * The text colour, or white, whichever has the higher contrast on {@code background}; black where
	 * neither reaches {@link #READABLE_CONTRAST} (mid-tones, where black still does).
	 */
	public static Color textOn(Color background) {
		double dark = contrast(TEXT, background);
		double light = contrast(Color.WHITE, background);
		if (Math.max(dark, light) < READABLE_CONTRAST) {
			return Color.BLACK;
		}
		return dark >= light ? TEXT : Color.WHITE;
	}

	/** WCAG 2's contrast ratio of two colours, from 1 (the same) to 21 (black on white). */
	public static double contrast(Color a, Color b) {
		double first = luminance(a);
		double second = luminance(b);
		return (Math.max(first, second) + 0.05) / (Math.min(first, second) + 0.05);
	}

	/** WCAG 2's relative luminance: the linear-light sRGB channels, weighted as the eye sees them. */
	private static double luminance(Color colour) {
		return 0.2126 * linear(colour.getRed()) + 0.7152 * linear(colour.getGreen()) + 0.0722 * linear(colour.getBlue());
	}

	private static double linear(int channel) {
		double c = channel / 255.0;
		return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.internal;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Measures and wraps diagram text with the font the image export draws with, so node sizes fit their
 * text in every renderer. DejaVu Sans is preferred because it covers æøå and äö everywhere.
 */
public final class TextMetrics {

	/** The CSS font stack of SVG output and the web client; its first family is the one measured. */
	public static final String FONT_STACK = "'DejaVu Sans', 'Segoe UI', Arial, sans-serif";

	// asking for the family and checking what came back is far cheaper than listing every family
	private static final String FAMILY = "DejaVu Sans".equals(new Font("DejaVu Sans", Font.PLAIN, 12).getFamily(Locale.ROOT))
			? "DejaVu Sans" : Font.SANS_SERIF;
	private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);
	/**
	 * Measured widths: a diagram is rebuilt after every edit, and laying out glyphs costs far more
	 * than looking the same label up again. Bounded, so a long session does not grow it for ever.
	 */
	private static final Map<Measured, Double> WIDTHS = new ConcurrentHashMap<>();
	private static final int MAX_CACHED_WIDTHS = 100_000;

	private record Measured(String text, Font font) {
	}

	private TextMetrics() {
	}

	public static Font font(int size, boolean bold) {
		return new Font(FAMILY, bold ? Font.BOLD : Font.PLAIN, size);
	}

	public static double width(String text, Font font) {
		if (text.isEmpty()) {
			return 0;
		}
		Measured key = new Measured(text, font);
		Double width = WIDTHS.get(key);
		if (width == null) {
			if (WIDTHS.size() >= MAX_CACHED_WIDTHS) {
				WIDTHS.clear();
			}
			width = font.getStringBounds(text, CONTEXT).getWidth();
			WIDTHS.put(key, width);
		}
		return width;
	}

	/** The distance from one baseline to the next. */
	public static double lineHeight(Font font) {
		return Math.ceil(font.getSize2D() * 1.3);
	}

	/**
	 * {@code text} broken at spaces into lines no wider than {@code maxWidth}, at most
	 * {@code maxLines} of them; the last line ends with an ellipsis when text is left over.
	 */
	public static List<String> wrap(String text, Font font, double maxWidth, int maxLines) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		String[] words = text.strip().split("\\s+");
		int index = 0;
		while (index < words.length && lines.size() < maxLines) {
			String candidate = line.isEmpty() ? words[index] : line + " " + words[index];
			if (width(candidate, font) <= maxWidth || line.isEmpty()) {
				line.setLength(0);
				line.append(candidate);
				index++;
			} else {
				lines.add(line.toString());
				line.setLength(0);
			}
		}
		if (!line.isEmpty() && lines.size() < maxLines) {
			lines.add(line.toString());
		}
		if (index < words.length || lines.stream().anyMatch(l -> width(l, font) > maxWidth)) {
			int last = lines.size() - 1;
			lines.set(last, ellipsis(lines.get(last), font, maxWidth));
		}
		return lines;
	}

	private static String ellipsis(String line, Font font, double maxWidth) {
		String shortened = line;
		while (!shortened.isEmpty() && width(shortened + "…", font) > maxWidth) {
			shortened = shortened.substring(0, shortened.length() - 1).stripTrailing();
		}
		return shortened + "…";
	}
}

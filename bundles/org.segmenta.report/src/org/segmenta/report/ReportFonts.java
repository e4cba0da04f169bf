/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.report;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The font of every report: DejaVu Sans, bundled under {@code fonts/} (Bitstream Vera licence),
 * because it covers Danish, Swedish and Finnish letters on every machine. PDFs embed it; charts
 * draw with it, so PNG charts look the same whatever fonts the machine has.
 */
public final class ReportFonts {

	/** The family name charts and style sheets ask for. */
	public static final String FAMILY = "DejaVu Sans";

	public enum Face {
		REGULAR("DejaVuSans.ttf"), BOLD("DejaVuSans-Bold.ttf"), ITALIC("DejaVuSans-Oblique.ttf");

		private final String file;

		Face(String file) {
			this.file = file;
		}
	}

	private static volatile boolean registered;

	private ReportFonts() {
	}

	/** The TrueType file of {@code face}; the caller closes it. */
	public static InputStream open(Face face) throws IOException {
		InputStream stream = ReportFonts.class.getResourceAsStream("/fonts/" + face.file);
		if (stream == null) {
			throw new IOException("the report font fonts/" + face.file + " is missing from the org.segmenta.report bundle");
		}
		return stream;
	}

	/** The font in AWT, for charts, after making the bundled faces known to Java2D. */
	public static Font awt(int style, float size) {
		registerWithJava2D();
		return new Font(FAMILY, style, Math.round(size)).deriveFont(size);
	}

	private static void registerWithJava2D() {
		if (registered) {
			return;
		}
		synchronized (ReportFonts.class) {
			if (registered) {
				return;
			}
			GraphicsEnvironment environment = GraphicsEnvironment.getLocalGraphicsEnvironment();
			for (Face face : Face.values()) {
				try (InputStream stream = open(face)) {
					environment.registerFont(Font.createFont(Font.TRUETYPE_FONT, stream));
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				} catch (FontFormatException e) {
					throw new IllegalStateException("the bundled font " + face.file + " is not a TrueType font", e);
				}
			}
			registered = true;
		}
	}
}

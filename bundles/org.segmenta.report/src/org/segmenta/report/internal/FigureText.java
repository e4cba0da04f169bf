/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.report.internal;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.geom.AffineTransform;
import java.io.IOException;
import java.text.AttributedCharacterIterator;
import java.util.Set;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.segmenta.report.ReportChart;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;

/**
 * The text of a chart or diagram drawn through PDFBox-Graphics2D: set in the report's embedded
 * DejaVu faces, so that it stays text (selectable, searchable, sharp), and measured, so that the
 * report can scale a figure to keep its smallest text readable.
 */
public final class FigureText extends PdfBoxGraphics2DFontTextDrawer {

	private final PDFont regular;
	private final PDFont bold;
	private final PDFont italic;
	private final boolean draws;
	private float smallest = Float.POSITIVE_INFINITY;

	private FigureText(PDFont regular, PDFont bold, PDFont italic, boolean draws) {
		this.regular = regular;
		this.bold = bold;
		this.italic = italic;
		this.draws = draws;
	}

	/**
	 * {@code chart} drawn at its layout size into a form of {@code pdf}, a unit a point, its text in
	 * the given faces: the elements with the ids {@code shown}, or all where that is empty.
	 */
	public static PDFormXObject draw(PDDocument pdf, ReportChart chart, Set<String> shown, PDFont regular, PDFont bold,
			PDFont italic) throws IOException {
		return new FigureText(regular, bold, italic, true).drawInto(pdf, chart, shown).getXFormObject();
	}

	/**
	 * The size of the smallest text {@code chart} draws, in its layout units (infinite when it draws
	 * none), measured by drawing it into a scratch PDF that keeps no text.
	 */
	public static float smallest(ReportChart chart) {
		try (PDDocument scratch = new PDDocument()) {
			FigureText text = new FigureText(null, null, null, false);
			text.drawInto(scratch, chart, Set.of());
			return text.smallest;
		} catch (IOException e) {
			throw new IllegalStateException("the figure " + chart.id() + " could not be measured", e);
		}
	}

	private PdfBoxGraphics2D drawInto(PDDocument pdf, ReportChart chart, Set<String> shown) throws IOException {
		PdfBoxGraphics2D graphics = new PdfBoxGraphics2D(pdf, chart.width(), chart.height());
		try {
			graphics.setFontTextDrawer(this);
			chart.draw(graphics, shown);
		} finally {
			graphics.dispose();
		}
		return graphics;
	}

	@Override
	public boolean canDrawText(AttributedCharacterIterator iterator, IFontTextDrawerEnv env)
			throws IOException, FontFormatException {
		// measuring needs no glyphs; drawing falls back to outlines only for a character DejaVu lacks
		return !draws || super.canDrawText(iterator, env);
	}

	@Override
	public void drawText(AttributedCharacterIterator iterator, IFontTextDrawerEnv env)
			throws IOException, FontFormatException {
		record(env);
		if (draws) {
			super.drawText(iterator, env);
		}
	}

	private void record(IFontTextDrawerEnv env) {
		// the transform's scale (rotation and the canvas's own y flip aside) times the font's size
		AffineTransform transform = env.getCurrentEffectiveTransform();
		float size = (float) (env.getFont().getSize2D() * Math.sqrt(Math.abs(transform.getDeterminant())));
		if (size > 0) {
			smallest = Math.min(smallest, size);
		}
	}

	@Override
	protected PDFont mapFont(Font font, IFontTextDrawerEnv env) {
		// every figure draws in DejaVu Sans (ReportFonts, the diagrams' TextMetrics)
		if (font.isBold()) {
			return bold;
		}
		return font.isItalic() ? italic : regular;
	}
}

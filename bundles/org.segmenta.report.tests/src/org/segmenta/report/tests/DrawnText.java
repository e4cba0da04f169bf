/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.report.tests;

import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.GraphicsConfiguration;
import java.awt.Image;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.BufferedImageOp;
import java.awt.image.ImageObserver;
import java.awt.image.RenderedImage;
import java.awt.image.renderable.RenderableImage;
import java.text.AttributedCharacterIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;

/**
 * A chart drawn into an image through a canvas that notes every text it draws: the string, the box
 * it takes on the image (its advance and the font's ascent and descent, through the transform in
 * effect), its colour and the clip it was drawn in. Everything else is drawn as it is.
 */
final class DrawnText extends Graphics2D {

	/** One text as drawn: {@code bounds} and {@code clip} in image pixels; {@code clip} null when none. */
	record Text(String text, Rectangle2D bounds, Color colour, Rectangle2D clip, Font font) {
	}

	/** The drawn chart: its image, what the chart reported about its layout, and its texts in drawing order. */
	record Drawing(BufferedImage image, ChartRenderingInfo info, List<Text> texts) {

		List<Text> withText(String text) {
			return texts.stream().filter(t -> t.text().equals(text)).toList();
		}
	}

	private final Graphics2D target;
	private final List<Text> texts;

	private DrawnText(Graphics2D target, List<Text> texts) {
		this.target = target;
		this.texts = texts;
	}

	/** {@code chart} drawn at {@code width} × {@code height}, one pixel a layout unit, as the report lays it out. */
	static Drawing draw(JFreeChart chart, int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		List<Text> texts = new ArrayList<>();
		Graphics2D canvas = image.createGraphics();
		canvas.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		canvas.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		ChartRenderingInfo info = new ChartRenderingInfo();
		DrawnText recording = new DrawnText(canvas, texts);
		chart.draw(recording, new Rectangle2D.Double(0, 0, width, height), info);
		recording.dispose();
		return new Drawing(image, info, List.copyOf(texts));
	}

	private void record(String text, Rectangle2D userBounds) {
		if (text.isBlank()) {
			return;
		}
		AffineTransform transform = target.getTransform();
		Shape clip = target.getClip();
		Rectangle2D deviceClip = clip == null ? null : transform.createTransformedShape(clip).getBounds2D();
		Color colour = target.getPaint() instanceof Color c ? c : null;
		texts.add(new Text(text, transform.createTransformedShape(userBounds).getBounds2D(), colour, deviceClip,
				target.getFont()));
	}

	private Rectangle2D stringBounds(String text, double x, double y) {
		Rectangle2D logical = target.getFont().getStringBounds(text, target.getFontRenderContext());
		return new Rectangle2D.Double(x + logical.getX(), y + logical.getY(), logical.getWidth(), logical.getHeight());
	}

	@Override
	public void drawString(String str, int x, int y) {
		drawString(str, (float) x, (float) y);
	}

	@Override
	public void drawString(String str, float x, float y) {
		record(str, stringBounds(str, x, y));
		target.drawString(str, x, y);
	}

	@Override
	public void drawString(AttributedCharacterIterator iterator, int x, int y) {
		drawString(iterator, (float) x, (float) y);
	}

	@Override
	public void drawString(AttributedCharacterIterator iterator, float x, float y) {
		StringBuilder text = new StringBuilder();
		for (char c = iterator.first(); c != AttributedCharacterIterator.DONE; c = iterator.next()) {
			text.append(c);
		}
		iterator.first();
		record(text.toString(), stringBounds(text.toString(), x, y));
		target.drawString(iterator, x, y);
	}

	@Override
	public void drawGlyphVector(GlyphVector glyphs, float x, float y) {
		Rectangle2D logical = glyphs.getLogicalBounds();
		StringBuilder codes = new StringBuilder();
		for (int i = 0; i < glyphs.getNumGlyphs(); i++) {
			codes.append('#').append(glyphs.getGlyphCode(i));
		}
		record(codes.toString(),
				new Rectangle2D.Double(x + logical.getX(), y + logical.getY(), logical.getWidth(), logical.getHeight()));
		target.drawGlyphVector(glyphs, x, y);
	}

	@Override
	public Graphics create() {
		return new DrawnText((Graphics2D) target.create(), texts);
	}

	@Override
	public void dispose() {
		target.dispose();
	}

	// everything below draws as the image's own canvas does

	@Override
	public void draw(Shape s) {
		target.draw(s);
	}

	@Override
	public boolean drawImage(Image img, AffineTransform xform, ImageObserver obs) {
		return target.drawImage(img, xform, obs);
	}

	@Override
	public void drawImage(BufferedImage img, BufferedImageOp op, int x, int y) {
		target.drawImage(img, op, x, y);
	}

	@Override
	public void drawRenderedImage(RenderedImage img, AffineTransform xform) {
		target.drawRenderedImage(img, xform);
	}

	@Override
	public void drawRenderableImage(RenderableImage img, AffineTransform xform) {
		target.drawRenderableImage(img, xform);
	}

	@Override
	public void fill(Shape s) {
		target.fill(s);
	}

	@Override
	public boolean hit(Rectangle rect, Shape s, boolean onStroke) {
		return target.hit(rect, s, onStroke);
	}

	@Override
	public GraphicsConfiguration getDeviceConfiguration() {
		return target.getDeviceConfiguration();
	}

	@Override
	public void setComposite(Composite comp) {
		target.setComposite(comp);
	}

	@Override
	public void setPaint(Paint paint) {
		target.setPaint(paint);
	}

	@Override
	public void setStroke(Stroke s) {
		target.setStroke(s);
	}

	@Override
	public void setRenderingHint(RenderingHints.Key hintKey, Object hintValue) {
		target.setRenderingHint(hintKey, hintValue);
	}

	@Override
	public Object getRenderingHint(RenderingHints.Key hintKey) {
		return target.getRenderingHint(hintKey);
	}

	@Override
	public void setRenderingHints(Map<?, ?> hints) {
		target.setRenderingHints(hints);
	}

	@Override
	public void addRenderingHints(Map<?, ?> hints) {
		target.addRenderingHints(hints);
	}

	@Override
	public RenderingHints getRenderingHints() {
		return target.getRenderingHints();
	}

	@Override
	public void translate(int x, int y) {
		target.translate(x, y);
	}

	@Override
	public void translate(double tx, double ty) {
		target.translate(tx, ty);
	}

	@Override
	public void rotate(double theta) {
		target.rotate(theta);
	}

	@Override
	public void rotate(double theta, double x, double y) {
		target.rotate(theta, x, y);
	}

	@Override
	public void scale(double sx, double sy) {
		target.scale(sx, sy);
	}

	@Override
	public void shear(double shx, double shy) {
		target.shear(shx, shy);
	}

	@Override
	public void transform(AffineTransform tx) {
		target.transform(tx);
	}

	@Override
	public void setTransform(AffineTransform tx) {
		target.setTransform(tx);
	}

	@Override
	public AffineTransform getTransform() {
		return target.getTransform();
	}

	@Override
	public Paint getPaint() {
		return target.getPaint();
	}

	@Override
	public Composite getComposite() {
		return target.getComposite();
	}

	@Override
	public void setBackground(Color color) {
		target.setBackground(color);
	}

	@Override
	public Color getBackground() {
		return target.getBackground();
	}

	@Override
	public Stroke getStroke() {
		return target.getStroke();
	}

	@Override
	public void clip(Shape s) {
		target.clip(s);
	}

	@Override
	public FontRenderContext getFontRenderContext() {
		return target.getFontRenderContext();
	}

	@Override
	public Color getColor() {
		return target.getColor();
	}

	@Override
	public void setColor(Color c) {
		target.setColor(c);
	}

	@Override
	public void setPaintMode() {
		target.setPaintMode();
	}

	@Override
	public void setXORMode(Color c1) {
		target.setXORMode(c1);
	}

	@Override
	public Font getFont() {
		return target.getFont();
	}

	@Override
	public void setFont(Font font) {
		target.setFont(font);
	}

	@Override
	public FontMetrics getFontMetrics(Font f) {
		return target.getFontMetrics(f);
	}

	@Override
	public Rectangle getClipBounds() {
		return target.getClipBounds();
	}

	@Override
	public void clipRect(int x, int y, int width, int height) {
		target.clipRect(x, y, width, height);
	}

	@Override
	public void setClip(int x, int y, int width, int height) {
		target.setClip(x, y, width, height);
	}

	@Override
	public Shape getClip() {
		return target.getClip();
	}

	@Override
	public void setClip(Shape clip) {
		target.setClip(clip);
	}

	@Override
	public void copyArea(int x, int y, int width, int height, int dx, int dy) {
		target.copyArea(x, y, width, height, dx, dy);
	}

	@Override
	public void drawLine(int x1, int y1, int x2, int y2) {
		target.drawLine(x1, y1, x2, y2);
	}

	@Override
	public void fillRect(int x, int y, int width, int height) {
		target.fillRect(x, y, width, height);
	}

	@Override
	public void clearRect(int x, int y, int width, int height) {
		target.clearRect(x, y, width, height);
	}

	@Override
	public void drawRoundRect(int x, int y, int width, int height, int arcWidth, int arcHeight) {
		target.drawRoundRect(x, y, width, height, arcWidth, arcHeight);
	}

	@Override
	public void fillRoundRect(int x, int y, int width, int height, int arcWidth, int arcHeight) {
		target.fillRoundRect(x, y, width, height, arcWidth, arcHeight);
	}

	@Override
	public void drawOval(int x, int y, int width, int height) {
		target.drawOval(x, y, width, height);
	}

	@Override
	public void fillOval(int x, int y, int width, int height) {
		target.fillOval(x, y, width, height);
	}

	@Override
	public void drawArc(int x, int y, int width, int height, int startAngle, int arcAngle) {
		target.drawArc(x, y, width, height, startAngle, arcAngle);
	}

	@Override
	public void fillArc(int x, int y, int width, int height, int startAngle, int arcAngle) {
		target.fillArc(x, y, width, height, startAngle, arcAngle);
	}

	@Override
	public void drawPolyline(int[] xPoints, int[] yPoints, int nPoints) {
		target.drawPolyline(xPoints, yPoints, nPoints);
	}

	@Override
	public void drawPolygon(int[] xPoints, int[] yPoints, int nPoints) {
		target.drawPolygon(xPoints, yPoints, nPoints);
	}

	@Override
	public void fillPolygon(int[] xPoints, int[] yPoints, int nPoints) {
		target.fillPolygon(xPoints, yPoints, nPoints);
	}

	@Override
	public boolean drawImage(Image img, int x, int y, ImageObserver observer) {
		return target.drawImage(img, x, y, observer);
	}

	@Override
	public boolean drawImage(Image img, int x, int y, int width, int height, ImageObserver observer) {
		return target.drawImage(img, x, y, width, height, observer);
	}

	@Override
	public boolean drawImage(Image img, int x, int y, Color bgcolor, ImageObserver observer) {
		return target.drawImage(img, x, y, bgcolor, observer);
	}

	@Override
	public boolean drawImage(Image img, int x, int y, int width, int height, Color bgcolor, ImageObserver observer) {
		return target.drawImage(img, x, y, width, height, bgcolor, observer);
	}

	@Override
	public boolean drawImage(Image img, int dx1, int dy1, int dx2, int dy2, int sx1, int sy1, int sx2, int sy2,
			ImageObserver observer) {
		return target.drawImage(img, dx1, dy1, dx2, dy2, sx1, sy1, sx2, sy2, observer);
	}

	@Override
	public boolean drawImage(Image img, int dx1, int dy1, int dx2, int dy2, int sx1, int sy1, int sx2, int sy2,
			Color bgcolor, ImageObserver observer) {
		return target.drawImage(img, dx1, dy1, dx2, dy2, sx1, sy1, sx2, sy2, bgcolor, observer);
	}
}

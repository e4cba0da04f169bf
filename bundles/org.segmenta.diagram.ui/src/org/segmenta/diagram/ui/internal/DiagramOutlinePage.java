/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.ui.internal;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.part.Page;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

/**
 * The Outline view's page for a diagram editor, as in Sirius: a thumbnail of the whole diagram with
 * a frame around the part in view. Pressing anywhere on it centres the view there; dragging the
 * frame scrolls the diagram with it.
 */
public final class DiagramOutlinePage extends Page implements IContentOutlinePage {

	private static final int PADDING = 6;

	private final DiagramThumbnail thumbnail;
	private final Runnable redraw = this::redraw;
	private Canvas canvas;
	private Image image;
	private ImageData imageShown;
	/** The diagram point under the pointer when a drag started, relative to the view's origin. */
	private double[] grip;

	DiagramOutlinePage(DiagramThumbnail thumbnail) {
		this.thumbnail = thumbnail;
	}

	@Override
	public void createControl(Composite parent) {
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
		canvas.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		canvas.addListener(SWT.Paint, event -> paint(event.gc));
		canvas.addListener(SWT.MouseDown, this::pressed);
		canvas.addListener(SWT.MouseMove, this::dragged);
		canvas.addListener(SWT.MouseUp, event -> grip = null);
		canvas.addListener(SWT.Dispose, event -> disposeImage());
		thumbnail.addListener(redraw);
	}

	/** What the page shows, for tests. */
	public DiagramThumbnail thumbnail() {
		return thumbnail;
	}

	/** The canvas the thumbnail is drawn on, for tests. */
	public Canvas canvas() {
		return canvas;
	}

	/** Where diagram point ({@code x}, {@code y}) is on the canvas, or null while there is no thumbnail. */
	public Point toCanvas(double x, double y) {
		double[] fit = fit();
		if (fit == null) {
			return null;
		}
		return new Point((int) Math.round(fit[0] + (x + thumbnail.margin()) * thumbnail.scale() * fit[2]),
				(int) Math.round(fit[1] + (y + thumbnail.margin()) * thumbnail.scale() * fit[2]));
	}

	/** The diagram point at canvas pixel ({@code x}, {@code y}), or null while there is no thumbnail. */
	public double[] toDiagram(int x, int y) {
		double[] fit = fit();
		if (fit == null) {
			return null;
		}
		return new double[] { (x - fit[0]) / fit[2] / thumbnail.scale() - thumbnail.margin(),
				(y - fit[1]) / fit[2] / thumbnail.scale() - thumbnail.margin() };
	}

	/** Where the thumbnail is drawn: its left and top on the canvas, and its zoom; null while there is none. */
	private double[] fit() {
		ImageData data = thumbnail.image();
		if (data == null || canvas == null || canvas.isDisposed()) {
			return null;
		}
		Rectangle area = canvas.getClientArea();
		double zoom = Math.min((area.width - 2.0 * PADDING) / data.width, (area.height - 2.0 * PADDING) / data.height);
		// a thumbnail is shrunk to its view, never blown up past its pixels
		zoom = Math.max(0.01, Math.min(1, zoom));
		return new double[] { (area.width - data.width * zoom) / 2, (area.height - data.height * zoom) / 2, zoom };
	}

	private void paint(GC gc) {
		ImageData data = thumbnail.image();
		double[] fit = fit();
		if (data == null || fit == null) {
			gc.drawText(Messages.DiagramOutline_waiting, PADDING, PADDING, true);
			return;
		}
		if (imageShown != data) {
			disposeImage();
			image = new Image(canvas.getDisplay(), data);
			imageShown = data;
		}
		gc.setAntialias(SWT.ON);
		gc.setInterpolation(SWT.HIGH);
		gc.drawImage(image, 0, 0, data.width, data.height, (int) Math.round(fit[0]), (int) Math.round(fit[1]),
				(int) Math.round(data.width * fit[2]), (int) Math.round(data.height * fit[2]));
		Rectangle frame = frame();
		if (frame != null) {
			gc.setAlpha(40);
			gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
			gc.fillRectangle(frame);
			gc.setAlpha(255);
			gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
			gc.setLineWidth(2);
			gc.drawRectangle(frame);
		}
	}

	/** The frame around the part in view, on the canvas; null until both the thumbnail and the view are known. */
	public Rectangle frame() {
		double[] viewport = thumbnail.viewport();
		if (viewport == null) {
			return null;
		}
		Point from = toCanvas(viewport[0], viewport[1]);
		Point to = toCanvas(viewport[0] + viewport[2], viewport[1] + viewport[3]);
		return from == null ? null : new Rectangle(from.x, from.y, to.x - from.x, to.y - from.y);
	}

	private void pressed(Event event) {
		double[] viewport = thumbnail.viewport();
		double[] point = toDiagram(event.x, event.y);
		if (event.button != 1 || viewport == null || point == null) {
			return;
		}
		Rectangle frame = frame();
		if (frame == null || !frame.contains(event.x, event.y)) {
			// a press outside the frame centres the view there, and the drag goes on from the middle
			viewport[0] = point[0] - viewport[2] / 2;
			viewport[1] = point[1] - viewport[3] / 2;
			thumbnail.scrollTo(viewport[0], viewport[1]);
		}
		grip = new double[] { point[0] - viewport[0], point[1] - viewport[1] };
	}

	private void dragged(Event event) {
		double[] point = toDiagram(event.x, event.y);
		if (grip == null || point == null || (event.stateMask & SWT.BUTTON1) == 0) {
			return;
		}
		thumbnail.scrollTo(point[0] - grip[0], point[1] - grip[1]);
	}

	private void redraw() {
		if (canvas != null && !canvas.isDisposed()) {
			canvas.redraw();
		}
	}

	private void disposeImage() {
		if (image != null) {
			image.dispose();
			image = null;
			imageShown = null;
		}
	}

	@Override
	public Control getControl() {
		return canvas;
	}

	@Override
	public void setFocus() {
		canvas.setFocus();
	}

	@Override
	public void dispose() {
		thumbnail.removeListener(redraw);
		super.dispose();
	}

	// the thumbnail selects nothing: the diagram and the model tree carry the selection

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener listener) {
	}

	@Override
	public void removeSelectionChangedListener(ISelectionChangedListener listener) {
	}

	@Override
	public ISelection getSelection() {
		return StructuredSelection.EMPTY;
	}

	@Override
	public void setSelection(ISelection selection) {
	}
}

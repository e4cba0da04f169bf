/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.ui.internal;

import java.io.ByteArrayInputStream;
import java.util.Base64;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.graphics.ImageData;

/**
 * What the Outline view shows of a diagram editor, as its page reports it: a thumbnail of the whole
 * diagram, drawn by the server after each change, and the part of the diagram in view. Used on the
 * UI thread only.
 */
public final class DiagramThumbnail {

	/** Where the user wants the view to start, in diagram coordinates. */
	@FunctionalInterface
	interface Scroller {
		void scrollTo(double x, double y);
	}

	private final Scroller scroller;
	private final ListenerList<Runnable> listeners = new ListenerList<>();
	private ImageData image;
	private double scale;
	private double margin;
	private double[] viewport;

	DiagramThumbnail(Scroller scroller) {
		this.scroller = scroller;
	}

	/** The thumbnail, or null until the page has sent one. */
	public ImageData image() {
		return image;
	}

	/** The thumbnail's pixels per diagram unit. */
	public double scale() {
		return scale;
	}

	/** The room around the diagram on the thumbnail, in diagram units. */
	public double margin() {
		return margin;
	}

	/** The part in view, {x, y, width, height} in diagram coordinates, or null until the page has said. */
	public double[] viewport() {
		return viewport == null ? null : viewport.clone();
	}

	/** The thumbnail the page sent: a PNG in Base64; one that cannot be read leaves the last one. */
	void imageArrived(String base64, double scale, double margin) {
		try {
			image = new ImageData(new ByteArrayInputStream(Base64.getDecoder().decode(base64)));
		} catch (IllegalArgumentException | SWTException unreadable) {
			return;
		}
		this.scale = scale;
		this.margin = margin;
		changed();
	}

	void viewportChanged(double x, double y, double width, double height) {
		viewport = new double[] { x, y, width, height };
		changed();
	}

	/** Shows the diagram from ({@code x}, {@code y}) in the editor. */
	public void scrollTo(double x, double y) {
		scroller.scrollTo(x, y);
	}

	void addListener(Runnable listener) {
		listeners.add(listener);
	}

	void removeListener(Runnable listener) {
		listeners.remove(listener);
	}

	private void changed() {
		listeners.forEach(Runnable::run);
	}
}

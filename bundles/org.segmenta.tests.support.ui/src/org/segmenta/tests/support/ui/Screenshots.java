/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.tests.support.ui;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

/**
 * Saves what a UI test shows to {@code NAME.png} in the folder named by the system property
 * {@value #FOLDER_PROPERTY} (the Maven build sets it to {@code target/screenshots}), for people to
 * look at; without it nothing is saved.
 */
public final class Screenshots {

	public static final String FOLDER_PROPERTY = "segmenta.screenshots";

	/** How long a browser is given to draw itself at a new size: WebKit draws in a process of its own. */
	private static final long REDRAW_MILLIS = 500;

	private Screenshots() {
	}

	/** Saves the workbench window, made 1400 x 900 (or the screen, if smaller). */
	public static void take(String name) throws Exception {
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		Rectangle screen = shell.getDisplay().getPrimaryMonitor().getBounds();
		Rectangle bounds = new Rectangle(0, 0, Math.min(1400, screen.width), Math.min(900, screen.height));
		if (!bounds.equals(shell.getBounds())) {
			shell.setBounds(bounds);
			// else the copy shows the browser's page at the old size, the rest of it black
			EventLoop.runFor(REDRAW_MILLIS);
		}
		take(name, shell);
	}

	/** Saves {@code shell} (a dialog, say) as it is on the screen. */
	public static void take(String name, Shell shell) throws Exception {
		String folder = System.getProperty(FOLDER_PROPERTY);
		if (folder == null) {
			return;
		}
		Display display = shell.getDisplay();
		shell.layout(true, true);
		while (display.readAndDispatch()) {
			// let the resized window paint before copying it
		}
		Rectangle area = shell.getBounds();
		Image image = new Image(display, area.width, area.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, area.x, area.y);
		} finally {
			gc.dispose();
		}
		Files.createDirectories(Path.of(folder));
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { image.getImageData() };
		loader.save(Path.of(folder, name + ".png").toString(), SWT.IMAGE_PNG);
		image.dispose();
	}
}

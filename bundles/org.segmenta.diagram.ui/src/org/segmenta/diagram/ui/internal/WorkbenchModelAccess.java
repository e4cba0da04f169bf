/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.ui.internal;

import org.eclipse.swt.widgets.Display;
import org.segmenta.diagram.glsp.ModelAccess;
import org.segmenta.model.edit.ModelCommandStack;

/**
 * How the diagram server touches a model of the workbench: changes on the UI thread, which owns
 * the model (viewers and the Properties view follow its changes there), without the UI thread
 * waiting for other threads' reads; and reads (building a diagram, copying the model for
 * validation) on the server's own thread while no command runs, so that a diagram of thousands of
 * nodes does not hold up the UI. The UI thread reads without the lock: it is the only one that
 * changes the model.
 */
public final class WorkbenchModelAccess implements ModelAccess {

	private final Display display;
	/** The display's thread, known after the display is gone: a server thread may finish a request while the workbench closes. */
	private final Thread uiThread;
	private final ModelCommandStack stack;

	public WorkbenchModelAccess(Display display, ModelCommandStack stack) {
		this.display = display;
		this.uiThread = display.getThread();
		this.stack = stack;
	}

	/**
	 * Runs {@code code} on the UI thread while no other thread reads the model; what does not go
	 * through the command stack (opening a diagram adds its view) is kept from readers too. The
	 * calling thread waits for the reads under way (another diagram being built, a validation
	 * copying the model), so that the UI thread finds the model unread and does not wait for them;
	 * should a read have begun in between, the calling thread waits again.
	 */
	@Override
	public void run(Runnable code) {
		if (uiThread == Thread.currentThread()) {
			stack.change(code);
			return;
		}
		boolean[] ran = new boolean[1];
		while (!ran[0]) {
			stack.awaitReaders();
			display.syncExec(() -> ran[0] = stack.changeIfUnread(code));
		}
	}

	@Override
	public void read(Runnable code) {
		if (uiThread == Thread.currentThread()) {
			code.run();
		} else {
			stack.read(code);
		}
	}
}

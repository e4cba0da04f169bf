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
 * the model (viewers and the Properties view follow its changes there), and reads (building a
 * diagram, copying the model for validation) on the server's own thread while no command runs, so
 * that a diagram of thousands of nodes does not hold up the UI. The UI thread reads without the
 * lock: it is the only one that changes the model.
 */
final class WorkbenchModelAccess implements ModelAccess {

	private final Display display;
	private final ModelCommandStack stack;

	WorkbenchModelAccess(Display display, ModelCommandStack stack) {
		this.display = display;
		this.stack = stack;
	}

	@Override
	public void run(Runnable code) {
		// what does not go through the command stack (opening a diagram adds its view) is kept from readers too
		display.syncExec(() -> stack.change(code));
	}

	@Override
	public void read(Runnable code) {
		if (display.getThread() == Thread.currentThread()) {
			code.run();
		} else {
			stack.read(code);
		}
	}
}

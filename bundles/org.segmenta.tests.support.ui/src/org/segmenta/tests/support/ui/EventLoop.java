/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.tests.support.ui;

import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Display;

/**
 * Runs the UI thread's event loop in a test that waits for the workbench: jobs hand their results
 * over through it, and the browser loads and talks through it.
 */
public final class EventLoop {

	private EventLoop() {
	}

	/** Runs the event loop until {@code condition} holds or {@code millis} have passed; whether it held. */
	public static boolean runUntil(long millis, BooleanSupplier condition) {
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + millis;
		while (System.currentTimeMillis() < deadline) {
			while (display.readAndDispatch()) {
				// every event that is there
			}
			if (condition.getAsBoolean()) {
				return true;
			}
			display.timerExec(50, () -> {
				// wakes the sleep below
			});
			display.sleep();
		}
		return condition.getAsBoolean();
	}

	/** Runs the event loop for {@code millis}. */
	public static void runFor(long millis) {
		runUntil(millis, () -> false);
	}
}

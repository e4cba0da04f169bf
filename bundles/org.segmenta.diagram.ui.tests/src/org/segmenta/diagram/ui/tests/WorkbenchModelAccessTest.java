/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;
import org.segmenta.diagram.ui.internal.WorkbenchModelAccess;
import org.segmenta.model.Project;
import org.segmenta.model.SegmentaFactory;
import org.segmenta.model.edit.ModelCommandStack;
import org.segmenta.model.edit.ModelEditingDomains;
import org.segmenta.tests.support.ui.EventLoop;

/**
 * A change the diagram server asks of the UI thread (opening a diagram adds its view) while another
 * thread reads the model (another diagram being built, a validation copying the model): the server's
 * thread waits for the read, the UI thread does not, and the change runs there once the read is over.
 */
class WorkbenchModelAccessTest {

	private static final long READ_MILLIS = 1500;

	@Test
	void aChangeAskedWhileAnotherThreadReadsWaitsOffTheUiThread() throws Exception {
		Display display = Display.getCurrent();
		ModelCommandStack stack = (ModelCommandStack) ModelEditingDomains.newEditingDomain().getCommandStack();
		Project project = SegmentaFactory.eINSTANCE.createProject();
		project.setName("Medlemmer");
		WorkbenchModelAccess access = new WorkbenchModelAccess(display, stack);

		CountDownLatch reading = new CountDownLatch(1);
		long[] readEnded = new long[1];
		Thread reader = new Thread(() -> stack.read(() -> {
			reading.countDown();
			sleep(READ_MILLIS);
			readEnded[0] = System.nanoTime();
		}), "a long read");
		reader.start();
		assertTrue(reading.await(10, TimeUnit.SECONDS));

		long[] changedAt = new long[1];
		boolean[] onUiThread = new boolean[1];
		Thread server = new Thread(() -> access.run(() -> {
			onUiThread[0] = Display.getCurrent() == display;
			project.setName("Jäsenet");
			changedAt[0] = System.nanoTime();
		}), "the diagram server");
		server.start();

		// the UI thread's longest gap between two beats of a 5 ms timer while the read lasts
		long[] lastBeat = { System.nanoTime() };
		long[] longestGap = new long[1];
		Runnable[] beat = new Runnable[1];
		beat[0] = () -> {
			long now = System.nanoTime();
			longestGap[0] = Math.max(longestGap[0], now - lastBeat[0]);
			lastBeat[0] = now;
			if (changedAt[0] == 0) {
				display.timerExec(5, beat[0]);
			}
		};
		display.timerExec(5, beat[0]);
		assertTrue(EventLoop.runUntil(30_000, () -> changedAt[0] != 0), "the change ran");
		server.join(10_000);
		reader.join(10_000);

		assertTrue(onUiThread[0], "the change runs on the UI thread");
		assertEquals("Jäsenet", project.getName());
		assertTrue(changedAt[0] > readEnded[0], "the change waited for the read");
		long gapMillis = TimeUnit.NANOSECONDS.toMillis(longestGap[0]);
		// waiting for the lock on the UI thread would hold it for most of the read's 1.5 s
		assertTrue(gapMillis < READ_MILLIS / 3, "the UI thread went on while the read lasted; longest gap " + gapMillis + " ms");
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}

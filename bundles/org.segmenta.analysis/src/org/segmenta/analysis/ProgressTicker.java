/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis;

import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Tells a long computation's progress to a monitor at most once per interval and checks for
 * cancellation, from within its passes over the data: a pass over ten million points takes seconds,
 * so a line per pass is not enough for a headless run to look alive or for Cancel to stop it at
 * once. Only the thread that created it talks to the monitor (a monitor need not be safe to call
 * from other threads); calls from other threads do nothing.
 */
final class ProgressTicker {

	/** How often a line is told: a long fit never looks stuck, and a log is not flooded. */
	static final long INTERVAL_NANOS = 1_000_000_000L;

	private final IProgressMonitor monitor;
	private final Thread owner = Thread.currentThread();
	/** When the last line was told; the start counts as one, as the caller has just begun its task. */
	private long lastTold = System.nanoTime();

	/** @param monitor where to tell, or {@code null} for nowhere */
	ProgressTicker(IProgressMonitor monitor) {
		this.monitor = monitor;
	}

	/**
	 * Throws {@link org.eclipse.core.runtime.OperationCanceledException} when the monitor is
	 * cancelled, and tells the line when the interval has passed since the last one; on the creating
	 * thread only.
	 */
	void tick(Supplier<String> line) {
		if (monitor == null || Thread.currentThread() != owner) {
			return;
		}
		Restarts.checkCancelled(monitor);
		if (System.nanoTime() - lastTold >= INTERVAL_NANOS) {
			tell(line);
		}
	}

	/** As {@link #tick}, but tells the line whenever it was told last. */
	void tell(Supplier<String> line) {
		if (monitor == null || Thread.currentThread() != owner) {
			return;
		}
		Restarts.checkCancelled(monitor);
		monitor.subTask(line.get());
		lastTold = System.nanoTime();
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.report.internal;

import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

/**
 * The monitor one exporter writes with, on its worker thread: it tells the exporter when the report
 * is cancelled (the flag all formats of the report share) and keeps how far the exporter has come,
 * for the report's own thread to pass on to the caller's monitor, which is not made for several
 * threads.
 */
final class FormatProgress extends NullProgressMonitor {

	private final AtomicBoolean cancelled;
	private double total;
	private double worked;
	private volatile double fraction;

	FormatProgress(AtomicBoolean cancelled) {
		this.cancelled = cancelled;
	}

	@Override
	public void beginTask(String name, int totalWork) {
		total = totalWork;
		worked = 0;
	}

	/** What SubMonitor reports with. */
	@Override
	public void worked(int work) {
		add(work);
	}

	@Override
	public void internalWorked(double work) {
		add(work);
	}

	private void add(double work) {
		worked += work;
		if (total > 0) {
			fraction = Math.min(1, worked / total);
		}
	}

	@Override
	public boolean isCanceled() {
		return cancelled.get();
	}

	@Override
	public void setCanceled(boolean cancel) {
		// an exporter that cancels stops the whole report, as the caller's monitor would
		if (cancel) {
			cancelled.set(true);
		}
	}

	/** Throws {@link OperationCanceledException} once the report is cancelled. */
	void checkCanceled() {
		if (isCanceled()) {
			throw new OperationCanceledException();
		}
	}

	/** Marks the format as done, whether or not the exporter reported all its work. */
	void finish() {
		fraction = 1;
	}

	/** How much of its work the exporter has done, from 0 to 1. */
	double fraction() {
		return fraction;
	}
}

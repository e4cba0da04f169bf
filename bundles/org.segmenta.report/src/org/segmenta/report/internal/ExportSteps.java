/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.report.internal;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/** The parts of an export (sections, slides, sheets), run in order with a tick of progress each. */
final class ExportSteps {

	private ExportSteps() {
	}

	/**
	 * Runs {@code steps} one after the other.
	 *
	 * @throws OperationCanceledException before the next step once {@code monitor} is cancelled
	 */
	static void run(List<Runnable> steps, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, steps.size());
		for (Runnable step : steps) {
			progress.checkCanceled();
			step.run();
			progress.worked(1);
		}
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.cli;

import java.io.PrintStream;

import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * A progress monitor for headless runs: one line per task or sub-task, with the percentage done,
 * such as {@code [ 40%] Rendering charts}. Interrupting the JVM cancels it.
 */
public class ProgressLine extends NullProgressMonitor {

	private final PrintStream stream;
	private int total = UNKNOWN;
	private double worked;
	private String task = "";

	public ProgressLine(PrintStream stream) {
		this.stream = stream;
	}

	@Override
	public void beginTask(String name, int totalWork) {
		task = name == null ? "" : name;
		total = totalWork;
		worked = 0;
		print(task);
	}

	@Override
	public void subTask(String name) {
		if (name != null && !name.isEmpty()) {
			print(name);
		}
	}

	@Override
	public void setTaskName(String name) {
		beginTask(name, total);
	}

	@Override
	public void worked(int work) {
		internalWorked(work);
	}

	@Override
	public void internalWorked(double work) {
		worked += work;
	}

	@Override
	public boolean isCanceled() {
		return super.isCanceled() || Thread.currentThread().isInterrupted();
	}

	private void print(String text) {
		if (total > 0) {
			int percent = (int) Math.min(100, Math.round(worked * 100.0 / total));
			stream.printf("[%3d%%] %s%n", percent, text);
		} else {
			stream.printf("[    ] %s%n", text);
		}
	}
}

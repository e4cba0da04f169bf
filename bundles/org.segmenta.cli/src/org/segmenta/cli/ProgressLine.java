/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * A progress monitor for headless runs: one line per task or sub-task, with the percentage done,
 * such as {@code [ 40%] Rendering charts}. A step that prints nothing for {@link #HEARTBEAT} is
 * repeated with the work done by now and the time it has taken so far, so that a CI log shows how
 * far a long step (reading a large file, say) has come rather than leaving it to look hung.
 * Interrupting the JVM cancels it; {@link #close()} stops the repeats.
 */
public class ProgressLine extends NullProgressMonitor implements AutoCloseable {

	/** How long a step may go without a line. */
	public static final Duration HEARTBEAT = Duration.ofSeconds(2);

	private final PrintStream stream;
	private final long heartbeatNanos;
	private ScheduledExecutorService heartbeat;
	// written by the working thread, read by the heartbeat's
	private volatile int total = UNKNOWN;
	private volatile double worked;
	private String task = "";
	private String lastText;
	private long lastPrinted;
	private long stepStarted;

	public ProgressLine(PrintStream stream) {
		this(stream, HEARTBEAT);
	}

	/** A monitor that repeats a silent step after {@code heartbeat}. */
	public ProgressLine(PrintStream stream, Duration heartbeat) {
		this.stream = stream;
		this.heartbeatNanos = heartbeat.toNanos();
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

	@Override
	public synchronized void close() {
		if (heartbeat != null) {
			heartbeat.shutdownNow();
			heartbeat = null;
		}
	}

	private synchronized void print(String text) {
		stream.println(line(text));
		lastText = text;
		lastPrinted = System.nanoTime();
		stepStarted = lastPrinted;
		startHeartbeat();
	}

	private String line(String text) {
		if (total > 0) {
			int percent = (int) Math.min(100, Math.round(worked * 100.0 / total));
			return String.format("[%3d%%] %s", percent, text);
		}
		return "[    ] " + text;
	}

	private void startHeartbeat() {
		if (heartbeat == null) {
			heartbeat = Executors.newSingleThreadScheduledExecutor(runnable -> {
				Thread thread = new Thread(runnable, "segmenta-progress");
				thread.setDaemon(true);
				return thread;
			});
			long period = Math.max(1, heartbeatNanos / 5);
			heartbeat.scheduleAtFixedRate(this::repeatIfSilent, period, period, TimeUnit.NANOSECONDS);
		}
	}

	private synchronized void repeatIfSilent() {
		long now = System.nanoTime();
		if (lastText != null && now - lastPrinted >= heartbeatNanos) {
			stream.printf("%s (%d s)%n", line(lastText), TimeUnit.NANOSECONDS.toSeconds(now - stepStarted));
			lastPrinted = now;
		}
	}
}

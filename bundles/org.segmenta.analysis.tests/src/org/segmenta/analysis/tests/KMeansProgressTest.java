/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.segmenta.analysis.FeatureMatrix;
import org.segmenta.analysis.KMeans;
import org.segmenta.analysis.tests.benchmark.EndToEndBenchmark;

/**
 * A long k-means fit on overlapping clusters (tens of iterations) tells its progress while it runs,
 * within its passes too, and stops soon after it is cancelled.
 */
class KMeansProgressTest {

	/** Nanoseconds between two progress lines the fit may leave at most (it aims at one a second). */
	private static final long MOST_SILENCE = TimeUnit.SECONDS.toNanos(2);

	private static FeatureMatrix overlapping;

	@BeforeAll
	static void generate() {
		overlapping = EndToEndBenchmark.Shape.OVERLAPPING.generate(200_000, 30);
	}

	/** Records each line with the time it was told, and cancels when asked to. */
	private static final class Recorder extends NullProgressMonitor {
		final List<String> lines = new ArrayList<>();
		final List<Long> times = new ArrayList<>();
		private volatile boolean cancelled;

		@Override
		public synchronized void subTask(String name) {
			lines.add(name);
			times.add(System.nanoTime());
		}

		@Override
		public boolean isCanceled() {
			return cancelled;
		}

		@Override
		public void setCanceled(boolean value) {
			cancelled = value;
		}
	}

	@Test
	void aLongFitTellsTheIterationRestartsAndMovedPointsAtLeastEveryTwoSeconds() {
		Recorder recorder = new Recorder();
		long started = System.nanoTime();
		KMeans.Result result = new KMeans(8, 10, 300, 1e-4, 1, 2).fit(overlapping, recorder);
		long ended = System.nanoTime();
		assertTrue(result.iterations() >= 10, "the data should make a long fit: " + result.iterations() + " iterations");
		assertFalse(recorder.lines.isEmpty());
		assertTrue(recorder.lines.stream().anyMatch(
				line -> line.matches("iteration 1, 10 of 10 restarts iterating, \\d+ points moved")), recorder.lines.toString());
		for (String line : recorder.lines) {
			assertTrue(line.matches("k-means\\+\\+ seeding of 10 restarts, (candidates for )?centre [1-8] of 8, \\d+ % of the points")
					|| line.matches("iteration \\d+, \\d+ of 10 restarts iterating, \\d+ points moved")
					|| line.matches("iteration \\d+, \\d+ of 10 restarts iterating, \\d+ % of the points assigned"
							+ "(, \\d+ points moved in iteration \\d+)?"),
					line);
		}
		long previous = started;
		for (long time : recorder.times) {
			assertTrue(time - previous <= MOST_SILENCE, "silent for " + (time - previous) / 1e9 + " s: " + recorder.lines);
			previous = time;
		}
		assertTrue(ended - previous <= MOST_SILENCE, "silent for " + (ended - previous) / 1e9 + " s before the end");
	}

	@Test
	void cancellingInThePassesStopsTheFitWithinASecond() throws InterruptedException {
		for (long after : new long[] { 150, 600 }) { // during the seeding, during the iterations
			Recorder recorder = new Recorder();
			CompletableFuture<Long> stopped = CompletableFuture.supplyAsync(() -> {
				try {
					new KMeans(8, 10, 300, 1e-4, 1, 2).fit(overlapping, recorder);
					return -1L;
				} catch (OperationCanceledException expected) {
					return System.nanoTime();
				}
			});
			Thread.sleep(after);
			long cancelled = System.nanoTime();
			recorder.setCanceled(true);
			long stoppedAt;
			try {
				stoppedAt = stopped.get(30, TimeUnit.SECONDS);
			} catch (ExecutionException | TimeoutException e) {
				throw new AssertionError(e);
			}
			if (stoppedAt < 0) {
				throw new AssertionError("the fit ended before it was cancelled after " + after + " ms");
			}
			assertTrue(stoppedAt - cancelled < TimeUnit.SECONDS.toNanos(1),
					"stopped " + (stoppedAt - cancelled) / 1e9 + " s after Cancel");
		}
	}
}

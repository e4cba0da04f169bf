/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.IntFunction;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.segmenta.data.internal.Futures;

/**
 * Runs independent starts of a randomised method in parallel and keeps the best. Start {@code i}
 * draws from its own random stream derived from the seed and {@code i}, and ties keep the earlier
 * start, so the result depends on the seed only, never on the number of threads or their timing.
 */
final class Restarts {

	private Restarts() {
	}

	/**
	 * @param run    one start, from its random stream; it should check {@code monitor} for cancellation
	 * @param better orders results so that the best is the smallest
	 */
	static <T> T best(int starts, int threads, long seed, Function<SplittableRandom, T> run, Comparator<T> better,
			IProgressMonitor monitor) {
		SplittableRandom[] streams = streams(starts, seed);
		return best(starts, threads, start -> run.apply(streams[start]), better, monitor);
	}

	/** The random stream of each start. */
	static SplittableRandom[] streams(int starts, long seed) {
		SplittableRandom[] streams = new SplittableRandom[starts];
		for (int start = 0; start < starts; start++) {
			streams[start] = new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * (start + 1)));
		}
		return streams;
	}

	/**
	 * @param run    start {@code i} (0..starts-1), which depends on {@code i} alone; it should check
	 *               {@code monitor} for cancellation
	 * @param better orders results so that the best is the smallest
	 */
	static <T> T best(int starts, int threads, IntFunction<T> run, Comparator<T> better, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, starts);
		ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, starts)));
		try {
			List<Future<T>> runs = new ArrayList<>();
			for (int start = 0; start < starts; start++) {
				int index = start;
				runs.add(pool.submit(() -> run.apply(index)));
			}
			T best = null;
			for (Future<T> future : runs) {
				T result = Futures.result(future);
				if (best == null || better.compare(result, best) < 0) {
					best = result;
				}
				progress.worked(1);
			}
			return best;
		} finally {
			pool.shutdownNow();
		}
	}


	/** Throws {@link OperationCanceledException} when {@code monitor} is cancelled. */
	static void checkCancelled(IProgressMonitor monitor) {
		if (monitor != null && monitor.isCanceled()) {
			throw new OperationCanceledException();
		}
	}
}

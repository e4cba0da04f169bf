/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

import org.segmenta.data.internal.Futures;

/**
 * Fixed blocks of rows, worked on by several threads. The blocks depend on the number of rows only,
 * so values summed per block and then in block order are the same on any number of threads.
 */
final class RowBlocks {

	/** Rows per block: few enough that a block of 30 doubles a row stays in a core's cache. */
	static final int SIZE = 2048;

	private RowBlocks() {
	}

	static int count(int rows) {
		return (rows + SIZE - 1) / SIZE;
	}

	static int start(int block) {
		return block * SIZE;
	}

	static int end(int block, int rows) {
		return Math.min(rows, (block + 1) * SIZE);
	}

	/**
	 * Calls {@code work} once for every block, on the calling thread and {@code helpers} threads of
	 * {@code pool}, each taking the next block not yet taken; returns when all blocks are done.
	 */
	static void forEach(int rows, ExecutorService pool, int helpers, IntConsumer work) {
		int blocks = count(rows);
		AtomicInteger next = new AtomicInteger();
		Runnable worker = () -> {
			for (int block = next.getAndIncrement(); block < blocks; block = next.getAndIncrement()) {
				work.accept(block);
			}
		};
		List<Future<?>> running = new ArrayList<>();
		for (int helper = 0; helper < helpers; helper++) {
			running.add(pool.submit(worker));
		}
		try {
			worker.run();
		} finally {
			next.set(blocks); // on failure, the helpers stop after their current block
			for (Future<?> future : running) {
				Futures.result(future);
			}
		}
	}
}

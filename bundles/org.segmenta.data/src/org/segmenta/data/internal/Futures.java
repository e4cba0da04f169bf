/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.data.internal;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.eclipse.core.runtime.OperationCanceledException;

/** Waiting for the tasks that reading and analysing split their work into. */
public final class Futures {

	private Futures() {
	}

	/**
	 * The result of a task; its runtime exception is rethrown as it is, so that a task's
	 * {@code DataException} or cancellation reaches the caller unchanged, and an interruption cancels.
	 */
	public static <T> T result(Future<T> future) {
		try {
			return future.get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new OperationCanceledException();
		} catch (ExecutionException e) {
			if (e.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(e.getCause());
		}
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.model.edit;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;

/**
 * The command stack of a Segmenta editing domain ({@link ModelEditingDomains}): commands execute,
 * undo and redo while no other thread {@linkplain #read(Runnable) reads} the model. The thread
 * that owns the model (the UI thread in the workbench) changes it only through the stack or in
 * {@link #change(Runnable)}, so another thread can read it in between, without waiting for the
 * owner: a diagram of thousands of nodes is built and validated that way while the UI goes on.
 */
public class ModelCommandStack extends BasicCommandStack {

	/** The stack whose model the current thread reads, if any. */
	private static final ThreadLocal<ModelCommandStack> READING = new ThreadLocal<>();
	private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
	/** The changes waiting for the reads under way to end or give way. */
	private final AtomicInteger changesWaiting = new AtomicInteger();

	/**
	 * Runs {@code reading} on the calling thread while no change runs. The code must only read, and
	 * must not wait for the thread that changes the model, which may be waiting for it. A long read
	 * calls {@link #giveWayToChanges()} between its steps: when a change is waiting, the read stops
	 * there, the change runs, and {@code reading} runs again from its start, so it must leave nothing
	 * half done before its last step.
	 */
	public void read(Runnable reading) {
		if (lock.isWriteLockedByCurrentThread() || READING.get() == this) {
			reading.run(); // within a change, or within a read of this stack, which gives way for both
			return;
		}
		ModelCommandStack outer = READING.get(); // a read of another model's stack, if any
		while (true) {
			lock.readLock().lock();
			READING.set(this);
			try {
				reading.run();
				return;
			} catch (GaveWay stopped) {
				// the change waiting runs once the lock is released; read again after it
			} finally {
				READING.set(outer);
				lock.readLock().unlock();
			}
		}
	}

	/**
	 * Stops the calling thread's {@linkplain #read(Runnable) read} of a model if a change of that
	 * model is waiting for it (the read then runs again after the change); otherwise returns at once,
	 * as it does outside a read. For the steps of long reads, such as building a diagram of
	 * thousands of nodes, so that the user's command does not wait for the whole build.
	 */
	public static void giveWayToChanges() {
		ModelCommandStack reading = READING.get();
		if (reading != null && reading.changesWaiting.get() > 0) {
			throw GaveWay.INSTANCE;
		}
	}

	/** Runs {@code change}, which changes the model other than by a command, while no other thread reads it. */
	public void change(Runnable change) {
		if (!lock.writeLock().tryLock()) {
			changesWaiting.incrementAndGet();
			try {
				lock.writeLock().lock();
			} finally {
				changesWaiting.decrementAndGet();
			}
		}
		try {
			change.run();
		} finally {
			lock.writeLock().unlock();
		}
	}

	/**
	 * Runs {@code change} as {@link #change(Runnable)} does if no other thread reads the model at
	 * this moment, and otherwise not; returns whether it ran. With {@link #awaitReaders()} on another
	 * thread first, the model's owner changes it for that thread without waiting for readers.
	 */
	public boolean changeIfUnread(Runnable change) {
		if (!lock.writeLock().tryLock()) {
			return false;
		}
		try {
			change.run();
		} finally {
			lock.writeLock().unlock();
		}
		return true;
	}

	/**
	 * Waits until the reads under way have finished. The calling thread must be neither reading nor
	 * changing the model.
	 */
	public void awaitReaders() {
		lock.writeLock().lock();
		lock.writeLock().unlock();
	}

	@Override
	public void execute(Command command) {
		change(() -> super.execute(command));
	}

	@Override
	public void undo() {
		change(super::undo);
	}

	@Override
	public void redo() {
		change(super::redo);
	}

	@Override
	public void flush() {
		change(super::flush);
	}

	/** How a read that gives way to a change leaves its code; never seen outside {@link #read(Runnable)}. */
	private static final class GaveWay extends RuntimeException {
		private static final long serialVersionUID = 1L;
		static final GaveWay INSTANCE = new GaveWay();

		private GaveWay() {
			super(null, null, false, false); // thrown often, its stack says nothing
		}
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.model.edit;

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

	private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

	/**
	 * Runs {@code reading} on the calling thread while no change runs. The code must only read, and
	 * must not wait for the thread that changes the model, which may be waiting for it.
	 */
	public void read(Runnable reading) {
		if (lock.isWriteLockedByCurrentThread()) {
			reading.run();
			return;
		}
		lock.readLock().lock();
		try {
			reading.run();
		} finally {
			lock.readLock().unlock();
		}
	}

	/** Runs {@code change}, which changes the model other than by a command, while no other thread reads it. */
	public void change(Runnable change) {
		lock.writeLock().lock();
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
}

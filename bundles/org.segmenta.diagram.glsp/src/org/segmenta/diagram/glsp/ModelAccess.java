/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.glsp;

/**
 * Runs code that reads or changes the model on the thread that owns it, and returns when it has
 * run. The diagram server handles each client on a thread of its own; in the workbench the model
 * belongs to the UI thread, so the editor passes {@code display::syncExec} for changes, and reads
 * (building a diagram, copying the model for validation) on the server's thread while no command
 * runs ({@link #read(Runnable)}), so that the UI thread is not kept waiting by diagram work.
 */
@FunctionalInterface
public interface ModelAccess {

	/**
	 * Runs on the calling thread, one at a time: for models that nothing but diagram servers
	 * touches (headless use, tests).
	 */
	ModelAccess DIRECT = new ModelAccess() {
		@Override
		public synchronized void run(Runnable code) {
			code.run();
		}
	};

	void run(Runnable code);

	/**
	 * Runs code that only reads the model (and the diagram file), and returns when it has run: by
	 * default as {@link #run(Runnable)} does; an implementation may run it on the calling thread
	 * while nothing changes the model. The code must not wait for the model's thread.
	 */
	default void read(Runnable code) {
		run(code);
	}
}

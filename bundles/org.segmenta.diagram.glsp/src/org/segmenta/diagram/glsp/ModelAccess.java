package org.segmenta.diagram.glsp;

/**
 * Runs code that reads or changes the model on the thread that owns it, and returns when it has
 * run. The diagram server handles each client on a thread of its own; in the workbench the model
 * belongs to the UI thread, so the editor passes {@code display::syncExec}.
 */
@FunctionalInterface
public interface ModelAccess {

	/** Runs on the calling thread: for models that nothing else touches (headless use, tests). */
	ModelAccess DIRECT = Runnable::run;

	void run(Runnable code);
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.model.edit;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.segmenta.model.persistence.ModelLoadException;

/**
 * One editing domain per model file, whatever editor opens it first, shared by every editor of the
 * model and counted by them: undo, redo, dirty state and save are the same in all of them, so no
 * editor's save can overwrite another's edits. The last editor to {@linkplain SharedModel#release()
 * release} the model unloads it.
 */
public final class SharedModels {

	private static final SharedModels DEFAULT = new SharedModels();

	private final Map<Path, SharedModel> open = new HashMap<>();
	/** The files being read, each by the first thread that asked for it; the others wait for it. */
	private final Map<Path, CompletableFuture<SharedModel>> reading = new HashMap<>();

	/** The models open in this workbench. */
	public static SharedModels getDefault() {
		return DEFAULT;
	}

	/**
	 * The model in {@code file}, loaded now unless an editor holds it already; the caller releases
	 * it when done. A file is read outside the lock that guards the open models, so that reading a
	 * large model holds up neither {@link #find} nor the reading of another file; a second caller
	 * for the same file waits for the first one's reading and shares it.
	 *
	 * @param root the folder the model's references must stay in (its project), used when the
	 *             model is loaded now
	 * @throws ModelLoadException naming the file and line when it cannot be read
	 */
	public SharedModel acquire(Path file, Path root) throws ModelLoadException {
		Path key = file.toAbsolutePath().normalize();
		while (true) {
			CompletableFuture<SharedModel> pending;
			boolean reader = false;
			synchronized (this) {
				SharedModel model = open.get(key);
				if (model != null) {
					model.acquired();
					return model;
				}
				pending = reading.get(key);
				if (pending == null) {
					pending = new CompletableFuture<>();
					reading.put(key, pending);
					reader = true;
				}
			}
			if (reader) {
				return read(key, root, pending);
			}
			SharedModel model = waitFor(pending);
			synchronized (this) {
				if (open.get(key) == model) {
					model.acquired();
					return model;
				}
			}
			// its reader let go of it before this caller could take it: read it again
		}
	}

	private SharedModel read(Path key, Path root, CompletableFuture<SharedModel> pending) throws ModelLoadException {
		SharedModel model;
		try {
			model = SharedModel.load(this, key, root);
		} catch (ModelLoadException | RuntimeException | Error e) {
			synchronized (this) {
				reading.remove(key);
			}
			pending.completeExceptionally(e);
			throw e;
		}
		synchronized (this) {
			reading.remove(key);
			open.put(key, model);
			model.acquired();
		}
		pending.complete(model);
		return model;
	}

	/** The model another thread reads, or the reason it could not. */
	private static SharedModel waitFor(CompletableFuture<SharedModel> pending) throws ModelLoadException {
		try {
			return pending.join();
		} catch (CompletionException e) {
			if (e.getCause() instanceof ModelLoadException unreadable) {
				throw unreadable;
			}
			if (e.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			throw (Error) e.getCause();
		}
	}

	/** The model in {@code file} if an editor holds it. */
	public synchronized Optional<SharedModel> find(Path file) {
		return Optional.ofNullable(open.get(file.toAbsolutePath().normalize()));
	}

	/**
	 * One editor let go of {@code model}; whether it was the last, so the model is no longer open.
	 * Under the lock {@link #acquire} takes, so that an editor opening the model while the last
	 * one closes gets either this model, still held, or a new one.
	 */
	synchronized boolean released(SharedModel model) {
		if (!model.releasedByOne()) {
			return false;
		}
		if (open.get(model.file()) == model) {
			open.remove(model.file());
		}
		return true;
	}
}

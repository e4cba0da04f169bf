/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.model.edit;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

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

	/** The models open in this workbench. */
	public static SharedModels getDefault() {
		return DEFAULT;
	}

	/**
	 * The model in {@code file}, loaded now unless an editor holds it already; the caller releases
	 * it when done.
	 *
	 * @param root the folder the model's references must stay in (its project), used when the
	 *             model is loaded now
	 * @throws ModelLoadException naming the file and line when it cannot be read
	 */
	public synchronized SharedModel acquire(Path file, Path root) throws ModelLoadException {
		Path key = file.toAbsolutePath().normalize();
		SharedModel model = open.get(key);
		if (model == null) {
			model = SharedModel.load(this, key, root);
			open.put(key, model);
		}
		model.acquired();
		return model;
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

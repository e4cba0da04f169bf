/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.model.edit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.segmenta.model.Project;
import org.segmenta.model.persistence.ModelLoadException;
import org.segmenta.model.persistence.ModelPaths;
import org.segmenta.model.persistence.ReferenceGuard;
import org.segmenta.model.persistence.SegmentationFiles;

/**
 * A model file open in the workbench, with its editing domain, held by the editors that show it
 * (see {@link SharedModels}). Every file read into the domain's resource set, the model and the
 * diagram file beside it, is saved with it when changed. It remembers the files as it last read or
 * wrote them, so that editors can tell a change made by another program ({@link #changedOnDisk()}).
 * Used on the thread that owns the model (the UI thread in the workbench).
 */
public final class SharedModel {

	/** What the editors of a shared model hear about. */
	public interface Listener {
		/** The model was saved, by any of its editors. */
		default void saved() {
		}

		/** The model was read again from disk; {@link SharedModel#project()} is a new object. */
		default void reloaded() {
		}
	}

	private final SharedModels owner;
	private final Path file;
	private final Path root;
	private final AdapterFactoryEditingDomain domain;
	private final List<Listener> listeners = new CopyOnWriteArrayList<>();
	/** Each file of the resource set as last read or written: modification time and size, or null when absent. */
	private final Map<Path, List<Long>> diskState = new LinkedHashMap<>();
	private Project project;
	private int users;

	private SharedModel(SharedModels owner, Path file, Path root) {
		this.owner = owner;
		this.file = file;
		this.root = root;
		this.domain = ModelEditingDomains.newEditingDomain();
		// resources report their own changes, so a save writes only what was changed
		domain.getResourceSet().eAdapters().add(new AdapterImpl() {
			@Override
			public void notifyChanged(Notification notification) {
				if (notification.getFeatureID(ResourceSet.class) == ResourceSet.RESOURCE_SET__RESOURCES
						&& notification.getEventType() == Notification.ADD
						&& notification.getNewValue() instanceof Resource added) {
					added.setTrackingModification(true);
				}
			}
		});
	}

	static SharedModel load(SharedModels owner, Path file, Path root) throws ModelLoadException {
		SharedModel model = new SharedModel(owner, file, root);
		model.read();
		return model;
	}

	private void read() throws ModelLoadException {
		ResourceSet resourceSet = domain.getResourceSet();
		ReferenceGuard.of(resourceSet).orElseThrow().setPolicy(ModelPaths.forModel(file, root, List.of()));
		project = SegmentationFiles.load(resourceSet, file);
		rememberDiskState();
	}

	/** Counts one more editor; called with the owner's lock held. */
	void acquired() {
		users++;
	}

	/** Counts one editor less and whether it was the last; called with the owner's lock held. */
	boolean releasedByOne() {
		return users > 0 && --users == 0;
	}

	/** Lets go of the model; the last editor to do so unloads it and disposes its item providers. */
	public void release() {
		if (owner.released(this)) {
			listeners.clear();
			stack().change(() -> {
				for (Resource resource : new ArrayList<>(domain.getResourceSet().getResources())) {
					resource.unload();
				}
			});
			ModelEditingDomains.adapterFactory(domain).dispose();
		}
	}

	/** The number of editors holding the model. */
	public int users() {
		return users;
	}

	/** The model file, absolute and normalised. */
	public Path file() {
		return file;
	}

	public AdapterFactoryEditingDomain domain() {
		return domain;
	}

	/** The model as loaded now; a new object after {@link #reload()}. */
	public Project project() {
		return project;
	}

	public void addListener(Listener listener) {
		listeners.add(listener);
	}

	public void removeListener(Listener listener) {
		listeners.remove(listener);
	}

	/** The domain's command stack, which also keeps other threads' reads of the model apart from its changes. */
	public ModelCommandStack stack() {
		return (ModelCommandStack) domain.getCommandStack();
	}

	/** Whether an edit of any editor has not been saved yet. */
	public boolean isDirty() {
		return stack().isSaveNeeded();
	}

	/**
	 * Saves every file of the model that has changed, the model first, each atomically, and then
	 * tells every editor. On failure the files not yet written stay as they were on disk and the
	 * model stays dirty.
	 */
	public void save() throws IOException {
		List<Resource> changed = new ArrayList<>();
		for (Resource resource : domain.getResourceSet().getResources()) {
			if (resource.isLoaded() && resource.isModified() && localFile(resource) != null) {
				changed.add(resource);
			}
		}
		changed.sort((a, b) -> Boolean.compare(!isModelFile(a), !isModelFile(b)));
		for (Resource resource : changed) {
			resource.save(null);
		}
		stack().saveIsDone();
		rememberDiskState();
		listeners.forEach(Listener::saved);
	}

	private boolean isModelFile(Resource resource) {
		return file.equals(localFile(resource));
	}

	/** The files of the model: every local file read into its resource set, and the model file itself. */
	public List<Path> files() {
		List<Path> files = new ArrayList<>();
		files.add(file);
		for (Resource resource : new ArrayList<>(domain.getResourceSet().getResources())) {
			Path local = localFile(resource);
			if (local != null && !files.contains(local)) {
				files.add(local);
			}
		}
		return files;
	}

	/** Whether another program changed, created or deleted one of the model's files since it was last read or saved. */
	public boolean changedOnDisk() {
		for (Path path : files()) {
			if (!Objects.equals(diskState.get(path), stamp(path))) {
				return true;
			}
		}
		return false;
	}

	/** Takes the files on disk as they are now as read, keeping the edits in memory (the user chose to keep them). */
	public void acceptDiskState() {
		rememberDiskState();
	}

	/**
	 * Reads the model again from disk, dropping unsaved edits and the undo history, and tells every
	 * editor. The file is read into a new resource set first, so that a broken file changes nothing.
	 *
	 * @throws ModelLoadException naming the file and line when the file on disk cannot be read; the
	 *                            model then stays as it was
	 */
	public void reload() throws ModelLoadException {
		ResourceSet trial = SegmentationFiles.newResourceSet();
		ReferenceGuard.of(trial).orElseThrow().setPolicy(ModelPaths.forModel(file, root, List.of()));
		SegmentationFiles.load(trial, file);
		trial.getResources().forEach(Resource::unload);
		ModelLoadException[] failure = new ModelLoadException[1];
		// diagrams read the model on threads of their own: not while it is replaced
		stack().change(() -> {
			domain.getCommandStack().flush();
			ResourceSet resourceSet = domain.getResourceSet();
			for (Resource resource : new ArrayList<>(resourceSet.getResources())) {
				resource.unload();
			}
			resourceSet.getResources().clear();
			try {
				read();
			} catch (ModelLoadException e) {
				failure[0] = e;
			}
		});
		if (failure[0] != null) {
			throw failure[0];
		}
		listeners.forEach(Listener::reloaded);
	}

	private void rememberDiskState() {
		diskState.clear();
		for (Path path : files()) {
			diskState.put(path, stamp(path));
		}
	}

	private static List<Long> stamp(Path path) {
		try {
			return List.of(Files.getLastModifiedTime(path).to(TimeUnit.NANOSECONDS), Files.size(path));
		} catch (IOException e) {
			return null;
		}
	}

	private static Path localFile(Resource resource) {
		URI uri = resource.getURI();
		return uri != null && uri.isFile() ? Path.of(uri.toFileString()).toAbsolutePath().normalize() : null;
	}
}

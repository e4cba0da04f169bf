/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.ui.internal.editor;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.segmenta.model.edit.SharedModel;
import org.segmenta.model.persistence.ModelLoadException;

/**
 * Keeps an editor of a shared model in step with the model's files on disk, as Eclipse's text
 * editors do: when another program (a headless command, git) changes the model or its diagram
 * file, a clean model is read again; a dirty one asks first. Deleting the model file closes the
 * editor. Every editor of a model has a watcher; the first to see a change handles it for all, the
 * others then find nothing {@linkplain SharedModel#changedOnDisk() changed}.
 */
public final class ModelFileWatcher implements IResourceChangeListener {

	private final IEditorPart editor;
	private final IFile modelFile;
	private final SharedModel model;

	/** Starts watching; {@link #dispose()} stops. */
	public ModelFileWatcher(IEditorPart editor, IFile modelFile, SharedModel model) {
		this.editor = editor;
		this.modelFile = modelFile;
		this.model = model;
		ResourcesPlugin.getWorkspace().addResourceChangeListener(this, IResourceChangeEvent.POST_CHANGE);
	}

	public void dispose() {
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(this);
	}

	@Override
	public void resourceChanged(IResourceChangeEvent event) {
		boolean[] deleted = { false };
		boolean[] changed = { false };
		List<Path> files = model.files();
		try {
			event.getDelta().accept(delta -> {
				if (delta.getResource().getType() != IResource.FILE) {
					return true;
				}
				if (delta.getResource().equals(modelFile) && delta.getKind() == IResourceDelta.REMOVED
						&& (delta.getFlags() & IResourceDelta.MOVED_TO) == 0) {
					deleted[0] = true;
				} else if (delta.getResource().getLocation() != null
						&& files.contains(delta.getResource().getLocation().toFile().toPath().toAbsolutePath().normalize())) {
					changed[0] = true;
				}
				return false;
			});
		} catch (CoreException e) {
			return; // a delta that cannot be walked tells nothing about our files
		}
		if (deleted[0] || changed[0]) {
			Display display = editor.getSite().getShell().getDisplay();
			display.asyncExec(() -> {
				if (deleted[0]) {
					editor.getSite().getPage().closeEditor(editor, false);
				} else {
					refresh();
				}
			});
		}
	}

	/** Reads the model again if another program changed its files, asking first when it has unsaved edits. */
	private void refresh() {
		if (model.users() == 0 || !model.changedOnDisk()) {
			return;
		}
		if (model.isDirty() && !MessageDialog.openQuestion(editor.getSite().getShell(), Messages.ModelFileWatcher_changedTitle,
				Messages.bind(Messages.ModelFileWatcher_changedQuestion, modelFile.getFullPath()))) {
			model.acceptDiskState();
			return;
		}
		try {
			model.reload();
		} catch (ModelLoadException e) {
			model.acceptDiskState();
			MessageDialog.openError(editor.getSite().getShell(), Messages.ModelFileWatcher_unreadableTitle,
					Messages.bind(Messages.ModelFileWatcher_unreadable, e.getMessage(Locale.getDefault())));
		}
	}
}

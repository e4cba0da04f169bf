/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.ui.internal.editor;

import org.eclipse.core.resources.IFile;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.FileEditorInput;
import org.segmenta.model.Project;
import org.segmenta.model.persistence.ModelLoadException;
import org.segmenta.model.persistence.SegmentationFiles;

/** Models as the user sees them: in their open editor, where edits must go so they can be undone and saved. */
public final class OpenModels {

	private OpenModels() {
	}

	/**
	 * The editor on {@code file} in the active window; when none is open, a new one if {@code open},
	 * else {@code null}. Also {@code null} off the UI thread, where editors cannot be reached.
	 */
	public static SegmentationEditor editor(IFile file, boolean open) {
		if (!PlatformUI.isWorkbenchRunning() || PlatformUI.getWorkbench().getDisplay().getThread() != Thread.currentThread()
				|| PlatformUI.getWorkbench().getActiveWorkbenchWindow() == null) {
			return null;
		}
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		if (page == null) {
			return null;
		}
		IEditorPart editor = page.findEditor(new FileEditorInput(file));
		if (editor == null && open) {
			try {
				editor = IDE.openEditor(page, file, SegmentationEditor.ID);
			} catch (PartInitException e) {
				return null;
			}
		}
		return editor instanceof SegmentationEditor segmentationEditor ? segmentationEditor : null;
	}

	/** The model in {@code file}: the open editor's, else a copy read from the file; {@code null} when it cannot be read. */
	public static Project current(IFile file) {
		SegmentationEditor editor = editor(file, false);
		if (editor != null) {
			return editor.getProject();
		}
		try {
			return SegmentationFiles.load(file.getLocation().toFile().toPath());
		} catch (ModelLoadException e) {
			return null;
		}
	}
}

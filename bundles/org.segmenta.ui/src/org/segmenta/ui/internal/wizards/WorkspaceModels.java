/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.ui.internal.wizards;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IWorkbench;

/** The segmentation models in the workspace, for wizards that work on one of them. */
final class WorkspaceModels {

	private final List<IFile> models = new ArrayList<>();

	WorkspaceModels() {
		try {
			ResourcesPlugin.getWorkspace().getRoot().accept(proxy -> {
				if (proxy.getType() == IResource.FILE && proxy.getName().endsWith(".segmentation")) {
					models.add((IFile) proxy.requestResource());
				}
				return !proxy.isDerived();
			}, IResource.NONE);
		} catch (CoreException e) {
			// a project closing meanwhile: offer the models found so far
		}
		models.sort(Comparator.comparing(file -> file.getFullPath().toString()));
	}

	List<IFile> all() {
		return List.copyOf(models);
	}

	/** The model the user is working on: the one selected, else the one in the active editor, else the first. */
	IFile initial(IWorkbench workbench, IStructuredSelection selection) {
		Object selected = selection == null ? null : selection.getFirstElement();
		IResource resource = Adapters.adapt(selected, IResource.class);
		if (resource instanceof IFile file && models.contains(file)) {
			return file;
		}
		if (resource != null) {
			IContainer scope = resource instanceof IContainer container ? container : resource.getParent();
			for (IFile model : models) {
				if (scope.getFullPath().isPrefixOf(model.getFullPath())) {
					return model;
				}
			}
		}
		IEditorPart editor = workbench.getActiveWorkbenchWindow() == null
				|| workbench.getActiveWorkbenchWindow().getActivePage() == null ? null
						: workbench.getActiveWorkbenchWindow().getActivePage().getActiveEditor();
		if (editor != null && editor.getEditorInput() instanceof IFileEditorInput input
				&& models.contains(input.getFile())) {
			return input.getFile();
		}
		return models.isEmpty() ? null : models.get(0);
	}

	/** A read-only drop-down of the models, showing workspace paths. */
	Combo combo(Composite parent, IFile selected) {
		Combo combo = new Combo(parent, SWT.READ_ONLY);
		models.forEach(model -> combo.add(model.getFullPath().makeRelative().toString()));
		combo.select(Math.max(0, models.indexOf(selected)));
		return combo;
	}

	/** The model chosen in a combo made by {@link #combo}. */
	IFile chosen(Combo combo) {
		int index = combo.getSelectionIndex();
		return index < 0 || index >= models.size() ? null : models.get(index);
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.ui.internal;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.widgets.Control;
import org.segmenta.model.edit.SharedModels;

/**
 * The representations of a {@code .segmentation} file as its children in the Project Explorer (a
 * navigator content extension, as Sirius's Model Explorer lists a model's representations). The
 * tree follows the diagram file on disk and, while the model is open, its command stack, so
 * creating, renaming, deleting and undoing show at once.
 */
public class RepresentationsContentProvider implements ITreeContentProvider, IResourceChangeListener {

	private StructuredViewer viewer;
	/** The command stacks followed, so that each is followed once. */
	private final Map<CommandStack, Boolean> followed = Collections.synchronizedMap(new WeakHashMap<>());
	private final CommandStackListener stackListener = event -> refreshLater();

	@Override
	public void inputChanged(Viewer newViewer, Object oldInput, Object newInput) {
		if (viewer == null && newViewer instanceof StructuredViewer structured) {
			viewer = structured;
			ResourcesPlugin.getWorkspace().addResourceChangeListener(this, IResourceChangeEvent.POST_CHANGE);
		}
	}

	@Override
	public Object[] getElements(Object input) {
		return getChildren(input);
	}

	@Override
	public Object[] getChildren(Object parent) {
		if (parent instanceof IFile file && isModel(file)) {
			follow(file);
			return ModelRepresentations.list(file).toArray();
		}
		return new Object[0];
	}

	@Override
	public Object getParent(Object element) {
		return element instanceof RepresentationItem item ? item.model() : null;
	}

	@Override
	public boolean hasChildren(Object element) {
		return element instanceof IFile file && isModel(file) && !ModelRepresentations.list(file).isEmpty();
	}

	private static boolean isModel(IFile file) {
		return "segmentation".equals(file.getFileExtension());
	}

	private void follow(IFile file) {
		if (file.getLocation() == null) {
			return;
		}
		SharedModels.getDefault().find(file.getLocation().toFile().toPath()).ifPresent(model -> {
			CommandStack stack = model.domain().getCommandStack();
			if (followed.putIfAbsent(stack, Boolean.TRUE) == null) {
				stack.addCommandStackListener(stackListener);
			}
		});
	}

	@Override
	public void resourceChanged(IResourceChangeEvent event) {
		if (event.getDelta() == null) {
			return;
		}
		boolean[] diagramFileChanged = { false };
		try {
			event.getDelta().accept(delta -> {
				if (delta.getResource() instanceof IFile file && "segmentationdiagram".equals(file.getFileExtension())
						&& delta.getKind() != IResourceDelta.NO_CHANGE) {
					diagramFileChanged[0] = true;
				}
				return !diagramFileChanged[0];
			});
		} catch (CoreException e) {
			diagramFileChanged[0] = true;
		}
		if (diagramFileChanged[0]) {
			refreshLater();
		}
	}

	private void refreshLater() {
		StructuredViewer current = viewer;
		Control control = current == null ? null : current.getControl();
		if (control != null && !control.isDisposed()) {
			control.getDisplay().asyncExec(() -> {
				if (!control.isDisposed()) {
					current.refresh();
				}
			});
		}
	}

	@Override
	public void dispose() {
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(this);
		synchronized (followed) {
			followed.keySet().forEach(stack -> stack.removeCommandStackListener(stackListener));
			followed.clear();
		}
		viewer = null;
	}
}

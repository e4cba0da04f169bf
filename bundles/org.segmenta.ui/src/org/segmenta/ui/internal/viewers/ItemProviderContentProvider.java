/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.ui.internal.viewers;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ViewerNotification;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.widgets.Control;

/**
 * A JFace tree content provider over EMF.Edit item providers, which also refreshes the viewer
 * when the model changes. EMF's own adapter for this lives in the EMF UI bundles, which the
 * target platform cannot provide.
 */
public class ItemProviderContentProvider implements ITreeContentProvider, INotifyChangedListener {

	private final AdapterFactory adapterFactory;
	private StructuredViewer viewer;

	public ItemProviderContentProvider(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
		if (adapterFactory instanceof IChangeNotifier notifier) {
			notifier.addListener(this);
		}
	}

	@Override
	public Object[] getElements(Object input) {
		IStructuredItemContentProvider provider = (IStructuredItemContentProvider) adapterFactory.adapt(input,
				IStructuredItemContentProvider.class);
		return provider == null ? new Object[0] : provider.getElements(input).toArray();
	}

	@Override
	public Object[] getChildren(Object parent) {
		ITreeItemContentProvider provider = treeProvider(parent);
		return provider == null ? new Object[0] : provider.getChildren(parent).toArray();
	}

	@Override
	public Object getParent(Object element) {
		ITreeItemContentProvider provider = treeProvider(element);
		return provider == null ? null : provider.getParent(element);
	}

	@Override
	public boolean hasChildren(Object element) {
		ITreeItemContentProvider provider = treeProvider(element);
		return provider != null && provider.hasChildren(element);
	}

	private ITreeItemContentProvider treeProvider(Object element) {
		return (ITreeItemContentProvider) adapterFactory.adapt(element, ITreeItemContentProvider.class);
	}

	@Override
	public void inputChanged(Viewer newViewer, Object oldInput, Object newInput) {
		viewer = (StructuredViewer) newViewer;
	}

	@Override
	public void notifyChanged(Notification notification) {
		Control control = viewer == null ? null : viewer.getControl();
		if (control == null || control.isDisposed() || !(notification instanceof ViewerNotification change)) {
			return;
		}
		// model changes may come from jobs; the viewer is touched on the UI thread only
		Runnable refresh = () -> {
			if (control.isDisposed()) {
				return;
			}
			Object element = change.getElement();
			if (change.isContentRefresh()) {
				viewer.refresh(element, change.isLabelUpdate());
			} else if (change.isLabelUpdate()) {
				viewer.update(element, null);
			}
		};
		if (control.getDisplay().getThread() == Thread.currentThread()) {
			refresh.run();
		} else {
			control.getDisplay().asyncExec(refresh);
		}
	}

	@Override
	public void dispose() {
		if (adapterFactory instanceof IChangeNotifier notifier) {
			notifier.removeListener(this);
		}
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.ui.internal.editor;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;

/**
 * The editor's selection: that of the viewer on the page in front, so the Properties view, the
 * Charts view and the Outline follow whichever page the user works in.
 */
final class ActivePageSelection implements ISelectionProvider {

	private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
	private final ISelectionChangedListener relay = event -> fire(event.getSelection());
	private ISelectionProvider current;

	void follow(ISelectionProvider provider) {
		if (provider == current) {
			return;
		}
		if (current != null) {
			current.removeSelectionChangedListener(relay);
		}
		current = provider;
		if (current != null) {
			current.addSelectionChangedListener(relay);
		}
		fire(getSelection());
	}

	private void fire(ISelection selection) {
		SelectionChangedEvent event = new SelectionChangedEvent(this, selection);
		for (ISelectionChangedListener listener : listeners) {
			listener.selectionChanged(event);
		}
	}

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.add(listener);
	}

	@Override
	public void removeSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.remove(listener);
	}

	@Override
	public ISelection getSelection() {
		return current == null ? StructuredSelection.EMPTY : current.getSelection();
	}

	@Override
	public void setSelection(ISelection selection) {
		if (current != null) {
			current.setSelection(selection);
		}
	}
}

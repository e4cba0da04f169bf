/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.ui.internal.editor;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.segmenta.ui.internal.viewers.ItemProviderContentProvider;
import org.segmenta.ui.internal.viewers.ItemProviderLabelProvider;

/**
 * The model's structure in the Outline view; selecting there selects in the editor's tree, and the
 * outline follows the tree (also when a diagram selected in it).
 */
class ModelOutlinePage extends ContentOutlinePage {

	private final AdapterFactory adapterFactory;
	private final Resource resource;
	private final TreeViewer editorTree;
	private final ISelectionChangedListener treeTracker = event -> followTree((IStructuredSelection) event.getSelection());

	ModelOutlinePage(AdapterFactory adapterFactory, Resource resource, TreeViewer editorTree) {
		this.adapterFactory = adapterFactory;
		this.resource = resource;
		this.editorTree = editorTree;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setContentProvider(new ItemProviderContentProvider(adapterFactory));
		viewer.setLabelProvider(new ItemProviderLabelProvider(adapterFactory));
		viewer.setAutoExpandLevel(2);
		viewer.setInput(resource);
		editorTree.addSelectionChangedListener(treeTracker);
	}

	private void followTree(IStructuredSelection treeSelection) {
		TreeViewer viewer = getTreeViewer();
		if (viewer != null && !viewer.getControl().isDisposed()
				&& !ModelTreePage.sameElements(treeSelection, viewer.getStructuredSelection())) {
			viewer.setSelection(treeSelection, true);
		}
	}

	@Override
	public void dispose() {
		editorTree.removeSelectionChangedListener(treeTracker);
		super.dispose();
	}

	@Override
	public void selectionChanged(SelectionChangedEvent event) {
		super.selectionChanged(event);
		IStructuredSelection selection = (IStructuredSelection) event.getSelection();
		if (!selection.isEmpty() && !editorTree.getControl().isDisposed()
				&& !ModelTreePage.sameElements(selection, editorTree.getStructuredSelection())) {
			editorTree.setSelection(selection, true);
		}
	}
}

package org.segmenta.ui.internal.editor;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.segmenta.ui.internal.viewers.ItemProviderContentProvider;
import org.segmenta.ui.internal.viewers.ItemProviderLabelProvider;

/** The model's structure in the Outline view; selecting there selects in the editor's tree. */
class ModelOutlinePage extends ContentOutlinePage {

	private final AdapterFactory adapterFactory;
	private final Resource resource;
	private final TreeViewer editorTree;

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
	}

	@Override
	public void selectionChanged(org.eclipse.jface.viewers.SelectionChangedEvent event) {
		super.selectionChanged(event);
		if (!event.getSelection().isEmpty() && !editorTree.getControl().isDisposed()) {
			editorTree.setSelection(event.getSelection(), true);
		}
	}
}

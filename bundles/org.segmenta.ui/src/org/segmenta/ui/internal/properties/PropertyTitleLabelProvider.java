/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.ui.internal.properties;

import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.graphics.Image;
import org.segmenta.ui.internal.viewers.ItemProviderLabelProvider;

/** The Properties view's title: the selected element's EMF.Edit label and icon. */
public class PropertyTitleLabelProvider extends ItemProviderLabelProvider {

	private final ComposedAdapterFactory adapterFactory;

	public PropertyTitleLabelProvider() {
		this(new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE));
	}

	private PropertyTitleLabelProvider(ComposedAdapterFactory adapterFactory) {
		super(adapterFactory);
		this.adapterFactory = adapterFactory;
	}

	@Override
	public String getText(Object element) {
		Object selected = first(element);
		return selected == null ? "" : super.getText(selected);
	}

	@Override
	public Image getImage(Object element) {
		Object selected = first(element);
		return selected == null ? null : super.getImage(selected);
	}

	private static Object first(Object element) {
		return element instanceof IStructuredSelection selection ? selection.getFirstElement() : element;
	}

	@Override
	public void dispose() {
		super.dispose();
		adapterFactory.dispose();
	}
}

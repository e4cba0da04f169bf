/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.ui.internal;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Image;

/** A representation in the Project Explorer: its name, then its kind, with the diagram icon. */
public class RepresentationsLabelProvider extends LabelProvider {

	private Image icon;

	@Override
	public String getText(Object element) {
		return element instanceof RepresentationItem item ? NLS.bind(Messages.Representation_label, item.name(), item.kindLabel())
				: null;
	}

	@Override
	public Image getImage(Object element) {
		if (!(element instanceof RepresentationItem)) {
			return null;
		}
		if (icon == null) {
			icon = ImageDescriptor.createFromFile(RepresentationsLabelProvider.class, "/icons/diagram.gif").createImage();
		}
		return icon;
	}

	@Override
	public void dispose() {
		if (icon != null) {
			icon.dispose();
		}
		super.dispose();
	}
}

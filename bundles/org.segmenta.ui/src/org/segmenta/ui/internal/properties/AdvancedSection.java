/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.ui.internal.properties;

import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.tabbed.AdvancedPropertySection;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;
import org.segmenta.ui.internal.viewers.ItemPropertySourceProvider;

/** Every property of the element in the classic property sheet, grouped by EMF.Edit's categories. */
public class AdvancedSection extends AdvancedPropertySection {

	@Override
	public void createControls(Composite parent, TabbedPropertySheetPage tabbedPage) {
		super.createControls(parent, tabbedPage);
		page.setPropertySourceProvider(object -> {
			var domain = AdapterFactoryEditingDomain.getEditingDomainFor(object);
			return domain instanceof AdapterFactoryEditingDomain adapterDomain
					? new ItemPropertySourceProvider(adapterDomain.getAdapterFactory()).getPropertySource(object)
					: null;
		});
	}
}

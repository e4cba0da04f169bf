/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.ui.internal.properties;

import java.util.EventObject;
import java.util.List;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.LabelProviderChangedEvent;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.views.properties.tabbed.AbstractPropertySection;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;

/**
 * A property section that edits some features of the selected element through {@link FeatureField}s.
 * It follows the element's command stack, so undo and redo show at once.
 */
public abstract class FeaturesSection extends AbstractPropertySection {

	private final CommandStackListener stackChanged = this::stackChanged;
	private TabbedPropertySheetPage page;
	private Composite body;
	private FieldGroup fields;
	private EditingDomain domain;

	@Override
	public void createControls(Composite parent, TabbedPropertySheetPage sheetPage) {
		super.createControls(parent, sheetPage);
		page = sheetPage;
		body = getWidgetFactory().createComposite(parent);
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 8;
		layout.horizontalSpacing = 12;
		body.setLayout(layout);
	}

	private void stackChanged(EventObject event) {
		if (body != null && !body.isDisposed()) {
			body.getDisplay().asyncExec(() -> {
				if (!body.isDisposed()) {
					refresh();
					// the title shows the element's label, which may have changed with it
					page.labelProviderChanged(new LabelProviderChangedEvent(new LabelProvider()));
				}
			});
		}
	}

	/** The features this section shows for elements of {@code type}. */
	protected abstract List<? extends EStructuralFeature> features(EClass type);

	@Override
	public void setInput(IWorkbenchPart part, ISelection selection) {
		super.setInput(part, selection);
		EObject element = selectedElement(selection);
		if (element == null || fields != null && fields.owner() == element) {
			return;
		}
		for (Control old : body.getChildren()) {
			old.dispose();
		}
		listenTo(AdapterFactoryEditingDomain.getEditingDomainFor(element));
		fields = new FieldGroup(getWidgetFactory(), body, element, features(element.eClass()));
		body.layout(true, true);
		page.resizeScrolledComposite();
	}

	static EObject selectedElement(ISelection selection) {
		return selection instanceof IStructuredSelection structured
				&& structured.getFirstElement() instanceof EObject element ? element : null;
	}

	private void listenTo(EditingDomain newDomain) {
		if (domain == newDomain) {
			return;
		}
		if (domain != null) {
			domain.getCommandStack().removeCommandStackListener(stackChanged);
		}
		domain = newDomain;
		if (domain != null) {
			domain.getCommandStack().addCommandStackListener(stackChanged);
		}
	}

	/** The fields of the element shown. */
	public FieldGroup fields() {
		return fields;
	}

	@Override
	public void refresh() {
		if (fields != null && !body.isDisposed()) {
			fields.refresh();
		}
	}

	@Override
	public void dispose() {
		listenTo(null);
		super.dispose();
	}

	/** The element's own values: names, texts, numbers, choices. */
	public static class General extends FeaturesSection {
		@Override
		protected List<? extends EStructuralFeature> features(EClass type) {
			return ElementFeatures.general(type);
		}
	}

	/** The lists a consultant writes: goals, challenges, motives, support. */
	public static class Lists extends FeaturesSection {
		@Override
		protected List<? extends EStructuralFeature> features(EClass type) {
			return ElementFeatures.lists(type);
		}
	}

	/** References to other elements: segments, personas, values, variables, data sources. */
	public static class Relations extends FeaturesSection {
		@Override
		protected List<? extends EStructuralFeature> features(EClass type) {
			return ElementFeatures.relations(type);
		}
	}
}

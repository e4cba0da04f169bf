/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.ui.internal.properties;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * A check list of a many-valued reference's candidates; ticking or unticking one sets the
 * reference to the ticked elements in the candidates' order, as one command.
 */
public final class ChecklistField extends FeatureField {

	private static final int MAX_VISIBLE_ROWS = 6;

	private CheckboxTableViewer viewer;

	ChecklistField(EObject owner, EStructuralFeature feature) {
		super(owner, feature);
	}

	@Override
	boolean isTall() {
		return true;
	}

	@Override
	Control createControl(FormToolkit toolkit, Composite parent) {
		viewer = CheckboxTableViewer.newCheckList(parent, SWT.BORDER | SWT.V_SCROLL);
		toolkit.adapt(viewer.getTable(), false, false);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return label(element);
			}
		});
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
		data.widthHint = 120;
		viewer.getTable().setLayoutData(data);
		viewer.addCheckStateListener(event -> commit());
		return viewer.getTable();
	}

	private void commit() {
		List<Object> ticked = new ArrayList<>(List.of(viewer.getCheckedElements()));
		set(ticked);
	}

	@Override
	public void refresh() {
		if (viewer.getTable().isDisposed()) {
			return;
		}
		List<Object> candidates = new ArrayList<>(choices());
		List<?> current = (List<?>) owner.eGet(feature);
		current.stream().filter(value -> !candidates.contains(value)).forEach(candidates::add);
		if (!candidates.equals(viewer.getInput())) {
			viewer.setInput(candidates);
			GridData data = (GridData) viewer.getTable().getLayoutData();
			int rows = Math.max(2, Math.min(MAX_VISIBLE_ROWS, candidates.size()));
			data.heightHint = rows * viewer.getTable().getItemHeight();
		}
		viewer.setCheckedElements(current.toArray());
	}

	@Override
	public Control control() {
		return viewer.getTable();
	}

	/** Ticks or unticks {@code value}, as the user clicking its box does. */
	public void setChecked(Object value, boolean checked) {
		viewer.setChecked(value, checked);
		commit();
	}
}

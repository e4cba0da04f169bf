/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.ui.internal.properties;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.widgets.FormToolkit;

/** A drop-down over an enumeration's literals or a single reference's candidates; a reference may also be empty. */
public final class ChoiceField extends FeatureField {

	private final List<Object> values = new ArrayList<>();
	private CCombo combo;

	ChoiceField(EObject owner, EStructuralFeature feature) {
		super(owner, feature);
	}

	@Override
	Control createControl(FormToolkit toolkit, Composite parent) {
		combo = new CCombo(parent, SWT.READ_ONLY | SWT.FLAT | SWT.BORDER);
		toolkit.adapt(combo, true, false);
		combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		combo.setVisibleItemCount(12);
		combo.addListener(SWT.Selection, e -> {
			int index = combo.getSelectionIndex();
			if (index >= 0) {
				set(values.get(index));
			}
		});
		return combo;
	}

	@Override
	public void refresh() {
		if (combo.isDisposed()) {
			return;
		}
		values.clear();
		if (feature instanceof EReference) {
			values.add(null);
		}
		values.addAll(choices());
		Object current = owner.eGet(feature);
		if (current != null && !values.contains(current)) {
			values.add(current);
		}
		combo.setItems(values.stream().map(v -> v == null ? Messages.ChoiceField_none : label(v)).toArray(String[]::new));
		combo.select(values.indexOf(current));
	}

	@Override
	public CCombo control() {
		return combo;
	}

	/** Chooses the value labelled {@code text}, as the user picking it from the list does. */
	public void choose(String text) {
		int index = List.of(combo.getItems()).indexOf(text);
		if (index < 0) {
			throw new IllegalArgumentException("no choice '" + text + "' among " + List.of(combo.getItems()));
		}
		combo.select(index);
		combo.notifyListeners(SWT.Selection, null);
	}
}

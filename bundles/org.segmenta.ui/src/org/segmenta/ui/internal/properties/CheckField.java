/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.ui.internal.properties;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.widgets.FormToolkit;

/** A check box for a boolean feature, set as soon as it is clicked. */
final class CheckField extends FeatureField {

	private Button check;

	CheckField(EObject owner, EStructuralFeature feature) {
		super(owner, feature);
	}

	@Override
	Control createControl(FormToolkit toolkit, Composite parent) {
		check = toolkit.createButton(parent, "", SWT.CHECK);
		check.addListener(SWT.Selection, e -> set(check.getSelection()));
		return check;
	}

	@Override
	public void refresh() {
		if (!check.isDisposed()) {
			check.setSelection(Boolean.TRUE.equals(owner.eGet(feature)));
		}
	}

	@Override
	public Button control() {
		return check;
	}
}

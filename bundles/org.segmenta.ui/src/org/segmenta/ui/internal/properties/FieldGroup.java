/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.ui.internal.properties;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;

/** The fields of one element shown together, refreshed together. */
public final class FieldGroup {

	private final EObject owner;
	private final List<FeatureField> fields = new ArrayList<>();

	/** Adds a field per feature to {@code parent}, a two-column grid. */
	public FieldGroup(FormToolkit toolkit, Composite parent, EObject owner, List<? extends EStructuralFeature> features) {
		this.owner = owner;
		toolkit.paintBordersFor(parent);
		for (EStructuralFeature feature : features) {
			fields.add(FeatureField.create(toolkit, parent, owner, feature));
		}
	}

	public EObject owner() {
		return owner;
	}

	public List<FeatureField> fields() {
		return List.copyOf(fields);
	}

	/** The field of the feature named {@code name}. */
	public Optional<FeatureField> field(String name) {
		return fields.stream().filter(f -> f.feature().getName().equals(name)).findFirst();
	}

	/** Shows the model's values again. */
	public void refresh() {
		fields.forEach(FeatureField::refresh);
	}
}

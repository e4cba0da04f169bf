/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.ui.internal.properties;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.segmenta.model.NamedElement;

/**
 * One feature of one model element as a labelled form control. A change the user makes becomes a
 * {@link SetCommand} on the element's editing domain, so it is undoable like any other edit;
 * {@link #refresh()} shows the model's value again, e.g. after an undo.
 */
public abstract class FeatureField {

	/** The widget data key under which every field's main control holds its feature's name (for tests and accessibility tools). */
	public static final String FEATURE_KEY = "org.segmenta.ui.feature";

	protected final EObject owner;
	protected final EStructuralFeature feature;
	protected final EditingDomain domain;
	private final IItemPropertyDescriptor descriptor;

	protected FeatureField(EObject owner, EStructuralFeature feature) {
		this.owner = owner;
		this.feature = feature;
		this.domain = AdapterFactoryEditingDomain.getEditingDomainFor(owner);
		this.descriptor = descriptor(owner, feature);
	}

	/**
	 * A label and the control that suits {@code feature}, added to {@code parent}, a two-column grid:
	 * text for strings, numbers and dates (lists of strings one per line), a check box for booleans,
	 * a drop-down for enumerations and single references, a check list for many references.
	 */
	public static FeatureField create(FormToolkit toolkit, Composite parent, EObject owner,
			EStructuralFeature feature) {
		FeatureField field;
		if (feature instanceof EAttribute attribute && attribute.getEAttributeType() instanceof EEnum) {
			field = new ChoiceField(owner, feature);
		} else if (feature instanceof EAttribute attribute && !attribute.isMany()
				&& (attribute.getEAttributeType().getInstanceClass() == boolean.class
						|| attribute.getEAttributeType().getInstanceClass() == Boolean.class)) {
			field = new CheckField(owner, feature);
		} else if (feature instanceof EAttribute) {
			field = new TextField(owner, feature);
		} else if (feature.isMany()) {
			field = new ChecklistField(owner, feature);
		} else {
			field = new ChoiceField(owner, feature);
		}
		Label label = toolkit.createLabel(parent, field.displayName() + ":");
		label.setLayoutData(new GridData(SWT.LEFT, field.isTall() ? SWT.TOP : SWT.CENTER, false, false));
		String description = field.description();
		if (description != null && !description.isBlank()) {
			label.setToolTipText(description);
		}
		Control control = field.createControl(toolkit, parent);
		control.setData(FEATURE_KEY, feature.getName());
		control.setEnabled(field.isEditable());
		field.refresh();
		return field;
	}

	private static IItemPropertyDescriptor descriptor(EObject owner, EStructuralFeature feature) {
		EditingDomain domain = AdapterFactoryEditingDomain.getEditingDomainFor(owner);
		if (!(domain instanceof AdapterFactoryEditingDomain adapterDomain)) {
			return null;
		}
		Object source = adapterDomain.getAdapterFactory().adapt(owner, IItemPropertySource.class);
		if (source instanceof IItemPropertySource propertySource) {
			for (IItemPropertyDescriptor candidate : propertySource.getPropertyDescriptors(owner)) {
				if (candidate.getFeature(owner) == feature) {
					return candidate;
				}
			}
		}
		return null;
	}

	/** The feature's name as EMF.Edit labels it, e.g. "Min Segment Count". */
	public String displayName() {
		return descriptor == null ? feature.getName() : descriptor.getDisplayName(owner);
	}

	String description() {
		return descriptor == null ? null : descriptor.getDescription(owner);
	}

	/** The values a reference or enumeration may take, as EMF.Edit scopes them. */
	protected List<Object> choices() {
		Collection<?> choices = descriptor == null ? null : descriptor.getChoiceOfValues(owner);
		if (choices == null && feature.getEType() instanceof EEnum type) {
			return type.getELiterals().stream().map(literal -> (Object) literal.getInstance()).toList();
		}
		return choices == null ? List.of() : choices.stream().filter(Objects::nonNull).map(Object.class::cast).toList();
	}

	/** The label EMF.Edit gives {@code value}. */
	protected String label(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof NamedElement named && named.getName() != null) {
			return named.getName(); // the kind goes without saying in a list of one feature's candidates
		}
		if (domain instanceof AdapterFactoryEditingDomain adapterDomain) {
			AdapterFactory factory = adapterDomain.getAdapterFactory();
			if (factory.adapt(value, IItemLabelProvider.class) instanceof IItemLabelProvider labels) {
				return labels.getText(value);
			}
		}
		return value.toString();
	}

	boolean isEditable() {
		return domain != null && feature.isChangeable() && (descriptor == null || descriptor.canSetProperty(owner));
	}

	/** Whether the control is taller than one line, so its label sits at the top. */
	boolean isTall() {
		return false;
	}

	abstract Control createControl(FormToolkit toolkit, Composite parent);

	/** Shows the model's current value. */
	public abstract void refresh();

	/** The field's main control. */
	public abstract Control control();

	public EStructuralFeature feature() {
		return feature;
	}

	/** Sets the feature to {@code value} as one command, unless it already holds it. */
	protected void set(Object value) {
		if (Objects.equals(value, owner.eGet(feature))) {
			return;
		}
		Command command = SetCommand.create(domain, owner, feature, value);
		if (command.canExecute()) {
			domain.getCommandStack().execute(command);
		}
	}
}

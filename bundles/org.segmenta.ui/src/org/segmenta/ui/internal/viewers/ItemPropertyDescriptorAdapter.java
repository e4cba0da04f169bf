/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.ui.internal.viewers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.ICellEditorValidator;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;

/**
 * Adapts an EMF.Edit {@link IItemPropertyDescriptor} to the Properties view: text editing for
 * strings and numbers (validated by the data type's own conversion), a drop-down for enumerations,
 * booleans and single references. Multi-valued features are shown read-only here and edited in
 * the model tree.
 */
class ItemPropertyDescriptorAdapter implements IPropertyDescriptor {

	private final Object object;
	private final IItemPropertyDescriptor descriptor;

	ItemPropertyDescriptorAdapter(Object object, IItemPropertyDescriptor descriptor) {
		this.object = object;
		this.descriptor = descriptor;
	}

	@Override
	public CellEditor createPropertyEditor(Composite parent) {
		if (!descriptor.canSetProperty(object) || descriptor.isMany(object)) {
			return null;
		}
		Object feature = descriptor.getFeature(object);
		Collection<?> choices = descriptor.getChoiceOfValues(object);
		if (choices != null && !choices.isEmpty()) {
			return new ChoiceCellEditor(parent, new ArrayList<>(choices), getLabelProvider());
		}
		if (feature instanceof EAttribute attribute) {
			EDataType type = attribute.getEAttributeType();
			if (type instanceof EEnum) {
				return null;
			}
			if (type.getInstanceClass() == boolean.class || type.getInstanceClass() == Boolean.class) {
				return new ChoiceCellEditor(parent, List.of(Boolean.FALSE, Boolean.TRUE), getLabelProvider());
			}
			return new DataTypeCellEditor(parent, type, descriptor.isMultiLine(object));
		}
		return null;
	}

	@Override
	public String getCategory() {
		return descriptor.getCategory(object);
	}

	@Override
	public String getDescription() {
		return descriptor.getDescription(object);
	}

	@Override
	public String getDisplayName() {
		return descriptor.getDisplayName(object);
	}

	@Override
	public String[] getFilterFlags() {
		return descriptor.getFilterFlags(object);
	}

	@Override
	public Object getHelpContextIds() {
		return descriptor.getHelpContextIds(object);
	}

	@Override
	public Object getId() {
		return descriptor.getId(object);
	}

	@Override
	public ILabelProvider getLabelProvider() {
		IItemLabelProvider itemLabels = descriptor.getLabelProvider(object);
		return new LabelProvider() {
			@Override
			public String getText(Object element) {
				return itemLabels.getText(element);
			}

			@Override
			public Image getImage(Object element) {
				return null;
			}
		};
	}

	@Override
	public boolean isCompatibleWith(IPropertyDescriptor other) {
		return false;
	}

	/** Text for any EMF data type, converted and checked with the type's own factory. */
	private static final class DataTypeCellEditor extends TextCellEditor {
		private final EDataType type;

		DataTypeCellEditor(Composite parent, EDataType type, boolean multiLine) {
			super(parent, multiLine ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE);
			this.type = type;
			setValidator(new ICellEditorValidator() {
				@Override
				public String isValid(Object value) {
					try {
						EcoreUtil.createFromString(type, (String) value);
						return null;
					} catch (RuntimeException e) {
						return NLS.bind(Messages.ItemPropertyDescriptorAdapter_invalid, value, type.getName());
					}
				}
			});
		}

		@Override
		protected Object doGetValue() {
			String text = (String) super.doGetValue();
			return type.getInstanceClass() == String.class ? text : EcoreUtil.createFromString(type, text);
		}

		@Override
		protected void doSetValue(Object value) {
			super.doSetValue(value == null ? "" : EcoreUtil.convertToString(type, value));
		}
	}

	/** A drop-down over a feature's possible values, shown with their EMF.Edit labels. */
	private static final class ChoiceCellEditor extends ComboBoxCellEditor {
		private final List<Object> choices;

		ChoiceCellEditor(Composite parent, List<Object> choices, ILabelProvider labels) {
			super(parent, choices.stream().map(c -> c == null ? "" : labels.getText(c)).toArray(String[]::new),
					SWT.READ_ONLY);
			this.choices = choices;
		}

		@Override
		protected Object doGetValue() {
			int index = (Integer) super.doGetValue();
			return index < 0 ? null : choices.get(index);
		}

		@Override
		protected void doSetValue(Object value) {
			super.doSetValue(Math.max(0, choices.indexOf(value)));
		}
	}

}

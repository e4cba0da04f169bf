/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.ui.internal.properties;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * Text for a string, number or date, converted with the data type's own factory; a list of
 * strings is edited one item per line. The value is set when the user presses Enter (in a single
 * line) or leaves the field; text the data type refuses is marked and not set.
 */
public final class TextField extends FeatureField {

	/** Free-text features that read better over several lines. */
	private static final Set<String> LONG_TEXTS = Set.of("description", "statement", "narrative", "quote", "text",
			"evidence", "targetBehaviourDescription", "audience");

	private final EDataType type;
	private Text text;
	/** Whether the text shown is one the data type refused, marked and not in the model. */
	private boolean refused;

	TextField(EObject owner, EStructuralFeature feature) {
		super(owner, feature);
		this.type = ((EAttribute) feature).getEAttributeType();
	}

	@Override
	boolean isTall() {
		return feature.isMany() || LONG_TEXTS.contains(feature.getName());
	}

	@Override
	Control createControl(FormToolkit toolkit, Composite parent) {
		text = toolkit.createText(parent, "", isTall() ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE);
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
		data.widthHint = 120;
		if (isTall()) {
			data.heightHint = text.getLineHeight() * (feature.isMany() ? 4 : 3);
		}
		text.setLayoutData(data);
		if (!feature.isMany() && !isTall()) {
			text.addListener(SWT.DefaultSelection, e -> commit());
		}
		text.addListener(SWT.FocusOut, e -> commit());
		return text;
	}

	/** Sets the model from the text, as the user's Enter or leaving the field does. */
	public void commit() {
		if (text.isDisposed()) {
			return;
		}
		if (feature.isMany()) {
			List<String> lines = Arrays.stream(text.getText().split("\\R")).map(String::strip)
					.filter(line -> !line.isEmpty()).toList();
			set(lines);
			return;
		}
		String entered = text.getText().strip();
		try {
			Object value = entered.isEmpty() ? feature.getDefaultValue()
					: type.getInstanceClass() == String.class ? text.getText()
							: EcoreUtil.createFromString(type, entered);
			text.setForeground(null);
			text.setToolTipText(null);
			refused = false;
			set(value);
		} catch (RuntimeException e) {
			refused = true;
			text.setForeground(text.getDisplay().getSystemColor(SWT.COLOR_RED));
			text.setToolTipText(NLS.bind(Messages.TextField_invalid, new Object[] { entered, type.getName(), owner.eGet(feature) }));
		}
	}

	@Override
	public void refresh() {
		if (text.isDisposed()) {
			return;
		}
		Object value = owner.eGet(feature);
		String shown;
		if (feature.isMany()) {
			shown = String.join(text.getLineDelimiter(), ((List<?>) value).stream().map(String::valueOf).toList());
		} else {
			shown = value == null ? "" : EcoreUtil.convertToString(type, value);
		}
		if (!shown.equals(text.getText()) || refused) {
			text.setText(shown);
			text.setForeground(null);
			text.setToolTipText(null);
			refused = false;
		}
	}

	@Override
	public Text control() {
		return text;
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.model.internal;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;

/** Reads a model and reports an id that a second element carries, with that element's line. */
final class UniqueIdHandler extends SAXXMIHandler {

	private final Set<String> ids = new HashSet<>();

	UniqueIdHandler(XMLResource resource, XMLHelper helper, Map<?, ?> options) {
		super(resource, helper, options);
	}

	@Override
	protected void setAttribValue(EObject object, String name, String value) {
		EAttribute idAttribute = object.eClass().getEIDAttribute();
		if (idAttribute != null && idAttribute.getName().equals(name) && value != null && !ids.add(value)) {
			// the column is left out: the line is what the message needs
			error(new XMIException("duplicate id '" + value + "'", getLocation(), getLineNumber(), 0));
		}
		super.setAttribValue(object, name, value);
	}
}

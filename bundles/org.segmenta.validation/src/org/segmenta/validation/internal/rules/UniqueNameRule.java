/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.validation.internal.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcorePackage;
import org.segmenta.model.NamedElement;
import org.segmenta.model.Project;
import org.segmenta.validation.ElementPath;
import org.segmenta.validation.ElementRule;
import org.segmenta.validation.RuleContext;
import org.segmenta.validation.RuleMessages;
import org.segmenta.validation.Severity;

/**
 * Integrity: within one scope, the elements held in one list of one container (the segments of a
 * segmentation, the personas of a project), no two share a name, ignoring case and surrounding
 * space. Elements are told apart by name in every view, report and selection.
 */
public class UniqueNameRule extends ElementRule<EObject> {

	public UniqueNameRule() {
		super("segmenta.integrity.uniqueNames", Severity.ERROR, EcorePackage.Literals.EOBJECT, EObject.class,
				"No two elements in the same scope share a name.");
	}

	@Override
	protected void checkElement(EObject container, RuleContext context) {
		RuleMessages messages = messages(context);
		for (EReference containment : container.eClass().getEAllContainments()) {
			if (!containment.isMany()) {
				continue;
			}
			Map<String, NamedElement> first = new HashMap<>();
			for (Object child : (List<?>) container.eGet(containment)) {
				if (child instanceof NamedElement named && isSet(named.getName())) {
					NamedElement earlier = first.putIfAbsent(named.getName().strip().toLowerCase(Locale.ROOT), named);
					if (earlier != null) {
						String elements = messages.textOr("uniqueName.feature." + containment.getName(),
								containment.getName());
						context.report(named, messages.text("uniqueName", elements, scope(container, messages),
								quoted(named, messages)), earlier);
					}
				}
			}
		}
	}

	private static String scope(EObject container, RuleMessages messages) {
		if (container instanceof Project) {
			return messages.text("uniqueName.project");
		}
		return container instanceof NamedElement named && isSet(named.getName()) ? quoted(named, messages)
				: ElementPath.of(container);
	}
}

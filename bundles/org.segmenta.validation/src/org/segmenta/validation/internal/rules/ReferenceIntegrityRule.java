/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.validation.internal.rules;

import java.util.List;
import java.util.function.BiConsumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.segmenta.model.NamedElement;
import org.segmenta.validation.ElementPath;
import org.segmenta.validation.ElementRule;
import org.segmenta.validation.RuleContext;
import org.segmenta.validation.RuleMessages;
import org.segmenta.validation.Severity;

/**
 * Integrity: every reference points at an element of the same model. A reference dangles when its
 * target was removed from the model, lives in another file, or cannot be resolved at all.
 */
public class ReferenceIntegrityRule extends ElementRule<EObject> {

	public ReferenceIntegrityRule() {
		super("segmenta.integrity.references", Severity.ERROR, EcorePackage.Literals.EOBJECT, EObject.class,
				"Every reference points at an element of the same model.");
	}

	@Override
	protected void checkElement(EObject element, RuleContext context) {
		EObject root = EcoreUtil.getRootContainer(element);
		RuleMessages messages = messages(context);
		forEachTarget(element, (reference, target) -> {
			if (target.eIsProxy()) {
				context.report(element, messages.text("reference.notFound", describe(element, messages),
						reference.getName(), EcoreUtil.getURI(target).toString()), target);
			} else if (EcoreUtil.getRootContainer(target) != root) {
				context.report(element, messages.text("reference.otherModel", describe(element, messages),
						reference.getName(), describe(target, messages)), target);
			}
		});
	}

	/** Calls {@code action} with each target of each cross reference of {@code element}, proxies left unresolved. */
	static void forEachTarget(EObject element, BiConsumer<EReference, EObject> action) {
		for (EReference reference : element.eClass().getEAllReferences()) {
			if (!reference.isContainment() && !reference.isContainer() && !reference.isDerived()) {
				targets(element, reference).forEach(target -> action.accept(reference, target));
			}
		}
	}

	private static List<EObject> targets(EObject element, EReference reference) {
		Object value = element.eGet(reference, false);
		if (value instanceof List<?> list) {
			return list.stream().map(EObject.class::cast).toList();
		}
		return value == null ? List.of() : List.of((EObject) value);
	}

	/** The element's class and name, "Segment 'Balance Seekers'"; its path when it has no name. */
	private static String describe(EObject element, RuleMessages messages) {
		String className = element.eClass().getName();
		String kind = messages.textOr("reference.kind." + className, className);
		return kind + " " + (element instanceof NamedElement named && isSet(named.getName()) ? quoted(named, messages)
				: ElementPath.of(element));
	}
}

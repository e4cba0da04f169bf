/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.validation;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.segmenta.model.NamedElement;
import org.segmenta.model.Project;

/**
 * Names an element by its containers' names, from below the project down, such as
 * {@code Values segmentation 2026/Balance Seekers} or {@code Sanne Højbjerg/journeyQuestions[2]}:
 * what people see in the workbench, not ids.
 */
public final class ElementPath {

	private ElementPath() {
	}

	public static String of(EObject element) {
		if (element instanceof Project project) {
			return label(project);
		}
		Deque<String> steps = new ArrayDeque<>();
		for (EObject e = element; e != null && !(e instanceof Project); e = e.eContainer()) {
			steps.addFirst(step(e));
		}
		return String.join("/", steps);
	}

	/** The element's name, or its place in its container when it has none. */
	private static String step(EObject element) {
		if (element instanceof NamedElement named && named.getName() != null && !named.getName().isBlank()) {
			return named.getName().strip();
		}
		EStructuralFeature feature = element.eContainingFeature();
		if (feature == null) {
			return element.eClass().getName();
		}
		Object siblings = element.eContainer().eGet(feature);
		int index = siblings instanceof List<?> list ? list.indexOf(element) + 1 : 1;
		return feature.getName() + "[" + index + "]";
	}

	private static String label(NamedElement element) {
		return element.getName() == null || element.getName().isBlank() ? "project" : element.getName().strip();
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram;

import org.eclipse.emf.ecore.EObject;

/**
 * A Java hook for what a diagram description cannot say as a path: descriptions call it as
 * {@code service:NAME} in any expression. Contributed through the
 * {@code org.segmenta.diagram.descriptions} extension point.
 */
@FunctionalInterface
public interface DiagramService {

	/**
	 * @return a value, an element, a collection of either, or {@code null} for none
	 */
	Object evaluate(EObject element);
}

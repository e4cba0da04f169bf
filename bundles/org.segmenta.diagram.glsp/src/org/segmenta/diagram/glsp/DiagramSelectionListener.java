/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.glsp;

import java.util.List;

/** Told which model elements the user selected in a diagram. */
@FunctionalInterface
public interface DiagramSelectionListener {

	/**
	 * @param kind       the diagram kind the selection was made in
	 * @param elementIds the ids of the selected model elements (empty when the selection was cleared)
	 */
	void selectionChanged(String kind, List<String> elementIds);
}

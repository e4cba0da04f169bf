/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.glsp;

import java.io.IOException;

import org.eclipse.emf.ecore.resource.Resource;

/**
 * Saves when the user saves in a diagram (Ctrl+S in the page). The default writes the model and
 * the diagram file; the workbench editor sets one that runs its own save, so that its dirty state
 * follows.
 */
@FunctionalInterface
public interface DiagramSaver {

	/** @param diagramFile the diagram file's resource, to save together with the model */
	void save(Resource diagramFile) throws IOException;
}

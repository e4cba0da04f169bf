/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.glsp.internal;

import org.eclipse.glsp.server.layout.LayoutEngine;

import com.google.inject.Inject;

/**
 * GLSP's layout engine on the core's ELK layout (layered or mrtree, as the description says):
 * arranges the whole diagram as one command on the editing domain, so that "Arrange All" can be
 * undone and the layout is saved in the diagram file.
 */
public class ElkLayoutEngine implements LayoutEngine {

	@Inject
	protected SegmentaModelState modelState;

	@Override
	public void layout() {
		modelState.execute(modelState.diagram().layout().arrange());
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.glsp.internal;

import org.eclipse.glsp.server.di.ServerModule;
import org.segmenta.diagram.description.DiagramDescription;

/** The GLSP server module: one diagram module per diagram kind, all on the server's model. */
final class SegmentaServerModule extends ServerModule {

	private final ServerContext context;

	SegmentaServerModule(ServerContext context) {
		this.context = context;
		for (DiagramDescription description : context.kinds().all()) {
			configureDiagramModule(new KindDiagramModule(description.getId()));
		}
	}

	@Override
	protected void configureBase() {
		super.configureBase();
		bind(ServerContext.class).toInstance(context);
	}
}

package org.segmenta.diagram.glsp.internal;

import org.eclipse.glsp.server.di.ServerModule;

/** The GLSP server module: one diagram module per diagram description, all on one session. */
final class SegmentaServerModule extends ServerModule {

	private final DiagramSession session;

	SegmentaServerModule(DiagramSession session) {
		this.session = session;
	}

	@Override
	protected void configureBase() {
		super.configureBase();
		bind(DiagramSession.class).toInstance(session);
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.glsp.internal;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.glsp.server.websocket.GLSPServerEndpoint;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;

/**
 * One diagram editor's share of the {@link DiagramHost}: its model ({@link ServerContext}), the
 * token its pages and websockets carry, and the websocket connections open on it.
 */
public final class EditorSession implements AutoCloseable {

	private final DiagramHost host;
	private final ServerContext context;
	private final String token;
	private final int port;
	private final Set<Session> connections = ConcurrentHashMap.newKeySet();
	private final AtomicBoolean closed = new AtomicBoolean();

	EditorSession(DiagramHost host, ServerContext context, String token, int port) {
		this.host = host;
		this.context = context;
		this.token = token;
		this.port = port;
	}

	public ServerContext context() {
		return context;
	}

	public String token() {
		return token;
	}

	/** The port of the host's Jetty, which runs as long as this session is open. */
	public int port() {
		return port;
	}

	/**
	 * A GLSP endpoint, with an injector of its own, for a new websocket connection of this session;
	 * {@code null} when the session has closed meanwhile.
	 */
	GLSPServerEndpoint connect(Session connection) {
		connections.add(connection);
		// added before the check: a close that began meanwhile finds it and closes it too
		if (closed.get()) {
			connections.remove(connection);
			return null;
		}
		return context.createInjector().getInstance(GLSPServerEndpoint.class);
	}

	void disconnected(Session connection) {
		connections.remove(connection);
	}

	/** Refuses new connections, closes the open ones and disposes the context; once. */
	@Override
	public void close() {
		if (closed.compareAndSet(false, true)) {
			host.close(this);
		}
	}

	void closeConnections() {
		try {
			for (Session connection : connections) {
				try {
					connection.close(new CloseReason(CloseReason.CloseCodes.GOING_AWAY, "The diagram's editor has closed."));
				} catch (IOException | IllegalStateException e) {
					// the connection is gone already
				}
			}
		} finally {
			context.dispose();
		}
	}
}

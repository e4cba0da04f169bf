/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.glsp.internal;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.eclipse.glsp.server.websocket.GLSPConfigurator;
import org.eclipse.glsp.server.websocket.GLSPServerEndpoint;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.Session;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpointConfig;

/**
 * The websocket endpoint of the shared server: it hands each connection to a GLSP endpoint made by
 * the injector of the session the connection's token names. The {@link Router} finds that session
 * during the handshake; the GLSP endpoint is made when the connection opens, since the container
 * asks for the endpoint instance without saying for which request.
 */
public final class SessionEndpoint extends Endpoint {

	private static final String SESSION = EditorSession.class.getName();

	private EditorSession session;
	private GLSPServerEndpoint glsp;

	@Override
	public void onOpen(Session connection, EndpointConfig config) {
		session = (EditorSession) config.getUserProperties().get(SESSION);
		glsp = session == null ? null : session.connect(connection);
		if (glsp == null) {
			// the session closed between the token check and the opening, as its editor closed
			try {
				connection.close(new CloseReason(CloseReason.CloseCodes.GOING_AWAY, "The diagram's editor has closed."));
			} catch (IOException e) {
				// closed already
			}
			return;
		}
		glsp.onOpen(connection, config);
	}

	@Override
	public void onClose(Session connection, CloseReason reason) {
		if (glsp != null) {
			session.disconnected(connection);
			glsp.onClose(connection, reason);
		}
	}

	@Override
	public void onError(Session connection, Throwable failure) {
		if (glsp != null) {
			glsp.onError(connection, failure);
		}
	}

	/**
	 * Puts the session the handshake's token names into the connection's own configuration
	 * (the container copies the user properties for every upgrade), and makes a {@link SessionEndpoint}
	 * per connection. GLSP's configurator supplies the container's negotiation and origin check.
	 */
	static final class Router extends GLSPConfigurator {

		private final DiagramHost host;

		Router(DiagramHost host) {
			super(() -> {
				throw new IllegalStateException("Injectors are made per session, when a connection opens");
			});
			this.host = host;
		}

		@Override
		public void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
			EditorSession session = host.find(presentedToken(request));
			if (session != null) {
				config.getUserProperties().put(SESSION, session);
			}
		}

		/** The token as {@link TokenGuard} reads it: the header first, then the query parameter. */
		private static String presentedToken(HandshakeRequest request) {
			for (Map.Entry<String, List<String>> header : request.getHeaders().entrySet()) {
				if (TokenGuard.HEADER.equalsIgnoreCase(header.getKey()) && !header.getValue().isEmpty()) {
					return header.getValue().get(0);
				}
			}
			List<String> parameter = request.getParameterMap().get(TokenGuard.PARAMETER);
			return parameter == null || parameter.isEmpty() ? null : parameter.get(0);
		}

		@Override
		public <T> T getEndpointInstance(Class<T> endpointClass) {
			return endpointClass.cast(new SessionEndpoint());
		}
	}
}

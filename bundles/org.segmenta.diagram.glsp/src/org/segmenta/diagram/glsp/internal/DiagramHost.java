/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.glsp.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.ee10.websocket.jakarta.server.config.JakartaWebSocketServletContainerInitializer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

import jakarta.websocket.server.ServerEndpointConfig;

/**
 * The one Jetty of the workbench: it serves the web client and the GLSP websocket endpoint
 * {@value #ENDPOINT} for every open diagram editor. Each editor is an {@link EditorSession} with a
 * token of its own; a request reaches only the session its token names. Jetty starts with the
 * first session and stops when the last one closes, or when the bundle stops.
 */
public final class DiagramHost {

	/** The path of the GLSP websocket endpoint. */
	public static final String ENDPOINT = "glsp";

	/** The name of Jetty's threads (a number follows). */
	public static final String THREAD_NAME = "segmenta-diagram-server";

	/** Jetty logs through SLF4J to java.util.logging; its start/stop notices are noise in an editor. */
	private static final Logger JETTY_LOG = Logger.getLogger("org.eclipse.jetty");

	private static final DiagramHost WORKBENCH = new DiagramHost();

	static {
		JETTY_LOG.setLevel(Level.WARNING);
	}

	/** The open sessions by the digest of their token (see {@link TokenGuard#digest(String)}). */
	private final Map<String, EditorSession> sessions = new ConcurrentHashMap<>();
	/** The running Jetty, or {@code null} while no session is open; guarded by {@code this}. */
	private Server jetty;

	private DiagramHost() {
	}

	/** The host of this workbench (of this bundle's activation). */
	public static DiagramHost workbench() {
		return WORKBENCH;
	}

	/** Opens a session for {@code context} with a fresh token, starting Jetty if it is not running. */
	public synchronized EditorSession open(ServerContext context) throws Exception {
		if (jetty == null) {
			Server started = ContextClassLoader.call(this::createJetty);
			ContextClassLoader.call(() -> {
				started.start();
				return null;
			});
			jetty = started;
		}
		EditorSession session = new EditorSession(this, context, TokenGuard.newToken(),
				((ServerConnector) jetty.getConnectors()[0]).getLocalPort());
		sessions.put(TokenGuard.digest(session.token()), session);
		return session;
	}

	/** The open session whose token is {@code presentedToken}, or {@code null}. */
	public EditorSession find(String presentedToken) {
		return presentedToken == null ? null : sessions.get(TokenGuard.digest(presentedToken));
	}

	/** Closes every session, which stops Jetty (when the bundle stops). */
	public void closeAll() {
		List.copyOf(sessions.values()).forEach(EditorSession::close);
	}

	/** Forgets {@code session}, closes its connections and stops Jetty when it was the last one. */
	void close(EditorSession session) {
		Server stopping = null;
		synchronized (this) {
			sessions.remove(TokenGuard.digest(session.token()));
			if (sessions.isEmpty()) {
				stopping = jetty;
				jetty = null;
			}
		}
		// outside the lock: a closing connection may wait for the model's thread, which may be opening an editor
		session.closeConnections();
		if (stopping != null) {
			stop(stopping);
		}
	}

	private static void stop(Server stopping) {
		try {
			ContextClassLoader.call(() -> {
				stopping.stop();
				return null;
			});
		} catch (Exception e) {
			// stopping is best effort: the threads are daemons and the port is freed by the OS
		}
	}

	private Server createJetty() {
		QueuedThreadPool threads = new QueuedThreadPool(32, 2);
		threads.setName(THREAD_NAME);
		threads.setDaemon(true);
		Server server = new Server(threads);
		ServerConnector connector = new ServerConnector(server);
		connector.setHost("127.0.0.1");
		connector.setPort(0);
		server.addConnector(connector);

		ServletContextHandler context = new ServletContextHandler(ServletContextHandler.NO_SESSIONS);
		context.setContextPath("/");
		context.setClassLoader(ContextClassLoader.bundleLoader());
		context.addServlet(new ServletHolder(new WebClientServlet()), "/*");
		JakartaWebSocketServletContainerInitializer.configure(context, (servletContext, container) -> {
			// an open diagram may sit idle for hours; the connection ends when the page or the editor closes
			container.setDefaultMaxSessionIdleTimeout(0);
			container.addEndpoint(ServerEndpointConfig.Builder.create(SessionEndpoint.class, "/" + ENDPOINT)
					.configurator(new SessionEndpoint.Router(this)).build());
		});
		server.setHandler(new TokenGuard(this, context));
		server.setStopAtShutdown(false);
		return server;
	}
}

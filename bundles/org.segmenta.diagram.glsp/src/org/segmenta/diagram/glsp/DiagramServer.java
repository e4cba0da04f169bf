/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.glsp;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.glsp.server.websocket.GLSPConfigurator;
import org.eclipse.glsp.server.websocket.GLSPServerEndpoint;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.ee10.websocket.jakarta.server.config.JakartaWebSocketServletContainerInitializer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.segmenta.diagram.DiagramKinds;
import org.segmenta.diagram.description.DiagramDescription;
import org.segmenta.diagram.glsp.internal.ContextClassLoader;
import org.segmenta.diagram.glsp.internal.ServerContext;
import org.segmenta.diagram.glsp.internal.TokenGuard;
import org.segmenta.diagram.glsp.internal.WebClientServlet;
import org.segmenta.diagram.web.WebClient;
import org.segmenta.model.Project;

import com.google.inject.Injector;

import jakarta.websocket.server.ServerEndpointConfig;

/**
 * A GLSP diagram server for one Segmenta model: an embedded Jetty on 127.0.0.1 with a random port
 * that serves the web client and the GLSP websocket endpoint {@value #ENDPOINT}, both behind a
 * per-server random token. Every diagram kind the descriptions declare is available; diagram
 * operations execute as EMF commands on the model's {@link EditingDomain}, so an editor that hands
 * over its domain shares undo/redo and dirty state with the diagrams.
 *
 * <pre>
 * DiagramServer server = DiagramServer.start(domain, modelFile, display::syncExec);
 * browser.setUrl(server.pageUrl("segment-tree"));
 * server.addSelectionListener(ids -&gt; ...);
 * ...
 * server.stop();
 * </pre>
 */
public final class DiagramServer implements AutoCloseable {

	/** The path of the GLSP websocket endpoint. */
	public static final String ENDPOINT = "glsp";

	/** Jetty logs through SLF4J to java.util.logging; its start/stop notices are noise in an editor. */
	private static final Logger JETTY_LOG = Logger.getLogger("org.eclipse.jetty");

	static {
		JETTY_LOG.setLevel(Level.WARNING);
	}

	private final ServerContext session;
	private final Server jetty;
	private final String token;

	private DiagramServer(ServerContext session, Server jetty, String token) {
		this.session = session;
		this.jetty = jetty;
		this.token = token;
	}

	/**
	 * Starts a server for the model in {@code modelFile}, which {@code domain}'s resource set has
	 * loaded (or loads now). Operations run on {@code domain}'s command stack, and every access to
	 * the model goes through {@code modelThread} (the workbench passes {@code display::syncExec}).
	 */
	public static DiagramServer start(EditingDomain domain, Path modelFile, ModelAccess modelThread) throws IOException {
		return start(ServerContext.open(domain, modelFile, DiagramKinds.getDefault().in(Locale.getDefault()), modelThread));
	}

	/**
	 * Starts a server for the model in {@code modelFile} on {@code domain}, touching the model on
	 * the server's own threads: for domains nothing else changes at the same time. An editor whose
	 * model belongs to the UI thread uses {@link #start(EditingDomain, Path, ModelAccess)}.
	 */
	public static DiagramServer start(EditingDomain domain, Path modelFile) throws IOException {
		return start(domain, modelFile, ModelAccess.DIRECT);
	}

	/**
	 * Starts a server for the model in {@code modelFile} with an editing domain of its own (for the
	 * headless use, tests and benchmarks).
	 */
	public static DiagramServer start(Path modelFile) throws IOException {
		return start(ServerContext.newEditingDomain(), modelFile, ModelAccess.DIRECT);
	}

	private static DiagramServer start(ServerContext session) throws IOException {
		String token = TokenGuard.newToken();
		try {
			Server jetty = ContextClassLoader.call(() -> createJetty(session::createInjector, token));
			ContextClassLoader.call(() -> {
				jetty.start();
				return null;
			});
			return new DiagramServer(session, jetty, token);
		} catch (Exception e) {
			session.dispose();
			throw new IOException("The diagram server could not start: " + e.getMessage(), e);
		}
	}

	private static Server createJetty(Supplier<Injector> injectors, String token) throws Exception {
		QueuedThreadPool threads = new QueuedThreadPool(32, 2);
		threads.setName("segmenta-diagram-server");
		threads.setDaemon(true);
		Server jetty = new Server(threads);
		ServerConnector connector = new ServerConnector(jetty);
		connector.setHost("127.0.0.1");
		connector.setPort(0);
		jetty.addConnector(connector);

		ServletContextHandler context = new ServletContextHandler(ServletContextHandler.NO_SESSIONS);
		context.setContextPath("/");
		context.setClassLoader(ContextClassLoader.bundleLoader());
		context.addServlet(new ServletHolder(new WebClientServlet(token)), "/*");
		JakartaWebSocketServletContainerInitializer.configure(context, (servletContext, container) -> {
			// an open diagram may sit idle for hours; the session ends when the page closes
			container.setDefaultMaxSessionIdleTimeout(0);
			ServerEndpointConfig endpoint = ServerEndpointConfig.Builder.create(GLSPServerEndpoint.class, "/" + ENDPOINT)
					.configurator(new GLSPConfigurator(injectors)).build();
			container.addEndpoint(endpoint);
		});
		jetty.setHandler(new TokenGuard(token, context));
		jetty.setStopAtShutdown(false);
		return jetty;
	}

	/** The port the server listens on (on 127.0.0.1). */
	public int port() {
		return ((ServerConnector) jetty.getConnectors()[0]).getLocalPort();
	}

	/** The session token every request must carry (query parameter {@code token}). */
	public String token() {
		return token;
	}

	/** {@code http://127.0.0.1:PORT/} without the token. */
	public String baseUrl() {
		return "http://127.0.0.1:" + port() + "/";
	}

	/** The page showing the diagram of {@code kind} (a description id such as {@code segment-tree}). */
	public String pageUrl(String kind) {
		// the page speaks the workbench's language (-nl), as its other texts do
		return baseUrl() + WebClient.PAGE + "?token=" + token + "&kind=" + URLEncoder.encode(kind, StandardCharsets.UTF_8) + "&lang="
				+ URLEncoder.encode(Locale.getDefault().getLanguage(), StandardCharsets.UTF_8);
	}

	/** The GLSP websocket endpoint, token included. */
	public String websocketUrl() {
		return "ws://127.0.0.1:" + port() + "/" + ENDPOINT + "?token=" + token;
	}

	/** The editing domain the diagram operations run on. */
	public EditingDomain editingDomain() {
		return session.editingDomain();
	}

	/** The model the diagrams show. */
	public Project project() {
		return session.project();
	}

	/** The model file the diagrams show. */
	public Path modelFile() {
		return session.modelFile();
	}

	/** The diagram kinds (description ids) the server offers, e.g. {@code segment-tree}. */
	public List<String> kinds() {
		return session.kinds().all().stream().map(DiagramDescription::getId).toList();
	}

	/**
	 * Replaces what saving from a diagram page does (by default the model and the diagram file
	 * are written); {@code null} restores the default.
	 */
	public void setSaver(DiagramSaver saver) {
		session.setSaver(saver);
	}

	/**
	 * Makes pages show the saved representation {@code name} (of the kind in their address) instead
	 * of the first one of their kind; {@code null} restores that.
	 */
	public void setRepresentation(String name) {
		session.setRepresentation(name);
	}

	/** Called with the semantic element ids whenever the user selects elements in a diagram. */
	public void addSelectionListener(DiagramSelectionListener listener) {
		session.addSelectionListener(listener);
	}

	public void removeSelectionListener(DiagramSelectionListener listener) {
		session.removeSelectionListener(listener);
	}

	/** Stops Jetty and closes the client sessions; the editing domain stays as it is. */
	public void stop() {
		try {
			ContextClassLoader.call(() -> {
				jetty.stop();
				return null;
			});
		} catch (Exception e) {
			// stopping is best effort: the threads are daemons and the port is freed by the OS
		} finally {
			session.dispose();
		}
	}

	@Override
	public void close() {
		stop();
	}
}

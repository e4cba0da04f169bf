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

import org.eclipse.emf.edit.domain.EditingDomain;
import org.segmenta.diagram.DiagramKinds;
import org.segmenta.diagram.description.DiagramDescription;
import org.segmenta.diagram.glsp.internal.DiagramHost;
import org.segmenta.diagram.glsp.internal.EditorSession;
import org.segmenta.diagram.glsp.internal.ServerContext;
import org.segmenta.diagram.web.WebClient;
import org.segmenta.model.Project;

/**
 * One model's session on the workbench's GLSP diagram server: an embedded Jetty on 127.0.0.1 with
 * a random port, shared by every open diagram editor, that serves the web client and the GLSP
 * websocket endpoint {@value #ENDPOINT}. Each session has a random token of its own, which its
 * pages and websockets carry; a request reaches only the model of the session its token names.
 * Jetty starts with the first session and stops when the last one stops. Every diagram kind the
 * descriptions declare is available; diagram operations execute as EMF commands on the model's
 * {@link EditingDomain}, so an editor that hands over its domain shares undo/redo and dirty state
 * with the diagrams.
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
	public static final String ENDPOINT = DiagramHost.ENDPOINT;

	private final EditorSession session;

	private DiagramServer(EditorSession session) {
		this.session = session;
	}

	/**
	 * Opens a session for the model in {@code modelFile}, which {@code domain}'s resource set has
	 * loaded (or loads now). Operations run on {@code domain}'s command stack, and every access to
	 * the model goes through {@code modelThread} (the workbench passes {@code display::syncExec}).
	 */
	public static DiagramServer start(EditingDomain domain, Path modelFile, ModelAccess modelThread) throws IOException {
		return start(ServerContext.open(domain, modelFile, DiagramKinds.getDefault().in(Locale.getDefault()), modelThread));
	}

	/**
	 * Opens a session for the model in {@code modelFile} on {@code domain}, touching the model on
	 * the server's own threads: for domains nothing else changes at the same time. An editor whose
	 * model belongs to the UI thread uses {@link #start(EditingDomain, Path, ModelAccess)}.
	 */
	public static DiagramServer start(EditingDomain domain, Path modelFile) throws IOException {
		return start(domain, modelFile, ModelAccess.DIRECT);
	}

	/**
	 * Opens a session for the model in {@code modelFile} with an editing domain of its own (for the
	 * headless use, tests and benchmarks).
	 */
	public static DiagramServer start(Path modelFile) throws IOException {
		return start(ServerContext.newEditingDomain(), modelFile, ModelAccess.DIRECT);
	}

	private static DiagramServer start(ServerContext context) throws IOException {
		try {
			return new DiagramServer(DiagramHost.workbench().open(context));
		} catch (Exception e) {
			context.dispose();
			throw new IOException("The diagram server could not start: " + e.getMessage(), e);
		}
	}

	/** The port the shared server listens on (on 127.0.0.1). */
	public int port() {
		return session.port();
	}

	/** The session's token, which every request must carry (query parameter {@code token}). */
	public String token() {
		return session.token();
	}

	/** {@code http://127.0.0.1:PORT/} without the token. */
	public String baseUrl() {
		return "http://127.0.0.1:" + port() + "/";
	}

	/** The page showing the diagram of {@code kind} (a description id such as {@code segment-tree}). */
	public String pageUrl(String kind) {
		// the page speaks the workbench's language (-nl), as its other texts do
		return baseUrl() + WebClient.PAGE + "?token=" + token() + "&kind=" + URLEncoder.encode(kind, StandardCharsets.UTF_8) + "&lang="
				+ URLEncoder.encode(Locale.getDefault().getLanguage(), StandardCharsets.UTF_8);
	}

	/** The GLSP websocket endpoint, token included. */
	public String websocketUrl() {
		return "ws://127.0.0.1:" + port() + "/" + ENDPOINT + "?token=" + token();
	}

	/** The editing domain the diagram operations run on. */
	public EditingDomain editingDomain() {
		return session.context().editingDomain();
	}

	/** The model the diagrams show. */
	public Project project() {
		return session.context().project();
	}

	/** The model file the diagrams show. */
	public Path modelFile() {
		return session.context().modelFile();
	}

	/** The diagram kinds (description ids) the server offers, e.g. {@code segment-tree}. */
	public List<String> kinds() {
		return session.context().kinds().all().stream().map(DiagramDescription::getId).toList();
	}

	/**
	 * Replaces what saving from a diagram page does (by default the model and the diagram file
	 * are written); {@code null} restores the default.
	 */
	public void setSaver(DiagramSaver saver) {
		session.context().setSaver(saver);
	}

	/**
	 * Makes pages show the saved representation {@code name} (of the kind in their address) instead
	 * of the first one of their kind; {@code null} restores that.
	 */
	public void setRepresentation(String name) {
		session.context().setRepresentation(name);
	}

	/** Called with the semantic element ids whenever the user selects elements in a diagram. */
	public void addSelectionListener(DiagramSelectionListener listener) {
		session.context().addSelectionListener(listener);
	}

	public void removeSelectionListener(DiagramSelectionListener listener) {
		session.context().removeSelectionListener(listener);
	}

	/**
	 * Ends the session: its token is refused from now on and its websockets close, while the other
	 * sessions go on; Jetty stops with the last session. The editing domain stays as it is.
	 */
	public void stop() {
		session.close();
	}

	@Override
	public void close() {
		stop();
	}
}

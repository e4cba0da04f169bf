/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.glsp.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GModelRoot;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.actions.ActionMessage;
import org.eclipse.glsp.server.features.core.model.RequestModelAction;
import org.eclipse.glsp.server.features.core.model.SetModelAction;
import org.eclipse.glsp.server.features.core.model.UpdateModelAction;
import org.eclipse.glsp.server.protocol.GLSPServer;
import org.eclipse.glsp.server.protocol.InitializeClientSessionParameters;
import org.eclipse.glsp.server.protocol.InitializeParameters;
import org.segmenta.diagram.DiagramKinds;
import org.segmenta.diagram.glsp.ModelAccess;
import org.segmenta.diagram.glsp.internal.ChangesUpdateAction;
import org.segmenta.diagram.glsp.internal.ServerContext;
import org.segmenta.model.Project;

/**
 * A GLSP client session on the real server stack (Guice modules, action dispatcher, operation
 * handlers, the core's commands), talked to in-process instead of over the websocket: the test
 * plays the web client, sending actions and reading what the server sends back.
 */
final class GlspTestSession implements AutoCloseable {

	private static final String CLIENT_ID = "test-client";
	private static final List<String> CLIENT_ACTIONS = List.of("setModel", "updateModel", "setDirtyState", "message",
			"setMarkers", "status", "requestBounds", "setTypeHints", "setEditMode", "startProgress", "updateProgress",
			"endProgress", "setContextActions", "setEditValidationResult", "deleteMarkers");

	final ServerContext context;
	private final GLSPServer server;
	private final BlockingQueue<Action> received = new LinkedBlockingQueue<>();
	private GModelRoot model;
	private Action lastUpdate;

	GlspTestSession(Path modelFile, String kind, boolean validating) throws Exception {
		this(modelFile, kind, validating, DiagramKinds.getDefault());
	}

	/** A session on diagrams of {@code kinds}, in their language ({@code DiagramKinds.in}). */
	GlspTestSession(Path modelFile, String kind, boolean validating, DiagramKinds kinds) throws Exception {
		// without background validation, its refreshes interleave with the answers the tests await
		this(ServerContext.open(ServerContext.newEditingDomain(), modelFile, kinds, ModelAccess.DIRECT, validating), modelFile, kind);
	}

	/** A session on {@code context}: its domain, and the model's thread its access stands for. */
	GlspTestSession(ServerContext context, Path modelFile, String kind) throws Exception {
		this.context = context;
		server = context.createInjector().getInstance(GLSPServer.class);
		server.connect(message -> received.add(message.getAction()));
		InitializeParameters initialize = new InitializeParameters();
		initialize.setApplicationId("segmenta-tests");
		initialize.setProtocolVersion("1.0.0");
		initialize.setArgs(Map.of());
		server.initialize(initialize).get(30, TimeUnit.SECONDS);
		server.initializeClientSession(new InitializeClientSessionParameters(CLIENT_ID, kind, CLIENT_ACTIONS))
				.get(30, TimeUnit.SECONDS);
		dispatch(new RequestModelAction(Map.of("diagramType", kind, "sourceUri", modelFile.toString())));
		awaitModel();
	}

	static GlspTestSession open(Path modelFile, String kind) throws IOException {
		return open(modelFile, kind, false);
	}

	static GlspTestSession open(Path modelFile, String kind, boolean validating) throws IOException {
		try {
			return new GlspTestSession(modelFile, kind, validating);
		} catch (IOException e) {
			throw e;
		} catch (Exception e) {
			throw new IOException(e);
		}
	}

	Project project() {
		return context.project();
	}

	void dispatch(Action action) {
		server.process(new ActionMessage(CLIENT_ID, action));
	}

	/** Dispatches {@code action} and waits for the model the server sends in answer. */
	GModelRoot dispatchAndAwaitModel(Action action) throws InterruptedException {
		received.clear();
		dispatch(action);
		return awaitModel();
	}

	/**
	 * Waits for the next SetModel or UpdateModel and applies it to the model this client shows, as
	 * the web client does: a new root replaces it, changes are applied to it (to a copy: the server
	 * hands over its own objects in process).
	 */
	GModelRoot awaitModel() throws InterruptedException {
		Action action = await(SetModelAction.class, UpdateModelAction.class);
		lastUpdate = action;
		if (action instanceof ChangesUpdateAction changes) {
			applyChanges(changes.getMatches());
		} else {
			GModelRoot root = action instanceof SetModelAction set ? set.getNewRoot() : ((UpdateModelAction) action).getNewRoot();
			model = EcoreUtil.copy(root);
		}
		return model;
	}

	/** The last model action the server sent. */
	Action lastUpdate() {
		return lastUpdate;
	}

	/** What sprotty's update command does with matches: removals first, then additions in order. */
	private void applyChanges(List<ChangesUpdateAction.Match> matches) {
		for (ChangesUpdateAction.Match match : matches) {
			if (match.leftId() != null) {
				GModelElement gone = find(model, match.leftId());
				assertNotNull(gone, "the server takes away " + match.leftId() + ", which the client does not have");
				EcoreUtil.remove(gone);
			}
		}
		for (ChangesUpdateAction.Match match : matches) {
			if (match.right() != null) {
				GModelElement parent = find(model, match.rightParentId());
				assertNotNull(parent, "the server adds to " + match.rightParentId() + ", which the client does not have");
				parent.getChildren().add(EcoreUtil.copy(match.right()));
			}
		}
	}

	/** Waits for the next action of one of {@code types}; fails after 20 s. */
	@SafeVarargs
	final Action await(Class<? extends Action>... types) throws InterruptedException {
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
		while (System.nanoTime() < end) {
			Action action = received.poll(100, TimeUnit.MILLISECONDS);
			if (action != null) {
				for (Class<? extends Action> type : types) {
					if (type.isInstance(action)) {
						return action;
					}
				}
			}
		}
		throw new AssertionError("the server sent no " + List.of(types).stream().map(Class::getSimpleName).toList());
	}

	GModelRoot model() {
		return model;
	}

	GNode node(String id) {
		GModelElement element = find(model, id);
		assertNotNull(element, "the diagram has no element " + id);
		return (GNode) element;
	}

	List<GEdge> edges() {
		return model.getChildren().stream().filter(GEdge.class::isInstance).map(GEdge.class::cast).toList();
	}

	static GModelElement find(GModelElement element, String id) {
		if (id.equals(element.getId())) {
			return element;
		}
		for (GModelElement child : element.getChildren()) {
			GModelElement found = find(child, id);
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	@Override
	public void close() {
		server.shutdown();
		context.dispose();
	}
}

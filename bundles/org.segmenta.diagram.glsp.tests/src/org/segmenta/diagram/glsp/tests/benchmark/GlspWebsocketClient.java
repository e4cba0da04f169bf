/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.glsp.tests.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * A GLSP client over the real websocket, speaking JSON-RPC as the web client does: initialize,
 * initializeClientSession, then actions through "process" notifications both ways.
 */
public final class GlspWebsocketClient implements AutoCloseable {

	private final WebSocket socket;
	private final BlockingQueue<JsonObject> received = new LinkedBlockingQueue<>();
	private final String clientId;
	private int nextId = 1;

	public GlspWebsocketClient(String url, String clientId) {
		this.clientId = clientId;
		socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(URI.create(url), new WebSocket.Listener() {
			private final StringBuilder message = new StringBuilder();

			@Override
			public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
				message.append(data);
				if (last) {
					received.add(JsonParser.parseString(message.toString()).getAsJsonObject());
					message.setLength(0);
				}
				webSocket.request(1);
				return null;
			}
		}).orTimeout(10, TimeUnit.SECONDS).join();
	}

	/** Initializes the server and a client session on diagrams of {@code kind}. */
	public void initialize(String kind) throws InterruptedException {
		request("initialize", JsonParser.parseString("""
				{"applicationId": "segmenta-tests", "protocolVersion": "1.0.0", "args": {}}""").getAsJsonObject());
		request("initializeClientSession", JsonParser.parseString("""
				{"clientSessionId": "%s", "diagramType": "%s", "clientActionKinds": ["setModel", "updateModel",
				 "setDirtyState", "message", "setMarkers", "status"], "args": {}}""".formatted(clientId, kind)).getAsJsonObject());
	}

	/** Asks for the diagram of {@code kind} on {@code model}, as the page does when it opens. */
	public void requestModel(String kind, Path model) {
		dispatch(JsonParser.parseString("""
				{"kind": "requestModel", "requestId": "open", "options": {"diagramType": "%s", "sourceUri": "%s"}}"""
				.formatted(kind, model.toUri())).getAsJsonObject());
	}

	/** Sends a request and waits for its response. */
	JsonObject request(String method, JsonObject params) throws InterruptedException {
		int id = nextId++;
		JsonObject message = new JsonObject();
		message.addProperty("jsonrpc", "2.0");
		message.addProperty("id", id);
		message.addProperty("method", method);
		message.add("params", params);
		socket.sendText(message.toString(), true).join();
		while (true) {
			JsonObject answer = next();
			if (answer.has("id") && answer.get("id").getAsInt() == id) {
				return answer;
			}
		}
	}

	/** Sends an action to the server. */
	public void dispatch(JsonObject action) {
		JsonObject params = new JsonObject();
		params.addProperty("clientId", clientId);
		params.add("action", action);
		JsonObject message = new JsonObject();
		message.addProperty("jsonrpc", "2.0");
		message.addProperty("method", "process");
		message.add("params", params);
		socket.sendText(message.toString(), true).join();
	}

	/** Waits for the next action of {@code kind} from the server. */
	public JsonObject awaitAction(String kind) throws InterruptedException {
		while (true) {
			JsonObject message = next();
			if ("process".equals(stringOf(message, "method"))) {
				JsonObject action = message.getAsJsonObject("params").getAsJsonObject("action");
				if (kind.equals(stringOf(action, "kind"))) {
					return action;
				}
			}
		}
	}

	private JsonObject next() throws InterruptedException {
		JsonObject message = received.poll(60, TimeUnit.SECONDS);
		if (message == null) {
			throw new IllegalStateException("the server sent nothing for 60 s");
		}
		return message;
	}

	private static String stringOf(JsonObject object, String member) {
		return object.has(member) && object.get(member).isJsonPrimitive() ? object.get(member).getAsString() : null;
	}

	@Override
	public void close() {
		socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").orTimeout(5, TimeUnit.SECONDS).join();
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.glsp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.diagram.glsp.DiagramServer;
import org.segmenta.diagram.glsp.internal.DiagramHost;
import org.segmenta.diagram.glsp.tests.benchmark.GlspWebsocketClient;
import org.segmenta.model.Project;
import org.segmenta.model.persistence.SegmentationFiles;
import org.segmenta.tests.support.Examples;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The diagram editors of a workbench share one Jetty: each editor's session has its own token and
 * model, closing one leaves the others working, and Jetty stops with the last one.
 */
class SharedServerTest {

	private static final String KIND = "segment-tree";
	private static final String RENAMED = "Kun i den anden model ÆØÅ";

	@TempDir
	Path folder;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void twoEditorsShareOneJettyEachReachingOnlyItsOwnModel() throws Exception {
		Path firstModel = Examples.modelCopy(folder);
		Path secondModel = folder.resolve("second.segmentation");
		Project second = SegmentationFiles.load(Examples.model());
		second.getSegmentations().get(0).getSegments().get(0).setName(RENAMED);
		SegmentationFiles.save(second, secondModel);

		int port;
		try (DiagramServer first = DiagramServer.start(firstModel)) {
			port = first.port();
			String firstName = first.project().getSegmentations().get(0).getSegments().get(0).getName();
			long threadsOfOneServer = serverThreads();
			assertTrue(threadsOfOneServer > 0, "Jetty's threads are named " + DiagramHost.THREAD_NAME);

			DiagramServer other = DiagramServer.start(secondModel);
			assertEquals(first.port(), other.port(), "both editors are served on the one port");
			assertEquals(threadsOfOneServer, serverThreads(), "the second editor starts no thread pool of its own");
			assertNotEquals(first.token(), other.token());

			List<String> firstLabels = shownLabels(first, firstModel);
			List<String> otherLabels = shownLabels(other, secondModel);
			assertTrue(firstLabels.contains(firstName), firstLabels.toString());
			assertFalse(firstLabels.contains(RENAMED), "the first token opens the first model only: " + firstLabels);
			assertTrue(otherLabels.contains(RENAMED), otherLabels.toString());
			assertFalse(otherLabels.contains(firstName), "the second token opens the second model only: " + otherLabels);

			CompletableFuture<Void> answered = new CompletableFuture<>();
			CompletableFuture<Integer> closedWith = new CompletableFuture<>();
			WebSocket open = http.newWebSocketBuilder().buildAsync(URI.create(other.websocketUrl()), new WebSocket.Listener() {
				@Override
				public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
					answered.complete(null);
					socket.request(1);
					return null;
				}

				@Override
				public CompletionStage<?> onClose(WebSocket socket, int statusCode, String reason) {
					closedWith.complete(statusCode);
					return null;
				}
			}).get(10, TimeUnit.SECONDS);
			// an answer from GLSP: the connection is open on the server's side
			open.sendText("""
					{"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"applicationId": "segmenta-tests", "protocolVersion": "1.0.0", "args": {}}}""",
					true);
			answered.get(10, TimeUnit.SECONDS);
			other.stop();
			assertEquals(WebSocket.NORMAL_CLOSURE + 1, closedWith.get(10, TimeUnit.SECONDS), "closing an editor closes its page's websocket (going away)");
			assertEquals(403, status(other.pageUrl(KIND)), "a closed editor's token is refused");
			assertEquals(200, status(first.pageUrl(KIND)), "the other editor's page is still served");
			assertTrue(shownLabels(first, firstModel).contains(firstName), "the other editor's diagram still opens");
		}
		assertThrows(ConnectException.class, () -> new Socket("127.0.0.1", port).close(), "Jetty stops with the last editor");
		assertEquals(0, serverThreadsAfterStopping(), "Jetty's threads end with it");
	}

	@Test
	void theServerStartsAgainForTheNextEditor() throws Exception {
		Path model = Examples.modelCopy(folder);
		DiagramServer.start(model).stop();
		try (DiagramServer again = DiagramServer.start(model)) {
			assertEquals(200, status(again.pageUrl(KIND)));
			assertFalse(shownLabels(again, model).isEmpty());
		}
	}

	/** The texts of the diagram of {@link #KIND} that the server sends a websocket with the session's token. */
	private static List<String> shownLabels(DiagramServer server, Path model) throws InterruptedException {
		try (GlspWebsocketClient client = new GlspWebsocketClient(server.websocketUrl(), "shared-server-test")) {
			client.initialize(KIND);
			client.requestModel(KIND, model);
			List<String> texts = new ArrayList<>();
			collectTexts(client.awaitAction("setModel").getAsJsonObject("newRoot"), texts);
			return texts;
		}
	}

	private static void collectTexts(JsonObject element, List<String> texts) {
		if (element.has("text")) {
			texts.add(element.get("text").getAsString());
		}
		if (element.has("children")) {
			for (JsonElement child : element.getAsJsonArray("children")) {
				collectTexts(child.getAsJsonObject(), texts);
			}
		}
	}

	private int status(String url) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	private static long serverThreads() {
		return Thread.getAllStackTraces().keySet().stream().filter(thread -> thread.getName().startsWith(DiagramHost.THREAD_NAME)).count();
	}

	/** The server threads left once they have had up to 10 s to end. */
	private static long serverThreadsAfterStopping() throws InterruptedException {
		long end = System.nanoTime() + 10_000_000_000L;
		while (serverThreads() > 0 && System.nanoTime() < end) {
			Thread.sleep(50);
		}
		return serverThreads();
	}
}

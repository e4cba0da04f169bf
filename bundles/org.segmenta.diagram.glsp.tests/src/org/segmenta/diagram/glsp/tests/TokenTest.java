/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.glsp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.diagram.glsp.DiagramServer;
import org.segmenta.tests.support.Examples;

/** Every HTTP and websocket request must carry the server's session token. */
class TokenTest {

	@TempDir
	Path folder;

	private DiagramServer server;
	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeEach
	void start() throws IOException {
		server = DiagramServer.start(Examples.modelCopy(folder));
	}

	@AfterEach
	void stop() {
		server.stop();
	}

	@Test
	void listensOnLoopbackOnly() {
		assertTrue(server.baseUrl().startsWith("http://127.0.0.1:"), server.baseUrl());
		assertNotEquals(0, server.port());
	}

	@Test
	void pageWithTokenIsServedWithTheTokenWrittenIn() throws Exception {
		HttpResponse<String> page = get(server.pageUrl("segment-tree"), null);
		assertEquals(200, page.statusCode());
		assertTrue(page.body().contains("app/diagram.js?token=" + server.token()), page.body());
		assertEquals(200, get(server.baseUrl() + "app/diagram.js", server.token()).statusCode(), "token in the header");
	}

	@Test
	void requestsWithoutTheRightTokenAreForbidden() throws Exception {
		assertEquals(403, get(server.baseUrl() + "diagram.html", null).statusCode());
		assertEquals(403, get(server.baseUrl() + "app/diagram.js?token=", null).statusCode());
		assertEquals(403, get(server.baseUrl() + "diagram.html?token=" + server.token().substring(1), null).statusCode());
		assertEquals(403, get(server.baseUrl() + "app/diagram.js", "wrong").statusCode());
	}

	@Test
	void pathsOutsideTheWebRootAreRefused() throws Exception {
		for (String escape : new String[] { "..%2FMETA-INF%2FMANIFEST.MF", "app/..%2F..%2FMETA-INF/MANIFEST.MF",
				"../META-INF/MANIFEST.MF", "%2E%2E/%2E%2E/org/segmenta/diagram/web/WebClient.class" }) {
			HttpResponse<String> response = get(server.baseUrl() + escape + "?token=" + server.token(), null);
			assertTrue(response.statusCode() == 400 || response.statusCode() == 404, escape + " gave " + response.statusCode());
		}
		assertEquals(404, get(server.baseUrl() + "nothing.html?token=" + server.token(), null).statusCode());
	}

	@Test
	void websocketWithoutTokenIsRefusedAndWithTokenAccepted() throws Exception {
		String withToken = server.websocketUrl();
		assertRefused(withToken.substring(0, withToken.indexOf('?')));
		WebSocket socket = connect(withToken);
		socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(5, TimeUnit.SECONDS);
	}

	@Test
	void eachSessionHasItsOwnTokenAndAClosedSessionsTokenIsRefused() throws Exception {
		try (DiagramServer other = DiagramServer.start(Examples.modelCopy(Files.createDirectories(folder.resolve("other"))))) {
			assertEquals(server.port(), other.port());
			assertNotEquals(server.token(), other.token());
			assertTrue(get(other.pageUrl("segment-tree"), null).body().contains("app/diagram.js?token=" + other.token()));
			other.stop();
			assertEquals(403, get(other.pageUrl("segment-tree"), null).statusCode());
			assertEquals(403, get(server.baseUrl() + "app/diagram.js", other.token()).statusCode());
			assertRefused(other.websocketUrl());
			assertEquals(200, get(server.pageUrl("segment-tree"), null).statusCode(), "the open session goes on");
			connect(server.websocketUrl()).sendClose(WebSocket.NORMAL_CLOSURE, "done").get(5, TimeUnit.SECONDS);
		}
	}

	private void assertRefused(String websocketUrl) {
		try {
			connect(websocketUrl);
			fail("the websocket accepted a connection without a valid token: " + websocketUrl);
		} catch (CompletionException e) {
			WebSocketHandshakeException refused = (WebSocketHandshakeException) e.getCause();
			assertEquals(403, refused.getResponse().statusCode());
		}
	}

	private WebSocket connect(String url) {
		return http.newWebSocketBuilder().buildAsync(URI.create(url), new WebSocket.Listener() {
		}).orTimeout(10, TimeUnit.SECONDS).join();
	}

	private HttpResponse<String> get(String url, String tokenHeader) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
		if (tokenHeader != null) {
			request.header("X-Segmenta-Token", tokenHeader);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}
}

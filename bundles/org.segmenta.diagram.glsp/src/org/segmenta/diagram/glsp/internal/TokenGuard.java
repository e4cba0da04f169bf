/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.glsp.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Admits only requests that present the server's session token, as the query parameter
 * {@value #PARAMETER} or the header {@value #HEADER}; everything else gets 403 before it reaches a
 * servlet or the websocket upgrade. The websocket has no access control of its own, and any local
 * process can reach 127.0.0.1, so the token is what keeps other users' programs out of the model.
 */
public final class TokenGuard extends Handler.Wrapper {

	public static final String PARAMETER = "token";
	public static final String HEADER = "X-Segmenta-Token";

	private final String token;
	private final byte[] tokenBytes;

	public TokenGuard(String token, Handler protectedHandler) {
		super(protectedHandler);
		this.token = token;
		this.tokenBytes = token.getBytes(StandardCharsets.US_ASCII);
	}

	/** A fresh token: 256 random bits, URL-safe so it needs no escaping in a query. */
	public static String newToken() {
		byte[] bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	public String token() {
		return token;
	}

	@Override
	public boolean handle(Request request, Response response, Callback callback) throws Exception {
		if (presentsToken(request)) {
			return super.handle(request, response, callback);
		}
		Response.writeError(request, response, callback, HttpStatus.FORBIDDEN_403, "A valid session token is required.");
		return true;
	}

	private boolean presentsToken(Request request) {
		String presented = request.getHeaders().get(HEADER);
		if (presented == null) {
			presented = Request.extractQueryParameters(request, StandardCharsets.UTF_8).getValue(PARAMETER);
		}
		// constant-time comparison: the time taken must not tell how much of a guess was right
		return presented != null && MessageDigest.isEqual(tokenBytes, presented.getBytes(StandardCharsets.UTF_8));
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.glsp.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Admits only requests that present the token of an open session of the {@link DiagramHost}, as the
 * query parameter {@value #PARAMETER} or the header {@value #HEADER}; everything else gets 403
 * before it reaches a servlet or the websocket upgrade. The websocket has no access control of its
 * own, and any local process can reach 127.0.0.1, so the token is what keeps other users' programs
 * out of the model; which session's model a request reaches is the one its token names.
 */
public final class TokenGuard extends Handler.Wrapper {

	public static final String PARAMETER = "token";
	public static final String HEADER = "X-Segmenta-Token";

	private final DiagramHost sessions;

	public TokenGuard(DiagramHost sessions, Handler protectedHandler) {
		super(protectedHandler);
		this.sessions = sessions;
	}

	/** A fresh token: 256 random bits, URL-safe so it needs no escaping in a query. */
	public static String newToken() {
		byte[] bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/**
	 * What the host finds sessions by: the SHA-256 of their token. Looking up the digest of a guess,
	 * the time the lookup takes says nothing about how much of a real token the guess got right.
	 */
	static String digest(String token) {
		try {
			return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime has SHA-256", e);
		}
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
		return sessions.find(presented) != null;
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.glsp.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import org.segmenta.diagram.web.WebClient;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves the web client's files from the web bundle. Pages get the token they were asked for with
 * (which {@link TokenGuard} has checked) written into their {@value #TOKEN_PLACEHOLDER}
 * placeholders, so that the script and style sheet they load pass the token guard too.
 */
public final class WebClientServlet extends HttpServlet {

	private static final long serialVersionUID = 1L;

	static final String TOKEN_PLACEHOLDER = "%SEGMENTA_TOKEN%";

	@Override
	protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
		String path = request.getPathInfo() == null || "/".equals(request.getPathInfo()) ? WebClient.PAGE
				: request.getPathInfo().substring(1);
		URL resource = WebClient.resource(path);
		if (resource == null) {
			response.sendError(HttpServletResponse.SC_NOT_FOUND);
			return;
		}
		response.setContentType(WebClient.contentType(path));
		response.setHeader("Cache-Control", "no-store");
		response.setHeader("X-Content-Type-Options", "nosniff");
		try (InputStream in = resource.openStream()) {
			if (path.endsWith(".html")) {
				String page = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace(TOKEN_PLACEHOLDER, presentedToken(request));
				response.getOutputStream().write(page.getBytes(StandardCharsets.UTF_8));
			} else {
				in.transferTo(response.getOutputStream());
			}
		}
	}

	/** The token as {@link TokenGuard} reads it: the header first, then the query parameter. */
	private static String presentedToken(HttpServletRequest request) {
		String header = request.getHeader(TokenGuard.HEADER);
		return header != null ? header : request.getParameter(TokenGuard.PARAMETER);
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.web;

import java.net.URL;
import java.util.regex.Pattern;

/**
 * The diagram web client's static files: the page, the script esbuild bundles from {@code client/}
 * (GLSP client 2.3.0, built by this bundle's pom with npm) and its style sheet, under {@code web/}.
 */
public final class WebClient {

	/** The page that shows one diagram; it reads the token and the diagram kind from its query. */
	public static final String PAGE = "diagram.html";

	private static final Pattern SAFE_PATH = Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*(/[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*)*");

	private WebClient() {
	}

	/**
	 * The file at {@code path} (relative to the web root, e.g. {@code app/diagram.js}), or
	 * {@code null} when there is none or the path tries to leave the web root.
	 */
	public static URL resource(String path) {
		if (path == null || !SAFE_PATH.matcher(path).matches()) {
			return null;
		}
		return WebClient.class.getResource("/web/" + path);
	}

	/** The media type the file at {@code path} is served with. */
	public static String contentType(String path) {
		int dot = path.lastIndexOf('.');
		return switch (dot < 0 ? "" : path.substring(dot + 1)) {
		case "html" -> "text/html; charset=utf-8";
		case "js" -> "text/javascript; charset=utf-8";
		case "css" -> "text/css; charset=utf-8";
		case "svg" -> "image/svg+xml";
		case "png" -> "image/png";
		case "ttf" -> "font/ttf";
		case "map", "json" -> "application/json";
		default -> "application/octet-stream";
		};
	}
}

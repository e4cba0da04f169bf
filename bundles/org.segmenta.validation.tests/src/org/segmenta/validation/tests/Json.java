/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.validation.tests;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict JSON reader (RFC 8259) for checking the json report: objects become maps, arrays lists,
 * numbers doubles. Anything malformed fails with the offset, so a broken report fails its test.
 */
final class Json {

	private final String text;
	private int at;

	private Json(String text) {
		this.text = text;
	}

	static Object parse(String text) {
		Json json = new Json(text);
		Object value = json.value();
		json.space();
		if (json.at != text.length()) {
			throw json.error("trailing text");
		}
		return value;
	}

	private Object value() {
		space();
		if (at >= text.length()) {
			throw error("unexpected end");
		}
		char c = text.charAt(at);
		return switch (c) {
		case '{' -> object();
		case '[' -> array();
		case '"' -> string();
		case 't' -> literal("true", Boolean.TRUE);
		case 'f' -> literal("false", Boolean.FALSE);
		case 'n' -> literal("null", null);
		default -> number();
		};
	}

	private Map<String, Object> object() {
		Map<String, Object> object = new LinkedHashMap<>();
		at++;
		space();
		if (peek('}')) {
			return object;
		}
		do {
			space();
			String key = string();
			space();
			expect(':');
			if (object.put(key, value()) != null) {
				throw error("duplicate key " + key);
			}
			space();
		} while (peek(','));
		expect('}');
		return object;
	}

	private List<Object> array() {
		List<Object> array = new ArrayList<>();
		at++;
		space();
		if (peek(']')) {
			return array;
		}
		do {
			array.add(value());
			space();
		} while (peek(','));
		expect(']');
		return array;
	}

	private String string() {
		expect('"');
		StringBuilder string = new StringBuilder();
		while (true) {
			if (at >= text.length()) {
				throw error("unterminated string");
			}
			char c = text.charAt(at++);
			if (c == '"') {
				return string.toString();
			}
			if (c < 0x20) {
				throw error("control character in string");
			}
			if (c != '\\') {
				string.append(c);
				continue;
			}
			char escaped = text.charAt(at++);
			switch (escaped) {
			case '"', '\\', '/' -> string.append(escaped);
			case 'n' -> string.append('\n');
			case 'r' -> string.append('\r');
			case 't' -> string.append('\t');
			case 'b' -> string.append('\b');
			case 'f' -> string.append('\f');
			case 'u' -> {
				string.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
				at += 4;
			}
			default -> throw error("bad escape \\" + escaped);
			}
		}
	}

	private Double number() {
		int start = at;
		while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
			at++;
		}
		if (start == at) {
			throw error("unexpected character '" + text.charAt(at) + "'");
		}
		return Double.valueOf(text.substring(start, at));
	}

	private Object literal(String word, Object value) {
		if (!text.startsWith(word, at)) {
			throw error("expected " + word);
		}
		at += word.length();
		return value;
	}

	private void space() {
		while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
			at++;
		}
	}

	private boolean peek(char c) {
		if (at < text.length() && text.charAt(at) == c) {
			at++;
			return true;
		}
		return false;
	}

	private void expect(char c) {
		if (!peek(c)) {
			throw error("expected '" + c + "'");
		}
	}

	private IllegalArgumentException error(String problem) {
		return new IllegalArgumentException("JSON at offset " + at + ": " + problem);
	}
}

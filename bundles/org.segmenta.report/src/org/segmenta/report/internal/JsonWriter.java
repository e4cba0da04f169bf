/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.report.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A minimal streaming JSON writer, indented for people reading diffs. It tracks commas itself, so
 * callers only say what comes next.
 */
final class JsonWriter implements AutoCloseable {

	private final Writer out;
	/** Per open object or array: whether it has a member yet. */
	private final Deque<Boolean> hasMember = new ArrayDeque<>();
	private boolean afterName;

	JsonWriter(Writer out) {
		this.out = out;
	}

	JsonWriter beginObject() throws IOException {
		return open('{');
	}

	JsonWriter endObject() throws IOException {
		return close('}');
	}

	JsonWriter beginArray() throws IOException {
		return open('[');
	}

	JsonWriter endArray() throws IOException {
		return close(']');
	}

	JsonWriter name(String name) throws IOException {
		separate();
		string(name);
		out.write(": ");
		afterName = true;
		return this;
	}

	JsonWriter value(String value) throws IOException {
		separate();
		if (value == null) {
			out.write("null");
		} else {
			string(value);
		}
		return this;
	}

	JsonWriter value(double value) throws IOException {
		separate();
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			out.write("null");
		} else if (value == Math.rint(value) && Math.abs(value) < 1e15) {
			out.write(Long.toString((long) value));
		} else {
			out.write(Double.toString(value));
		}
		return this;
	}

	JsonWriter value(boolean value) throws IOException {
		separate();
		out.write(Boolean.toString(value));
		return this;
	}

	JsonWriter member(String name, String value) throws IOException {
		return name(name).value(value);
	}

	JsonWriter member(String name, double value) throws IOException {
		return name(name).value(value);
	}

	private JsonWriter open(char bracket) throws IOException {
		separate();
		out.write(bracket);
		hasMember.push(false);
		return this;
	}

	private JsonWriter close(char bracket) throws IOException {
		boolean any = hasMember.pop();
		if (any) {
			newline();
		}
		out.write(bracket);
		return this;
	}

	private void separate() throws IOException {
		if (afterName) {
			afterName = false;
			return;
		}
		if (!hasMember.isEmpty()) {
			if (hasMember.peek()) {
				out.write(',');
			}
			hasMember.pop();
			hasMember.push(true);
			newline();
		}
	}

	private void newline() throws IOException {
		out.write('\n');
		out.write("  ".repeat(hasMember.size()));
	}

	private void string(String text) throws IOException {
		out.write('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '"' -> out.write("\\\"");
				case '\\' -> out.write("\\\\");
				case '\n' -> out.write("\\n");
				case '\r' -> out.write("\\r");
				case '\t' -> out.write("\\t");
				default -> {
					if (c < 0x20) {
						out.write(String.format("\\u%04x", (int) c));
					} else {
						out.write(c);
					}
				}
			}
		}
		out.write('"');
	}

	@Override
	public void close() throws IOException {
		out.write('\n');
		out.close();
	}
}

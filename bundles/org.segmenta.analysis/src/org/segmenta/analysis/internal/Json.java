/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis.internal;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;

/**
 * Writes maps, lists, strings, numbers and booleans as indented JSON. Non-finite numbers become
 * {@code null}, since JSON has no NaN.
 */
public final class Json {

	private Json() {
	}

	public static String write(Object value) {
		StringBuilder out = new StringBuilder();
		write(value, out, "");
		return out.append('\n').toString();
	}

	private static void write(Object value, StringBuilder out, String indent) {
		if (value == null) {
			out.append("null");
		} else if (value instanceof String text) {
			string(text, out);
		} else if (value instanceof Double || value instanceof Float) {
			double number = ((Number) value).doubleValue();
			out.append(Double.isFinite(number) ? number(number) : "null");
		} else if (value instanceof Number || value instanceof Boolean) {
			out.append(value);
		} else if (value instanceof Map<?, ?> map) {
			object(map, out, indent);
		} else if (value instanceof Collection<?> items) {
			array(items.toArray(), out, indent);
		} else if (value instanceof int[] numbers) {
			out.append('[');
			for (int i = 0; i < numbers.length; i++) {
				out.append(i == 0 ? "" : ", ").append(numbers[i]);
			}
			out.append(']');
		} else if (value instanceof double[] numbers) {
			out.append('[');
			for (int i = 0; i < numbers.length; i++) {
				out.append(i == 0 ? "" : ", ");
				write(numbers[i], out, indent);
			}
			out.append(']');
		} else if (value instanceof Object[] items) {
			array(items, out, indent);
		} else {
			string(value.toString(), out);
		}
	}

	private static String number(double number) {
		if (number == Math.rint(number) && Math.abs(number) < 1e15) {
			return Long.toString((long) number);
		}
		return String.format(Locale.ROOT, "%.10g", number).replaceFirst("\\.?0+(e|$)", "$1");
	}

	private static void object(Map<?, ?> map, StringBuilder out, String indent) {
		if (map.isEmpty()) {
			out.append("{}");
			return;
		}
		String inner = indent + "  ";
		out.append("{\n");
		boolean first = true;
		for (Map.Entry<?, ?> entry : map.entrySet()) {
			out.append(first ? "" : ",\n").append(inner);
			string(String.valueOf(entry.getKey()), out);
			out.append(": ");
			write(entry.getValue(), out, inner);
			first = false;
		}
		out.append('\n').append(indent).append('}');
	}

	private static void array(Object[] items, StringBuilder out, String indent) {
		if (items.length == 0) {
			out.append("[]");
			return;
		}
		String inner = indent + "  ";
		out.append("[\n");
		for (int i = 0; i < items.length; i++) {
			out.append(i == 0 ? "" : ",\n").append(inner);
			write(items[i], out, inner);
		}
		out.append('\n').append(indent).append(']');
	}

	private static void string(String text, StringBuilder out) {
		out.append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '"' -> out.append("\\\"");
			case '\\' -> out.append("\\\\");
			case '\n' -> out.append("\\n");
			case '\r' -> out.append("\\r");
			case '\t' -> out.append("\\t");
			default -> {
				if (c < 0x20) {
					out.append(String.format("\\u%04x", (int) c));
				} else {
					out.append(c);
				}
			}
			}
		}
		out.append('"');
	}
}

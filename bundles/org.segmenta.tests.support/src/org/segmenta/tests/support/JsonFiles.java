/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.tests.support;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

/**
 * The JSON files the commands write, read back with Gson in strict mode (RFC 8259: no NaN, no
 * comments, nothing after the document), and checks of how their numbers are written. A number is
 * checked by its literal text, so that a test sees the precision the file has, not a parsed double.
 */
public final class JsonFiles {

	private JsonFiles() {
	}

	/** The JSON object in {@code file}, read as UTF-8. */
	public static JsonObject object(Path file) throws IOException {
		return object(Files.readString(file, StandardCharsets.UTF_8), file.toString());
	}

	/** The JSON object {@code text} holds; {@code source} names it in a failure. */
	public static JsonObject object(String text, String source) {
		try (JsonReader reader = new JsonReader(new StringReader(text))) {
			reader.setStrictness(Strictness.STRICT);
			JsonElement document = JsonParser.parseReader(reader);
			if (reader.peek() != JsonToken.END_DOCUMENT) {
				throw new AssertionError(source + ": text after the JSON document");
			}
			if (!document.isJsonObject()) {
				throw new AssertionError(source + ": not a JSON object but " + document);
			}
			return document.getAsJsonObject();
		} catch (JsonParseException | IOException e) {
			throw new AssertionError(source + ": malformed JSON: " + e.getMessage(), e);
		}
	}

	/** The member names of {@code object}, in the order the file has them. */
	public static List<String> names(JsonObject object) {
		return new ArrayList<>(object.keySet());
	}

	/** The member {@code name} of {@code object} as an object; fails where there is none. */
	public static JsonObject object(JsonObject object, String name) {
		return member(object, name).getAsJsonObject();
	}

	/** The member {@code name} of {@code object} as an array; fails where there is none. */
	public static JsonArray array(JsonObject object, String name) {
		return member(object, name).getAsJsonArray();
	}

	/** The string member {@code name} of {@code object}, or null for a JSON null. */
	public static String string(JsonObject object, String name) {
		JsonElement value = member(object, name);
		return value.isJsonNull() ? null : value.getAsString();
	}

	/** The strings of a JSON array. */
	public static List<String> strings(JsonArray array) {
		List<String> strings = new ArrayList<>();
		array.forEach(element -> strings.add(element.getAsString()));
		return strings;
	}

	/** The member {@code name} of {@code object}, which must be there (a JSON null counts). */
	public static JsonElement member(JsonObject object, String name) {
		if (!object.has(name)) {
			throw new AssertionError("no member \"" + name + "\" in " + names(object));
		}
		return object.get(name);
	}

	/** {@code value} is the whole number {@code expected}, written without a decimal point. */
	public static void assertInteger(long expected, JsonElement value, String where) {
		String literal = literal(value, where);
		if (!literal.equals(Long.toString(expected))) {
			throw new AssertionError(where + ": expected " + expected + ", the file has " + literal);
		}
	}

	/**
	 * {@code value} is {@code expected} to 10 significant digits: null where it is not finite, a whole
	 * number without a decimal point where it is one (below 10^15), otherwise at most 10 significant
	 * digits, without trailing zeros, within half a unit of the 10th digit.
	 */
	public static void assertSignificant(double expected, JsonElement value, String where) {
		if (nonFinite(expected, value, where)) {
			return;
		}
		String literal = literal(value, where);
		if (whole(expected)) {
			assertInteger((long) expected, value, where);
			return;
		}
		String mantissa = literal.replaceFirst("^-", "").replaceFirst("[eE].*$", "");
		String digits = mantissa.replace(".", "").replaceFirst("^0+", "");
		if (digits.length() > 10 || mantissa.contains(".") && mantissa.endsWith("0")) {
			throw new AssertionError(where + ": " + literal + " is not written to 10 significant digits");
		}
		double written = Double.parseDouble(literal);
		if (Math.abs(written - expected) > 5.000001e-10 * Math.abs(expected)) {
			throw new AssertionError(where + ": expected " + expected + " to 10 digits, the file has " + literal);
		}
	}

	/**
	 * {@code value} is exactly {@code expected}: null where it is not finite, a whole number without a
	 * decimal point where it is one (below 10^15), otherwise the shortest decimal that reads back as
	 * the same double ({@link Double#toString(double)}).
	 */
	public static void assertExact(double expected, JsonElement value, String where) {
		if (nonFinite(expected, value, where)) {
			return;
		}
		if (whole(expected)) {
			assertInteger((long) expected, value, where);
			return;
		}
		String literal = literal(value, where);
		if (!literal.equals(Double.toString(expected))) {
			throw new AssertionError(where + ": expected " + expected + ", the file has " + literal);
		}
	}

	private static boolean nonFinite(double expected, JsonElement value, String where) {
		if (Double.isFinite(expected)) {
			return false;
		}
		if (!value.isJsonNull()) {
			throw new AssertionError(where + ": expected null for " + expected + ", the file has " + value);
		}
		return true;
	}

	private static boolean whole(double value) {
		return value == Math.rint(value) && Math.abs(value) < 1e15;
	}

	/** The number as the file writes it (Gson keeps the literal of a parsed number). */
	private static String literal(JsonElement value, String where) {
		if (value == null || !value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
			throw new AssertionError(where + ": expected a number, the file has " + value);
		}
		return value.getAsString();
	}
}

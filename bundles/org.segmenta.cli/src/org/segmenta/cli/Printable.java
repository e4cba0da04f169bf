/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.cli;

/**
 * Text from files made safe for a terminal: a message that quotes a cell or a name never writes the
 * file's NUL bytes, escape sequences, carriage returns or direction overrides onto standard error.
 */
public final class Printable {

	private Printable() {
	}

	/** {@code text} with its control and formatting characters (but line feeds) shown as {@code \\uXXXX}. */
	public static String text(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder result = new StringBuilder(text.length());
		text.codePoints().forEach(c -> {
			if (isHidden(c)) {
				result.append(String.format("\\u%04X", c));
			} else {
				result.appendCodePoint(c);
			}
		});
		return result.toString();
	}

	private static boolean isHidden(int c) {
		int type = Character.getType(c);
		return Character.isISOControl(c) && c != '\n' || type == Character.LINE_SEPARATOR
				|| type == Character.PARAGRAPH_SEPARATOR || type == Character.FORMAT;
	}
}

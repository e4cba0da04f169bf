/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.data.internal;

import java.util.Arrays;
import java.util.Set;

/** The texts that mean "no answer" in a column, matched against a range of a character array. */
final class MissingCodes {

	private final char[][] codes;
	private final int shortest;
	private final int longest;

	MissingCodes(Set<String> codes) {
		this.codes = codes.stream().map(String::toCharArray).toArray(char[][]::new);
		this.shortest = codes.stream().mapToInt(String::length).min().orElse(Integer.MAX_VALUE);
		this.longest = codes.stream().mapToInt(String::length).max().orElse(-1);
	}

	/** Whether {@code text[from..to)} is one of the codes, exactly. */
	boolean matches(char[] text, int from, int to) {
		int length = to - from;
		if (length < shortest || length > longest) {
			return false;
		}
		for (char[] code : codes) {
			if (code.length == length && Arrays.equals(code, 0, length, text, from, to)) {
				return true;
			}
		}
		return false;
	}
}

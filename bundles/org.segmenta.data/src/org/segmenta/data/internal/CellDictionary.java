/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.data.internal;

import java.util.Arrays;
import java.util.List;

/**
 * Numbers the distinct texts of a column in the order they first appear, looked up by a range of a
 * character array, so that a string is made only for a text not seen before.
 */
final class CellDictionary {

	private String[] texts = new String[8];
	private int[] hashes = new int[8];
	/** Open addressing: code + 1 per slot, 0 for an empty one; never more than half full. */
	private int[] slots = new int[16];
	private int size;

	/** The code of {@code text[from..to)}, a new one when the text is new. */
	int code(char[] text, int from, int to) {
		int hash = 0;
		for (int i = from; i < to; i++) {
			hash = 31 * hash + text[i];
		}
		int mask = slots.length - 1;
		for (int slot = mix(hash) & mask;; slot = (slot + 1) & mask) {
			int code = slots[slot] - 1;
			if (code < 0) {
				return add(new String(text, from, to - from), hash, slot);
			}
			if (hashes[code] == hash && equals(texts[code], text, from, to)) {
				return code;
			}
		}
	}

	int size() {
		return size;
	}

	/** The texts, by code. */
	List<String> texts() {
		return Arrays.asList(texts).subList(0, size);
	}

	private int add(String text, int hash, int slot) {
		if (size == texts.length) {
			texts = Arrays.copyOf(texts, size * 2);
			hashes = Arrays.copyOf(hashes, size * 2);
		}
		texts[size] = text;
		hashes[size] = hash;
		slots[slot] = size + 1;
		int code = size++;
		if (size * 2 > slots.length) {
			rehash();
		}
		return code;
	}

	private void rehash() {
		slots = new int[slots.length * 2];
		int mask = slots.length - 1;
		for (int code = 0; code < size; code++) {
			int slot = mix(hashes[code]) & mask;
			while (slots[slot] != 0) {
				slot = (slot + 1) & mask;
			}
			slots[slot] = code + 1;
		}
	}

	/** Spreads the bits of a string hash, whose low bits alone cluster for short numbers. */
	private static int mix(int hash) {
		int h = hash * 0x9E3779B9;
		return h ^ (h >>> 16);
	}

	private static boolean equals(String known, char[] text, int from, int to) {
		if (known.length() != to - from) {
			return false;
		}
		for (int i = from; i < to; i++) {
			if (known.charAt(i - from) != text[i]) {
				return false;
			}
		}
		return true;
	}
}

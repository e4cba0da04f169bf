/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.data.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * Cuts CSV text into blocks of whole records, so that each block can be split into fields on its
 * own thread: a block ends after a line break that is not inside a quoted field, or at the end of
 * the text. Finding that line break needs the quoting rules of {@link CsvRecordScanner} only where
 * a block has a quote; a block without one ends after its last line break.
 */
public final class CsvBlocks {

	/** {@code text[from..to)}, whole records; the array belongs to whoever scans the block. */
	public record Block(char[] text, int from, int to) {

		/** This block from {@code position} on. */
		public Block from(int position) {
			return new Block(text, position, to);
		}
	}

	/** Spare arrays kept: more than the blocks being parsed at once. */
	private static final int MAX_SPARE = 16;

	/** Arrays of blocks whose rows are read, to be filled again (see {@link #reuse}). */
	private final Deque<char[]> spare = new ArrayDeque<>();
	private final Reader in;
	private final char delimiter;
	private final int blockChars;
	private char[] carried = new char[0];
	private boolean finished;

	/** @param blockChars the size of a block; a longer record makes its block longer */
	public CsvBlocks(Reader in, char delimiter, int blockChars) {
		this.in = in;
		this.delimiter = delimiter;
		this.blockChars = blockChars;
	}

	/** The next block, or {@code null} after the last. */
	public Block next() throws IOException {
		if (finished) {
			return null;
		}
		char[] text = array(Math.max(blockChars, carried.length * 2));
		System.arraycopy(carried, 0, text, 0, carried.length);
		int length = carried.length;
		while (true) {
			length = fill(text, length);
			if (length < text.length) { // the end of the text
				finished = true;
				carried = new char[0];
				return length == 0 ? null : new Block(text, 0, length);
			}
			int end = lastRecordEnd(text, length, delimiter);
			if (end > 0) {
				carried = Arrays.copyOfRange(text, end, length);
				return new Block(text, 0, end);
			}
			text = Arrays.copyOf(text, text.length * 2);
		}
	}

	/**
	 * Gives back the array of a block whose text is no longer used, for a later block: reading a large
	 * file then allocates a few arrays, not one a block.
	 */
	public void reuse(char[] text) {
		if (spare.size() < MAX_SPARE) {
			spare.push(text);
		}
	}

	/** A spare array of at least {@code length} characters, or a new one. */
	private char[] array(int length) {
		char[] text = spare.poll();
		return text != null && text.length >= length ? text : new char[length];
	}

	/**
	 * The most records {@code block} can hold: one a line break (CR LF counted once), and one more
	 * should the text end without one.
	 */
	public static int maxRecords(Block block) {
		char[] text = block.text();
		int breaks = 0;
		for (int i = block.from(); i < block.to(); i++) {
			char c = text[i];
			if (c == '\n' || c == '\r' && (i + 1 == block.to() || text[i + 1] != '\n')) {
				breaks++;
			}
		}
		return breaks + 1;
	}

	/** Reads into {@code text} from {@code length} until it is full or the text ends; returns the new length. */
	private int fill(char[] text, int length) throws IOException {
		while (length < text.length) {
			int read = in.read(text, length, text.length - length);
			if (read < 0) {
				break;
			}
			length += read;
		}
		return length;
	}

	/**
	 * The position after the last line break in {@code text[0..length)} that ends a record, or 0 for
	 * none; {@code text} starts at a record boundary. A CR at the very end does not count, since an
	 * LF may follow it.
	 */
	static int lastRecordEnd(char[] text, int length, char delimiter) {
		boolean quotes = false;
		for (int i = 0; i < length && !quotes; i++) {
			quotes = text[i] == '"';
		}
		if (!quotes) {
			for (int i = length - 1; i >= 0; i--) {
				// a CR before the last character is not followed by an LF, else that LF would have ended the search
				if (text[i] == '\n' || text[i] == '\r' && i + 1 < length) {
					return i + 1;
				}
			}
			return 0;
		}
		int end = 0;
		boolean fieldStart = true;
		for (int i = 0; i < length; i++) {
			char c = text[i];
			if (c == '"' && fieldStart) {
				i = closingQuote(text, i + 1, length);
				if (i < 0) {
					return end;
				}
				fieldStart = false;
			} else if (c == delimiter) {
				fieldStart = true;
			} else if (c == '\n' || c == '\r') {
				fieldStart = true;
				if (c == '\n' || i + 1 < length && text[i + 1] != '\n') {
					end = i + 1;
				}
			} else {
				fieldStart = false;
			}
		}
		return end;
	}

	/** The closing quote of a field whose content starts at {@code i}, or -1 when the text ends first. */
	private static int closingQuote(char[] text, int i, int length) {
		for (; i < length; i++) {
			if (text[i] == '"') {
				if (i + 1 >= length) {
					return -1; // a doubled quote or the closing one: the next character decides
				}
				if (text[i + 1] != '"') {
					return i;
				}
				i++;
			}
		}
		return -1;
	}
}

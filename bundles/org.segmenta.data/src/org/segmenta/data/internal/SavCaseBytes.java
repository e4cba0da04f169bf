/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.data.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The uncompressed cases of a {@code .sav} file on their way to the library, keeping the bytes of
 * the case read last. The library reads a case's bytes exactly and nothing ahead, so once it has
 * read a case these are that case's: they give a very long string's segments as bytes, which the
 * library decodes one by one and joins with their padding.
 */
public final class SavCaseBytes extends FilterInputStream {

	private final byte[] lastCase;
	private long position;

	/** @param caseLength the length of a case in bytes ({@link SavDictionary#caseLength()}) */
	public SavCaseBytes(InputStream in, int caseLength) {
		super(in);
		lastCase = new byte[Math.max(1, caseLength)];
	}

	@Override
	public int read() throws IOException {
		int value = in.read();
		if (value >= 0) {
			lastCase[(int) (position++ % lastCase.length)] = (byte) value;
		}
		return value;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int count = in.read(buffer, offset, length);
		for (int i = 0; i < count; i++) {
			lastCase[(int) (position++ % lastCase.length)] = buffer[offset + i];
		}
		return count;
	}

	@Override
	public long skip(long count) throws IOException {
		// skipped bytes would not be kept: read them instead
		return Math.max(0, read(new byte[(int) Math.min(count, 8192)]));
	}

	@Override
	public boolean markSupported() {
		return false;
	}

	@Override
	public synchronized void mark(int limit) {
		// the library marks the cases' start for a restart it never does: a buffer would hold them all
	}

	/** The pieces of the case read last that start at {@code offsets}, of {@code lengths} bytes, joined. */
	public byte[] joined(int[] offsets, int[] lengths) {
		int total = 0;
		for (int length : lengths) {
			total += length;
		}
		byte[] joined = new byte[total];
		int at = 0;
		for (int i = 0; i < offsets.length; i++) {
			System.arraycopy(lastCase, offsets[i], joined, at, lengths[i]);
			at += lengths[i];
		}
		return joined;
	}
}

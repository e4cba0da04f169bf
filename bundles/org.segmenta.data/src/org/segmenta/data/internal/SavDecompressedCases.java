/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.data.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * The bytecode-compressed cases of a {@code .sav} file as uncompressed ones: eight bytes per slot.
 * The spss-reader library's own decompression fails on files that ReadStat (haven, pyreadstat)
 * writes: it reads the no-op code 0, which ReadStat uses to start each case on a fresh block, as
 * the number -100, and it decodes each eight bytes of a string on their own, splitting UTF-8
 * letters such as {@code Æ}. Its uncompressed reader has neither problem.
 */
public final class SavDecompressedCases extends InputStream {

	private static final int NO_OP = 0;
	private static final int END_OF_DATA = 252;
	private static final int RAW = 253;
	private static final int SPACES = 254;
	private static final int SYSTEM_MISSING = 255;

	private final InputStream in;
	private final double bias;
	private final ByteBuffer slot;
	private final double systemMissing;
	private final byte[] codes = new byte[8];
	private int codeCount;
	private int codeIndex;
	private boolean ended;
	private int slotIndex = 8;
	private int slotLength = 8;

	/**
	 * @param bias          the compression bias of the file header (100 in practice)
	 * @param systemMissing the file's system-missing value
	 */
	public SavDecompressedCases(InputStream in, ByteOrder order, double bias, double systemMissing) {
		this.in = in;
		this.bias = bias;
		this.systemMissing = systemMissing;
		this.slot = ByteBuffer.allocate(8).order(order);
	}

	@Override
	public int read() throws IOException {
		if (slotIndex == slotLength && !fill()) {
			return -1;
		}
		return slot.get(slotIndex++) & 0xFF;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		if (length == 0) {
			return 0;
		}
		if (slotIndex == slotLength && !fill()) {
			return -1;
		}
		int count = Math.min(length, slotLength - slotIndex);
		System.arraycopy(slot.array(), slotIndex, buffer, offset, count);
		slotIndex += count;
		return count;
	}

	/** The next slot's eight bytes; false at the end of the cases. */
	private boolean fill() throws IOException {
		while (!ended) {
			int code = nextCode();
			if (code < 0 || code == END_OF_DATA) {
				ended = true;
			} else if (code != NO_OP) {
				slotIndex = 0;
				slotLength = 8;
				switch (code) {
				case RAW -> {
					slotLength = in.readNBytes(slot.array(), 0, 8); // fewer when truncated
					ended = slotLength < 8;
				}
				case SPACES -> Arrays.fill(slot.array(), (byte) ' ');
				case SYSTEM_MISSING -> slot.putDouble(0, systemMissing);
				default -> slot.putDouble(0, code - bias);
				}
				return slotLength > 0;
			}
		}
		return false;
	}

	private int nextCode() throws IOException {
		if (codeIndex == codeCount) {
			codeCount = in.readNBytes(codes, 0, codes.length);
			codeIndex = 0;
			if (codeCount == 0) {
				return -1;
			}
		}
		return codes[codeIndex++] & 0xFF;
	}

	@Override
	public void close() throws IOException {
		in.close();
	}
}

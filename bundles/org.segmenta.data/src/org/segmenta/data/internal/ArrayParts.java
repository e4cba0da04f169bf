/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.data.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * A column's cells as the primitive arrays they were filled in ({@code double[]} or {@code int[]}),
 * joined into one array when the column is built. Growing one array by doubling would copy every
 * cell again at each step and hold up to twice the column meanwhile; a file of a million rows then
 * allocated the column three times over.
 *
 * @param <A> the array type
 */
final class ArrayParts<A> {

	private final IntFunction<A> allocate;
	private final List<A> parts = new ArrayList<>();
	private final List<Integer> lengths = new ArrayList<>();
	private int size;

	ArrayParts(IntFunction<A> allocate) {
		this.allocate = allocate;
	}

	/** Adds the first {@code length} cells of {@code part}, which is not changed afterwards. */
	void add(A part, int length) {
		if (length > 0) {
			parts.add(part);
			lengths.add(length);
			size += length;
		}
	}

	/** The cells of all parts in order, in an array of exactly their number. */
	A join() {
		A joined = allocate.apply(size);
		int at = 0;
		for (int i = 0; i < parts.size(); i++) {
			System.arraycopy(parts.get(i), 0, joined, at, lengths.get(i));
			at += lengths.get(i);
		}
		return joined;
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/** Seeded random choices of rows: samples, starting rows, hold-out splits. */
final class RandomIndices {

	private RandomIndices() {
	}

	/** {@code size} distinct indices below {@code n} in random order, by a partial Fisher-Yates shuffle. */
	static int[] distinct(int n, int size, long seed) {
		int[] indices = IntStream.range(0, n).toArray();
		SplittableRandom random = new SplittableRandom(seed);
		for (int i = 0; i < size; i++) {
			int j = i + random.nextInt(n - i);
			int swap = indices[i];
			indices[i] = indices[j];
			indices[j] = swap;
		}
		return Arrays.copyOf(indices, size);
	}
}

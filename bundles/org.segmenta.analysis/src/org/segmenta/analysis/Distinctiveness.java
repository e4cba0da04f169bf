/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How different each pair of segments is: the mean over the profiled variables of their distance
 * on that variable (total variation distance of level shares for categories, difference of means
 * in total standard deviations for numbers). Segments that hardly differ cannot be addressed
 * differently, so the most similar pair is the one to look at.
 */
public final class Distinctiveness {

	/** The distance of segments {@code a} and {@code b}. */
	public record Pair(int a, int b, double distance) {
	}

	private Distinctiveness() {
	}

	/** Every pair a < b, in order. */
	public static List<Pair> pairs(List<VariableProfile> profiles, int k) {
		List<Pair> pairs = new ArrayList<>();
		for (int a = 0; a < k; a++) {
			for (int b = a + 1; b < k; b++) {
				double sum = 0;
				int counted = 0;
				for (VariableProfile profile : profiles) {
					double distance = profile.distance(a, b);
					if (!Double.isNaN(distance)) {
						sum += distance;
						counted++;
					}
				}
				pairs.add(new Pair(a, b, counted == 0 ? Double.NaN : sum / counted));
			}
		}
		return pairs;
	}

	/** The pair with the smallest distance, or {@code null} for fewer than two segments. */
	public static Pair mostSimilar(List<Pair> pairs) {
		return pairs.stream().filter(pair -> !Double.isNaN(pair.distance()))
				.min(Comparator.comparingDouble(Pair::distance)).orElse(null);
	}
}

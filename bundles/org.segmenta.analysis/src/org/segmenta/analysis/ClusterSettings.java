/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis;

/**
 * Settings every segmentation method understands; a method ignores what does not apply to it.
 *
 * @param seed        the seed of every random choice: equal seeds give equal results
 * @param restarts    independent starts, of which the best is kept
 * @param standardize whether numeric columns become z-scores (population standard deviation) first
 * @param threads     the number of threads a method may use
 * @param lambda      the weight of a categorical mismatch for k-prototypes, or NaN to estimate it
 */
public record ClusterSettings(long seed, int restarts, boolean standardize, int threads, double lambda) {

	public ClusterSettings(long seed, int restarts, boolean standardize, int threads) {
		this(seed, restarts, standardize, threads, Double.NaN);
	}

	public ClusterSettings {
		if (restarts < 1 || threads < 1) {
			throw new IllegalArgumentException("restarts and threads must be positive");
		}
		if (lambda < 0) {
			throw new IllegalArgumentException("lambda must not be negative");
		}
	}

	/** Seed 1, ten restarts, no standardisation, every processor. */
	public static ClusterSettings defaults() {
		return new ClusterSettings(1, 10, false, Runtime.getRuntime().availableProcessors());
	}
}

package org.segmenta.analysis;

/**
 * Settings every segmentation method understands; a method ignores what does not apply to it.
 *
 * @param seed        the seed of every random choice: equal seeds give equal results
 * @param restarts    independent starts, of which the best is kept
 * @param standardize whether numeric columns become z-scores (population standard deviation) first
 * @param threads     the number of threads a method may use
 */
public record ClusterSettings(long seed, int restarts, boolean standardize, int threads) {

	public ClusterSettings {
		if (restarts < 1 || threads < 1) {
			throw new IllegalArgumentException("restarts and threads must be positive");
		}
	}

	/** Seed 1, ten restarts, no standardisation, every processor. */
	public static ClusterSettings defaults() {
		return new ClusterSettings(1, 10, false, Runtime.getRuntime().availableProcessors());
	}
}

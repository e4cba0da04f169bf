/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.model.tests.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import org.segmenta.model.Project;
import org.segmenta.model.persistence.SegmentationFiles;
import org.segmenta.model.summary.ModelSummary;

/**
 * Times saving and loading a generated model through the product's persistence code, in a fresh
 * resource set each round. Run it with {@code releng/scripts/benchmark-model.sh [ELEMENTS] [ROUNDS]}.
 * Prints each round and the medians; the first two rounds warm the JIT and are not counted.
 */
public final class LoadSaveBenchmark {

	private static final int WARM_UP_ROUNDS = 2;

	private LoadSaveBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int elements = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
		int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
		Path folder = Files.createTempDirectory("segmenta-benchmark");
		Path file = folder.resolve("large.segmentation");
		Project project = LargeModelGenerator.generate(elements, 42);
		System.out.printf(Locale.ROOT, "model: %d elements%n", ModelSummary.of(project).total());

		double[] saves = new double[rounds];
		double[] loads = new double[rounds];
		for (int round = -WARM_UP_ROUNDS; round < rounds; round++) {
			long start = System.nanoTime();
			SegmentationFiles.save(project, file);
			double save = (System.nanoTime() - start) / 1e6;

			start = System.nanoTime();
			Project loaded = SegmentationFiles.load(file);
			double load = (System.nanoTime() - start) / 1e6;
			if (ModelSummary.of(loaded).total() != elements) {
				throw new IllegalStateException("loaded " + ModelSummary.of(loaded).total() + " elements");
			}
			System.out.printf(Locale.ROOT, "%s %d: save %.0f ms, load %.0f ms (%.1f MB)%n",
					round < 0 ? "warm-up" : "round", Math.abs(round), save, load, Files.size(file) / 1e6);
			if (round >= 0) {
				saves[round] = save;
				loads[round] = load;
			}
		}
		System.out.printf(Locale.ROOT, "median of %d rounds: save %.0f ms, load %.0f ms%n", rounds, median(saves),
				median(loads));
		Files.deleteIfExists(file);
		Files.deleteIfExists(folder);
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int middle = sorted.length / 2;
		return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	}
}

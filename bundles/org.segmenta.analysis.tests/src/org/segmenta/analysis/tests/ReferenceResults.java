/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.segmenta.tests.support.Examples;

/**
 * Results of an established tool stored in {@code data/reference/} by the script beside them: one
 * "key value..." line each, {@code #} lines are comments. The tests only read them; the tools need
 * not be installed where the tests run.
 */
final class ReferenceResults {

	private final Map<String, List<String>> values = new HashMap<>();

	private ReferenceResults(List<String> lines) {
		for (String line : lines) {
			if (!line.isBlank() && !line.startsWith("#")) {
				String[] parts = line.strip().split("\\s+");
				values.put(parts[0], List.of(parts).subList(1, parts.length));
			}
		}
	}

	static ReferenceResults read(String name) throws IOException {
		return new ReferenceResults(Files.readAllLines(folder().resolve(name)));
	}

	static Path folder() {
		return Examples.repositoryRoot().resolve("bundles/org.segmenta.analysis.tests/data/reference");
	}

	double number(String key) {
		return numbers(key)[0];
	}

	double[] numbers(String key) {
		return get(key).stream().mapToDouble(Double::parseDouble).toArray();
	}

	int[] integers(String key) {
		return get(key).stream().mapToInt(Integer::parseInt).toArray();
	}

	private List<String> get(String key) {
		List<String> value = values.get(key);
		if (value == null) {
			throw new IllegalArgumentException("no reference value " + key + " among " + values.keySet());
		}
		return value;
	}

	/** The numeric columns {@code first..first+count-1} of a comma-separated file, after a header line. */
	static double[][] csvColumns(Path file, int first, int count) throws IOException {
		return Files.readAllLines(file).stream().skip(1).filter(line -> !line.isBlank())
				.map(line -> Arrays.stream(line.split(",")).skip(first).limit(count).mapToDouble(Double::parseDouble)
						.toArray())
				.toArray(double[][]::new);
	}
}

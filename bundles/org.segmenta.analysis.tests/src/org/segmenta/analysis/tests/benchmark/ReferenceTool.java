/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis.tests.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Runs an established tool (scikit-learn, R) on data a benchmark wrote, as a separate process with
 * a time limit, and times our own fits the same way. The tool's script prints one line
 * "SECONDS RESULT" per timed fit, so its start-up and data loading stay out of the timings.
 */
final class ReferenceTool {

	/**
	 * The timed fits of the tool: seconds, the quality measure (inertia or log-likelihood) and, when
	 * the script prints a third column, the iterations (otherwise 0).
	 */
	record Runs(double[] seconds, double[] results, double[] iterations) {

		double medianSeconds() {
			return median(seconds);
		}

		/** The result of the last fit (all fits start from the same seed). */
		double lastResult() {
			return results[results.length - 1];
		}

		/** "median S s (each run's seconds)". */
		String summary() {
			return ReferenceTool.summary(seconds);
		}
	}

	private ReferenceTool() {
	}

	/**
	 * @return the runs, or null (after saying why) when the program is missing, fails (its error
	 *         output shows) or does not finish within the limit (it is then killed)
	 */
	static Runs run(long limitSeconds, String... command) throws IOException, InterruptedException {
		Path output = Files.createTempFile("reference-tool", ".txt");
		try {
			Process process;
			try {
				// to a file, not a pipe: a tool filling the pipe must not block the time limit
				process = new ProcessBuilder(command).redirectOutput(output.toFile())
						.redirectError(ProcessBuilder.Redirect.INHERIT).start();
			} catch (IOException e) {
				System.out.println(command[0] + " not available: " + e.getMessage() + "; no ratio");
				return null;
			}
			if (!process.waitFor(limitSeconds, TimeUnit.SECONDS)) {
				process.descendants().forEach(ProcessHandle::destroyForcibly);
				process.destroyForcibly().waitFor();
				System.out.println(command[0] + " did not finish within " + limitSeconds + " s (killed); no ratio");
				return null;
			}
			if (process.exitValue() != 0) {
				System.out.println(command[0] + " failed with exit code " + process.exitValue() + "; no ratio");
				return null;
			}
			List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8).stream()
					.filter(line -> !line.isBlank()).toList();
			double[] seconds = new double[lines.size()];
			double[] results = new double[lines.size()];
			double[] iterations = new double[lines.size()];
			for (int i = 0; i < lines.size(); i++) {
				String[] parts = lines.get(i).strip().split("\\s+");
				seconds[i] = Double.parseDouble(parts[0]);
				results[i] = Double.parseDouble(parts[1]);
				iterations[i] = parts.length > 2 ? Double.parseDouble(parts[2]) : 0;
			}
			if (seconds.length == 0) {
				System.out.println(command[0] + " printed no timings; no ratio");
				return null;
			}
			return new Runs(seconds, results, iterations);
		} finally {
			Files.deleteIfExists(output);
		}
	}

	/** Times {@code runs} calls of {@code fit} in seconds; {@code last} receives the last result. */
	static <T> double[] time(int runs, Supplier<T> fit, List<T> last) {
		double[] seconds = new double[runs];
		for (int r = 0; r < runs; r++) {
			long start = System.nanoTime();
			T result = fit.get();
			seconds[r] = (System.nanoTime() - start) / 1e9;
			last.clear();
			last.add(result);
		}
		return seconds;
	}

	static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int n = sorted.length;
		return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
	}

	static String summary(double[] seconds) {
		List<String> formatted = new ArrayList<>();
		for (double value : seconds) {
			formatted.add(String.format(Locale.ROOT, "%.2f", value));
		}
		return String.format(Locale.ROOT, "median %8.2f s (%s)", median(seconds), String.join(", ", formatted));
	}
}

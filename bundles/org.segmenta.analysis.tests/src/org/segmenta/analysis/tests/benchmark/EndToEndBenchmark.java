/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis.tests.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.segmenta.analysis.FeatureMatrix;
import org.segmenta.analysis.KMeans;

/**
 * k-means from a CSV file to its assignments, end to end, against pandas and scikit-learn on the
 * same file, for the data shapes of {@link Shape} (used by {@link ClusteringBenchmark}).
 */
public final class EndToEndBenchmark {

	private static final int K = 8;
	private static final int RESTARTS = 10;
	private static final long LIMIT_SECONDS = 3600;
	/** Decimals in the CSV; the in-memory data is rounded the same way, so both fits see equal numbers. */
	private static final int DECIMALS = 5;
	private static final double SCALE = 1e5;

	/** pandas.read_csv, KMeans as ours (k-means++, 10 starts, tol 1e-4), assignments written: one process. */
	private static final String SCIKIT_LEARN = """
			import sys, time
			import pandas
			from sklearn.cluster import KMeans
			path, out, k, restarts = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
			x = pandas.read_csv(path).to_numpy()
			start = time.perf_counter()
			m = KMeans(n_clusters=k, n_init=restarts, init='k-means++', tol=1e-4, random_state=1).fit(x)
			fit = time.perf_counter() - start
			pandas.DataFrame({'segment': m.labels_ + 1}).to_csv(out, index_label='row')
			print(fit, m.inertia_, m.n_iter_, flush=True)
			""";

	/** The data shapes: 8 Gaussian clusters in 30 dimensions, each generated from a fixed seed. */
	public enum Shape {
		/**
		 * Centres close together (about 2.7 standard deviations apart in 30 dimensions), so the clusters merge into
		 * one cloud: scikit-learn's best start takes 30 to 60 Lloyd iterations, and bounds fail for
		 * the many points near the borders of the segments.
		 */
		OVERLAPPING,
		/** Centres far apart: few iterations. */
		SEPARATED,
		/** Cluster sizes in the proportions 1 : 2 : 4 : ... : 128. */
		UNEQUAL,
		/** Each cluster stretched differently along every dimension (deviations 0.2 to 3). */
		ANISOTROPIC;

		/**
		 * Row {@code i}'s values of {@code rows}, into a matrix rounded to the CSV's decimals; the
		 * system property {@code segmenta.benchmark.dataSeed} (2026 by default) draws other data of the same shape.
		 */
		public FeatureMatrix generate(int rows, int dimensions) {
			SplittableRandom random = new SplittableRandom(Long.getLong("segmenta.benchmark.dataSeed", 2026) + ordinal());
			double spread = switch (this) {
				case OVERLAPPING -> 1.2;
				case SEPARATED -> 20;
				case UNEQUAL, ANISOTROPIC -> 6;
			};
			double[][] means = new double[K][dimensions];
			double[][] deviations = new double[K][dimensions];
			for (int c = 0; c < K; c++) {
				for (int j = 0; j < dimensions; j++) {
					means[c][j] = spread * random.nextDouble();
					deviations[c][j] = this == ANISOTROPIC ? 0.2 + 2.8 * random.nextDouble() : 1;
				}
			}
			double[] shares = new double[K];
			double total = 0;
			for (int c = 0; c < K; c++) {
				shares[c] = this == UNEQUAL ? 1 << c : 1;
				total += shares[c];
			}
			double[] values = new double[rows * dimensions];
			int[] datasetRows = new int[rows];
			List<String> names = new ArrayList<>();
			for (int j = 0; j < dimensions; j++) {
				names.add("x" + (j + 1));
			}
			for (int i = 0; i < rows; i++) {
				double draw = random.nextDouble() * total;
				int c = 0;
				while (c < K - 1 && draw >= shares[c]) {
					draw -= shares[c++];
				}
				for (int j = 0; j < dimensions; j++) {
					double value = means[c][j] + deviations[c][j] * random.nextGaussian();
					values[i * dimensions + j] = Math.round(value * SCALE) / SCALE;
				}
				datasetRows[i] = i;
			}
			return new FeatureMatrix(names, values, datasetRows);
		}
	}

	private EndToEndBenchmark() {
	}

	/**
	 * For each shape: writes the CSV, then {@code runs} times, alternating, {@code ./segmenta cluster}
	 * and the scikit-learn script on it (each a fresh process, timed from outside), and the fit alone
	 * of ours in this process; prints the medians, inertias and ratios, and a Markdown table.
	 */
	static void run(Path repository, int rows, int dimensions, int runs, List<Shape> shapes) throws Exception {
		int threads = Runtime.getRuntime().availableProcessors();
		System.out.printf(Locale.ROOT, "end to end, %d x %d, k = %d, %d restarts, %d runs each, %d threads%n", rows,
				dimensions, K, RESTARTS, runs, threads);
		List<String> table = new ArrayList<>();
		table.add("| shape | Segmenta end to end | scikit-learn end to end | ratio | Segmenta fit | scikit-learn fit | ratio | inertia ratio |");
		table.add("|---|---|---|---|---|---|---|---|");
		Path folder = Files.createTempDirectory("kmeans-end-to-end");
		try {
			for (Shape shape : shapes) {
				FeatureMatrix data = shape.generate(rows, dimensions);
				Path csv = folder.resolve(shape.name().toLowerCase(Locale.ROOT) + ".csv");
				writeCsv(data, csv);
				System.out.printf(Locale.ROOT, "%s: %s, %d MB%n", shape, csv, Files.size(csv) >> 20);
				double[] oursTotal = new double[runs];
				double[] theirsTotal = new double[runs];
				double[] theirsFit = new double[runs];
				double oursInertia = 0;
				double theirsInertia = 0;
				segmenta(repository, csv, folder.resolve("warm-up")); // builds the product if need be
				for (int r = 0; r < runs; r++) {
					long start = System.nanoTime();
					oursInertia = segmenta(repository, csv, folder.resolve("ours"));
					oursTotal[r] = (System.nanoTime() - start) / 1e9;
					start = System.nanoTime();
					ReferenceTool.Runs sklearn = ReferenceTool.run(LIMIT_SECONDS, "/usr/bin/python3", "-c", SCIKIT_LEARN,
							csv.toString(), folder.resolve("theirs.csv").toString(), Integer.toString(K),
							Integer.toString(RESTARTS));
					theirsTotal[r] = (System.nanoTime() - start) / 1e9;
					if (sklearn == null) {
						return;
					}
					theirsFit[r] = sklearn.seconds()[0];
					theirsInertia = sklearn.results()[0];
					System.out.printf(Locale.ROOT, "  run %d: Segmenta %.2f s, scikit-learn %.2f s (fit %.2f s, %d iterations)%n",
							r + 1, oursTotal[r], theirsTotal[r], theirsFit[r], (int) sklearn.iterations()[0]);
				}
				List<KMeans.Result> last = new ArrayList<>();
				double[] oursFit = ReferenceTool.time(runs,
						() -> new KMeans(K, RESTARTS, 300, 1e-4, 1, threads).fit(data, null), last);
				System.out.printf(Locale.ROOT, "  Segmenta end to end %s, inertia %.10g; fit %s, %d iterations%n",
						ReferenceTool.summary(oursTotal), oursInertia, ReferenceTool.summary(oursFit),
						last.get(0).iterations());
				System.out.printf(Locale.ROOT, "  scikit-learn end to end %s, inertia %.10g; fit %s%n",
						ReferenceTool.summary(theirsTotal), theirsInertia, ReferenceTool.summary(theirsFit));
				table.add(String.format(Locale.ROOT, "| %s | %.2f s | %.2f s | %.2f | %.2f s | %.2f s | %.2f | %.5f |",
						shape.name().toLowerCase(Locale.ROOT), ReferenceTool.median(oursTotal),
						ReferenceTool.median(theirsTotal),
						ReferenceTool.median(oursTotal) / ReferenceTool.median(theirsTotal), ReferenceTool.median(oursFit),
						ReferenceTool.median(theirsFit), ReferenceTool.median(oursFit) / ReferenceTool.median(theirsFit),
						oursInertia / theirsInertia));
				Files.delete(csv);
			}
		} finally {
			try (var files = Files.walk(folder)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
		table.forEach(System.out::println);
	}

	/** Runs the product's cluster command on {@code csv}; returns the inertia it wrote. */
	private static double segmenta(Path repository, Path csv, Path out) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(repository.resolve("segmenta").toString(), "cluster", csv.toString(),
				"--method", "kmeans", "--k", Integer.toString(K), "--restarts", Integer.toString(RESTARTS), "--seed", "1",
				"--out", out.toString()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
		if (process.waitFor() != 0) {
			throw new IOException("./segmenta cluster failed with exit " + process.exitValue());
		}
		Matcher inertia = Pattern.compile("\"inertia\"\\s*:\\s*([-0-9.eE+]+)")
				.matcher(Files.readString(out.resolve("result.json")));
		if (!inertia.find()) {
			throw new IOException("no inertia in " + out.resolve("result.json"));
		}
		return Double.parseDouble(inertia.group(1));
	}

	/** A header x1..xd, then the rows with {@link #DECIMALS} decimals. */
	static void writeCsv(FeatureMatrix data, Path file) throws IOException {
		try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 20)) {
			out.write(String.join(",", data.names()));
			out.write('\n');
			StringBuilder line = new StringBuilder();
			for (int i = 0; i < data.rows(); i++) {
				line.setLength(0);
				for (int j = 0; j < data.dimensions(); j++) {
					if (j > 0) {
						line.append(',');
					}
					appendFixed(line, Math.round(data.get(i, j) * SCALE));
				}
				line.append('\n');
				out.append(line);
			}
		}
	}

	/** {@code scaled / 10^DECIMALS} in fixed notation, without String.format's cost. */
	private static void appendFixed(StringBuilder line, long scaled) {
		if (scaled < 0) {
			line.append('-');
			scaled = -scaled;
		}
		long whole = scaled / (long) SCALE;
		String fraction = Long.toString(scaled % (long) SCALE);
		line.append(whole).append('.');
		for (int pad = fraction.length(); pad < DECIMALS; pad++) {
			line.append('0');
		}
		line.append(fraction);
	}

	/**
	 * A STREAM-like triad {@code a[i] = b[i] + s * c[i]} on {@code threads} threads over arrays far
	 * larger than the caches; returns the best rate in GB/s of 24 bytes per element (STREAM's count,
	 * without the write-allocate read).
	 */
	static double triadBandwidth(int threads) throws InterruptedException {
		int n = 1 << 25; // 3 x 256 MB
		double[] a = new double[n];
		double[] b = new double[n];
		double[] c = new double[n];
		java.util.Arrays.fill(b, 1);
		java.util.Arrays.fill(c, 2);
		double best = 0;
		for (int trial = 0; trial < 8; trial++) {
			long start = System.nanoTime();
			Thread[] workers = new Thread[threads];
			for (int t = 0; t < threads; t++) {
				int from = (int) ((long) n * t / threads);
				int to = (int) ((long) n * (t + 1) / threads);
				workers[t] = new Thread(() -> {
					for (int i = from; i < to; i++) {
						a[i] = b[i] + 3.0 * c[i];
					}
				});
				workers[t].start();
			}
			for (Thread worker : workers) {
				worker.join();
			}
			best = Math.max(best, 24.0 * n / ((System.nanoTime() - start) / 1e9) / 1e9);
		}
		if (a[n - 1] != 7) {
			throw new IllegalStateException("triad computed " + a[n - 1]);
		}
		return best;
	}
}

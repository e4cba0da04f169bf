/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis.tests.benchmark;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.segmenta.analysis.FeatureMatrix;
import org.segmenta.analysis.KMeans;

/**
 * Times k-means on synthetic data (default 1,000,000 x 30, k = 8, 10 restarts, seed 1) and, on the
 * identical data in the same run, scikit-learn's {@code KMeans} with the same settings
 * ({@code init='k-means++', n_init=10, tol=1e-4, random_state=1}; Debian {@code python3-sklearn}
 * under {@code /usr/bin/python3}, all cores through OpenMP). Each tool fits RUNS times (default 3);
 * the harness prints every time, the medians, both inertias and the ratios. The data goes to
 * scikit-learn as a raw file of doubles, and only its {@code fit} is timed, as ours is. Not a test:
 * timings vary with the machine.
 *
 * <pre>
 * export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
 * ./mvnw -pl targetplatform,bundles/org.segmenta.analysis.tests -am verify -DskipTests
 * bundles/org.segmenta.analysis.tests/benchmark.sh ClusteringBenchmark [ROWS] [DIMENSIONS] [RUNS]
 * </pre>
 * <p>
 * End to end, as a user runs it: {@code ClusteringBenchmark shapes [ROWS] [RUNS] [SHAPE,...]} writes
 * a CSV per data shape (overlapping, separated, unequal, anisotropic; 30 dimensions, 8 clusters,
 * fixed seeds) and times, alternating, {@code ./segmenta cluster FILE --method kmeans --k 8
 * --restarts 10 --seed 1 --out DIR} and pandas {@code read_csv} + scikit-learn {@code KMeans} +
 * writing the labels, each as a fresh process, then the fit alone; it ends with a Markdown table of
 * medians and ratios. {@code ClusteringBenchmark csv SHAPE ROWS FILE} only writes such a CSV, and
 * {@code ClusteringBenchmark bandwidth} measures the memory bandwidth with a STREAM-like triad.
 * {@code ClusteringBenchmark fit SHAPE [ROWS] [RUNS]} times the fits alone on a shape's data, ours and
 * scikit-learn's alternately (scikit-learn a fresh process each run, only its fit timed), with both
 * inertias and iteration counts (of the kept start).
 */
public final class ClusteringBenchmark {

	private static final int K = 8;
	private static final int RESTARTS = 10;
	private static final long LIMIT_SECONDS = 3600;

	private static final String SCIKIT_LEARN = """
			import sys, time, numpy
			from sklearn.cluster import KMeans
			path, rows, dims, runs, k, restarts = sys.argv[1], *map(int, sys.argv[2:7])
			x = numpy.fromfile(path, dtype='>f8').reshape(rows, dims)
			for run in range(runs):
			    start = time.perf_counter()
			    m = KMeans(n_clusters=k, n_init=restarts, init='k-means++', tol=1e-4, random_state=1).fit(x)
			    print(time.perf_counter() - start, m.inertia_, m.n_iter_, flush=True)
			""";

	private ClusteringBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length > 0 && args[0].equals("shapes")) {
			List<EndToEndBenchmark.Shape> shapes = new ArrayList<>();
			for (String name : (args.length > 3 ? args[3] : "overlapping,separated,unequal,anisotropic").split(",")) {
				shapes.add(EndToEndBenchmark.Shape.valueOf(name.toUpperCase(Locale.ROOT)));
			}
			EndToEndBenchmark.run(Path.of(System.getProperty("segmenta.repository", ".")).toAbsolutePath(),
					args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000, 30, args.length > 2 ? Integer.parseInt(args[2]) : 3,
					shapes);
			return;
		}
		if (args.length > 0 && args[0].equals("csv")) {
			EndToEndBenchmark.writeCsv(EndToEndBenchmark.Shape.valueOf(args[1].toUpperCase(Locale.ROOT))
					.generate(Integer.parseInt(args[2]), 30), Path.of(args[3]));
			return;
		}
		if (args.length > 0 && args[0].equals("fit")) {
			fitAlone(EndToEndBenchmark.Shape.valueOf(args[1].toUpperCase(Locale.ROOT)),
					args.length > 2 ? Integer.parseInt(args[2]) : 1_000_000, args.length > 3 ? Integer.parseInt(args[3]) : 3);
			return;
		}
		if (args.length > 0 && args[0].equals("bandwidth")) {
			for (int threads = 1; threads <= Runtime.getRuntime().availableProcessors(); threads++) {
				System.out.printf(Locale.ROOT, "triad, %d thread(s): %.1f GB/s%n", threads,
						EndToEndBenchmark.triadBandwidth(threads));
			}
			return;
		}
		int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
		int dimensions = args.length > 1 ? Integer.parseInt(args[1]) : 30;
		int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
		FeatureMatrix data = blobs(rows, dimensions, 12, 2026);
		int threads = Runtime.getRuntime().availableProcessors();
		System.out.printf(Locale.ROOT, "k-means on %d x %d, k = %d, %d restarts, %d threads, %d runs each%n", rows,
				dimensions, K, RESTARTS, threads, runs);
		new KMeans(K, 1, 300, 1e-4, 1, threads).fit(blobs(20_000, dimensions, 12, 1), null); // warm-up
		List<KMeans.Result> last = new ArrayList<>();
		double[] ours = ReferenceTool.time(runs, () -> new KMeans(K, RESTARTS, 300, 1e-4, 1, threads).fit(data, null),
				last);
		double inertia = last.get(0).inertia();
		System.out.printf(Locale.ROOT, "Segmenta:     %s, inertia %.10g, %d iterations%n", ReferenceTool.summary(ours),
				inertia, last.get(0).iterations());
		Path file = Files.createTempFile("kmeans-benchmark", ".f8");
		try {
			write(data, file);
			ReferenceTool.Runs sklearn = ReferenceTool.run(LIMIT_SECONDS, "/usr/bin/python3", "-c", SCIKIT_LEARN,
					file.toString(), Integer.toString(rows), Integer.toString(dimensions), Integer.toString(runs),
					Integer.toString(K), Integer.toString(RESTARTS));
			if (sklearn != null) {
				System.out.printf(Locale.ROOT, "scikit-learn: %s, inertia %.10g%n", sklearn.summary(),
						sklearn.lastResult());
				System.out.printf(Locale.ROOT, "median time ratio Segmenta / scikit-learn: %.3f; inertia ratio %.7f%n",
						ReferenceTool.median(ours) / sklearn.medianSeconds(), inertia / sklearn.lastResult());
			}
		} finally {
			Files.deleteIfExists(file);
		}
	}

	/** The fits alone on a shape's data, ours and scikit-learn's alternately, with inertias and iterations. */
	private static void fitAlone(EndToEndBenchmark.Shape shape, int rows, int runs) throws Exception {
		int dimensions = 30;
		FeatureMatrix data = shape.generate(rows, dimensions);
		int threads = Runtime.getRuntime().availableProcessors();
		System.out.printf(Locale.ROOT, "fit alone, %s, %d x %d, k = %d, %d restarts, %d threads%n", shape, rows,
				dimensions, K, RESTARTS, threads);
		new KMeans(K, 1, 300, 1e-4, 1, threads).fit(blobs(20_000, dimensions, 12, 1), null); // warm-up
		Path file = Files.createTempFile("kmeans-benchmark", ".f8");
		try {
			write(data, file);
			double[] ours = new double[runs];
			double[] theirs = new double[runs];
			for (int r = 0; r < runs; r++) {
				List<KMeans.Result> last = new ArrayList<>();
				ours[r] = ReferenceTool.time(1, () -> new KMeans(K, RESTARTS, 300, 1e-4, 1, threads).fit(data, null),
						last)[0];
				ReferenceTool.Runs sklearn = ReferenceTool.run(LIMIT_SECONDS, "/usr/bin/python3", "-c", SCIKIT_LEARN,
						file.toString(), Integer.toString(rows), Integer.toString(dimensions), "1", Integer.toString(K),
						Integer.toString(RESTARTS));
				if (sklearn == null) {
					return;
				}
				theirs[r] = sklearn.seconds()[0];
				System.out.printf(Locale.ROOT,
						"  run %d: Segmenta %.2f s, inertia %.10g, %d iterations; scikit-learn %.2f s, inertia %.10g, %d iterations; ratio %.3f, inertia ratio %.6f%n",
						r + 1, ours[r], last.get(0).inertia(), last.get(0).iterations(), theirs[r], sklearn.results()[0],
						(int) sklearn.iterations()[0], ours[r] / theirs[r], last.get(0).inertia() / sklearn.results()[0]);
			}
			System.out.printf(Locale.ROOT, "Segmenta %s; scikit-learn %s; ratio of medians %.3f%n",
					ReferenceTool.summary(ours), ReferenceTool.summary(theirs),
					ReferenceTool.median(ours) / ReferenceTool.median(theirs));
		} finally {
			Files.deleteIfExists(file);
		}
	}

	/** Gaussian blobs around {@code centres} random centres in [0, 10)^d, standard deviation 1. */
	static FeatureMatrix blobs(int rows, int dimensions, int centres, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		double[][] means = new double[centres][dimensions];
		for (double[] mean : means) {
			for (int j = 0; j < dimensions; j++) {
				mean[j] = 10 * random.nextDouble();
			}
		}
		double[][] points = new double[rows][dimensions];
		for (double[] point : points) {
			double[] mean = means[random.nextInt(centres)];
			for (int j = 0; j < dimensions; j++) {
				point[j] = mean[j] + random.nextGaussian();
			}
		}
		return FeatureMatrix.of(points);
	}

	/** Row by row as big-endian doubles, which numpy reads directly. */
	private static void write(FeatureMatrix data, Path file) throws IOException {
		try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 20))) {
			for (int i = 0; i < data.rows(); i++) {
				for (int j = 0; j < data.dimensions(); j++) {
					out.writeDouble(data.get(i, j));
				}
			}
		}
	}
}

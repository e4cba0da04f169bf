package org.segmenta.analysis.tests.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.segmenta.analysis.FeatureMatrix;
import org.segmenta.analysis.KMeans;

/**
 * Times k-means on synthetic data (default 1,000,000 x 30, k = 8, 10 restarts) and, on the identical
 * data in the same run, scikit-learn's {@code KMeans} when {@code /usr/bin/python3} has it (Debian
 * {@code python3-sklearn}); prints both times, both inertias and the ratio. Not a test: timings vary
 * with the machine.
 *
 * <pre>
 * ./mvnw -pl targetplatform,bundles/org.segmenta.data,bundles/org.segmenta.analysis,bundles/org.segmenta.analysis.tests verify -DskipTests
 * java -Xmx3g -cp bundles/org.segmenta.analysis/target/classes:bundles/org.segmenta.analysis.tests/target/classes:\
 * bundles/org.segmenta.data/target/classes:\
 * $(find ~/.m2/repository -name 'org.eclipse.equinox.common-*.jar' | head -1):$(find ~/.m2/repository -name 'org.eclipse.osgi-3.*.jar' | head -1) \
 *     org.segmenta.analysis.tests.benchmark.ClusteringBenchmark [ROWS] [DIMENSIONS]
 * </pre>
 */
public final class ClusteringBenchmark {

	private static final int K = 8;
	private static final int RESTARTS = 10;

	private ClusteringBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
		int dimensions = args.length > 1 ? Integer.parseInt(args[1]) : 30;
		FeatureMatrix data = blobs(rows, dimensions, 12, 2026);
		int threads = Runtime.getRuntime().availableProcessors();
		System.out.printf(Locale.ROOT, "k-means on %d x %d, k = %d, %d restarts, %d threads%n", rows, dimensions, K,
				RESTARTS, threads);
		new KMeans(K, 1, 300, 1e-4, 1, threads).fit(blobs(20_000, dimensions, 12, 1), null); // warm-up
		long start = System.nanoTime();
		KMeans.Result result = new KMeans(K, RESTARTS, 300, 1e-4, 1, threads).fit(data, null);
		double segmenta = (System.nanoTime() - start) / 1e9;
		System.out.printf(Locale.ROOT, "Segmenta:     %8.2f s, inertia %.6g, %d iterations%n", segmenta,
				result.inertia(), result.iterations());
		Path csv = Files.createTempFile("kmeans-benchmark", ".csv");
		try {
			write(data, csv);
			String sklearn = scikitLearn(csv);
			if (sklearn == null) {
				System.out.println("scikit-learn:  not available (/usr/bin/python3 without sklearn); no ratio");
				return;
			}
			String[] parts = sklearn.strip().split(" ");
			double seconds = Double.parseDouble(parts[0]);
			System.out.printf(Locale.ROOT, "scikit-learn: %8.2f s, inertia %.6g%n", seconds, Double.parseDouble(parts[1]));
			System.out.printf(Locale.ROOT, "time ratio Segmenta / scikit-learn: %.2f; inertia ratio %.5f%n",
					segmenta / seconds, result.inertia() / Double.parseDouble(parts[1]));
		} finally {
			Files.deleteIfExists(csv);
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

	private static void write(FeatureMatrix data, Path csv) throws IOException {
		try (BufferedWriter out = Files.newBufferedWriter(csv)) {
			for (int i = 0; i < data.rows(); i++) {
				for (int j = 0; j < data.dimensions(); j++) {
					out.write(j == 0 ? "" : ",");
					out.write(Double.toString(data.get(i, j)));
				}
				out.write('\n');
			}
		}
	}

	/** "SECONDS INERTIA" from scikit-learn on the same file, timing the fit only; null without it. */
	private static String scikitLearn(Path csv) throws IOException, InterruptedException {
		String script = "import sys, time, numpy\n" + "from sklearn.cluster import KMeans\n"
				+ "x = numpy.loadtxt(sys.argv[1], delimiter=',')\n" + "t = time.perf_counter()\n"
				+ "m = KMeans(n_clusters=" + K + ", n_init=" + RESTARTS + ", init='k-means++', tol=1e-4, random_state=1).fit(x)\n"
				+ "print(time.perf_counter() - t, m.inertia_)\n";
		Process python;
		try {
			python = new ProcessBuilder("/usr/bin/python3", "-c", script, csv.toString()).redirectErrorStream(false)
					.start();
		} catch (IOException e) {
			return null;
		}
		String out = new String(python.getInputStream().readAllBytes());
		if (!python.waitFor(1, TimeUnit.HOURS) || python.exitValue() != 0) {
			return null;
		}
		return out;
	}
}

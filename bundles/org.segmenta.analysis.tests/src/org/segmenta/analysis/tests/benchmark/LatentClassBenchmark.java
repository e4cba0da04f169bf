/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis.tests.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.segmenta.analysis.CategoricalItems;
import org.segmenta.analysis.LatentClassModel;
import org.segmenta.data.CategoricalColumn;
import org.segmenta.data.Column;
import org.segmenta.data.ColumnType;
import org.segmenta.data.Dataset;

/**
 * Times latent class analysis on synthetic binary items (default 100,000 x 20, 6 classes, 10 starts)
 * drawn from a known 6-class model and, on the identical data in the same run, R flexmix's
 * {@code FLXMCmvbinary} (Debian {@code r-cran-flexmix}, {@code Rscript}) with {@code stepFlexmix(k = 6,
 * nrep = 10)}, keeping the best of the 10 starts as we do. Each tool fits RUNS times (default 1; the
 * harness prints medians); flexmix is killed after LIMIT seconds (default 1200), in which case there
 * is no ratio and a smaller ROWS is the way to get one. Only the fits are timed, not R's start-up or
 * reading the data. Prints both log-likelihoods, that of the generating model and the time ratio.
 * Not a test: timings vary with the machine.
 *
 * <pre>
 * bundles/org.segmenta.analysis.tests/benchmark.sh LatentClassBenchmark [ROWS] [ITEMS] [RUNS] [LIMIT]
 * </pre>
 *
 * (after the build {@link ClusteringBenchmark} shows).
 */
public final class LatentClassBenchmark {

	private static final int CLASSES = 6;
	private static final int STARTS = 10;

	// flexmix stops when the log-likelihood changes by less than tolerance x |log-likelihood|
	private static final String FLEXMIX = """
			suppressMessages(library(flexmix))
			a <- commandArgs(TRUE)
			items <- as.integer(a[2]); runs <- as.integer(a[3]); k <- as.integer(a[4]); starts <- as.integer(a[5])
			x <- matrix(scan(a[1], what = integer(), quiet = TRUE), ncol = items, byrow = TRUE)
			for (run in seq_len(runs)) {
			  set.seed(run)
			  t <- system.time(m <- stepFlexmix(x ~ 1, k = k, nrep = starts, model = FLXMCmvbinary(),
			    control = list(iter.max = 1000, tolerance = 1e-6), verbose = FALSE))
			  cat(t[["elapsed"]], format(as.numeric(logLik(m)), digits = 12), "\n")
			}
			""";

	private LatentClassBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
		int items = args.length > 1 ? Integer.parseInt(args[1]) : 20;
		int runs = args.length > 2 ? Integer.parseInt(args[2]) : 1;
		long limit = args.length > 3 ? Long.parseLong(args[3]) : 1200;
		SplittableRandom random = new SplittableRandom(2026);
		double[][] probabilities = new double[CLASSES][items];
		for (double[] row : probabilities) {
			for (int j = 0; j < items; j++) {
				row[j] = random.nextDouble() < 0.5 ? 0.15 + 0.2 * random.nextDouble() : 0.65 + 0.2 * random.nextDouble();
			}
		}
		int[][] codes = new int[items][rows];
		double generatingLogLikelihood = 0;
		for (int i = 0; i < rows; i++) {
			int c = random.nextInt(CLASSES);
			for (int j = 0; j < items; j++) {
				codes[j][i] = random.nextDouble() < probabilities[c][j] ? 1 : 0;
			}
			double likelihood = 0;
			for (int d = 0; d < CLASSES; d++) {
				double product = 1.0 / CLASSES;
				for (int j = 0; j < items; j++) {
					product *= codes[j][i] == 1 ? probabilities[d][j] : 1 - probabilities[d][j];
				}
				likelihood += product;
			}
			generatingLogLikelihood += Math.log(likelihood);
		}
		List<Column> columns = new ArrayList<>();
		List<String> names = new ArrayList<>();
		for (int j = 0; j < items; j++) {
			names.add("item" + (j + 1));
			columns.add(new CategoricalColumn(names.get(j), ColumnType.BINARY, codes[j], List.of("0", "1")));
		}
		CategoricalItems data = CategoricalItems.of(new Dataset("benchmark", columns), names);
		int threads = Runtime.getRuntime().availableProcessors();
		System.out.printf(Locale.ROOT, "LCA on %d x %d binary items, %d classes, %d starts, %d threads, %d runs each%n",
				rows, items, CLASSES, STARTS, threads, runs);
		// warm-up, as the other tools run compiled code from the start
		new LatentClassModel(CLASSES, 2, 1000, 1e-6, 2, threads).fit(data, null);
		List<LatentClassModel.Result> last = new ArrayList<>();
		double[] ours = ReferenceTool.time(runs,
				() -> new LatentClassModel(CLASSES, STARTS, 1000, 1e-6, 1, threads).fit(data, null), last);
		LatentClassModel.Result result = last.get(0);
		System.out.printf(Locale.ROOT,
				"Segmenta: %s, log-likelihood %.4f (generating model %.4f), %d iterations%n", ReferenceTool.summary(ours),
				result.logLikelihood(), generatingLogLikelihood, result.iterations());
		Path file = Files.createTempFile("lca-benchmark", ".txt");
		try {
			write(codes, file);
			ReferenceTool.Runs flexmix = ReferenceTool.run(limit, "Rscript", "-e", FLEXMIX, file.toString(),
					Integer.toString(items), Integer.toString(runs), Integer.toString(CLASSES), Integer.toString(STARTS));
			if (flexmix != null) {
				System.out.printf(Locale.ROOT, "flexmix:  %s, log-likelihood %.4f%n", flexmix.summary(),
						flexmix.lastResult());
				System.out.printf(Locale.ROOT,
						"median speed-up flexmix / Segmenta: %.1f x; log-likelihood Segmenta - flexmix: %.4f%n",
						flexmix.medianSeconds() / ReferenceTool.median(ours), result.logLikelihood() - flexmix.lastResult());
			}
		} finally {
			Files.deleteIfExists(file);
		}
	}

	/** One line of 0s and 1s per row, which R's scan reads. */
	private static void write(int[][] codes, Path file) throws IOException {
		try (BufferedWriter out = Files.newBufferedWriter(file)) {
			for (int i = 0; i < codes[0].length; i++) {
				for (int[] item : codes) {
					out.write(item[i] == 1 ? "1 " : "0 ");
				}
				out.write('\n');
			}
		}
	}
}

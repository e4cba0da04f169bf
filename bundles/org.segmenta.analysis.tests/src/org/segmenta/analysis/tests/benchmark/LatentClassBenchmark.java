package org.segmenta.analysis.tests.benchmark;

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
 * drawn from a known 6-class model, and prints the log-likelihood beside that of the generating
 * model. Not a test: timings vary with the machine. R's flexmix, the reference the issue names, is
 * not installed here, so there is no ratio; run the same data through {@code FLXMCmvbinary} where it is.
 * Run as {@link ClusteringBenchmark} says, with this class and optional ROWS ITEMS.
 */
public final class LatentClassBenchmark {

	private static final int CLASSES = 6;

	private LatentClassBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
		int items = args.length > 1 ? Integer.parseInt(args[1]) : 20;
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
		long start = System.nanoTime();
		LatentClassModel.Result result = new LatentClassModel(CLASSES, 10, 1000, 1e-6, 1, threads).fit(data, null);
		double seconds = (System.nanoTime() - start) / 1e9;
		System.out.printf(Locale.ROOT, "LCA on %d x %d binary items, %d classes, 10 starts, %d threads%n", rows, items,
				CLASSES, threads);
		System.out.printf(Locale.ROOT, "Segmenta: %.2f s, log-likelihood %.2f (generating model %.2f), %d iterations%n",
				seconds, result.logLikelihood(), generatingLogLikelihood, result.iterations());
	}
}

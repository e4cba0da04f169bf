/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * k-means: k-means++ seeding, Lloyd iterations until the centres move less than the tolerance, and
 * several restarts of which the one with the lowest inertia is kept. The seedings of all restarts
 * share their passes over the data ({@link KMeansPlusPlus}), each restart's passes run on all
 * threads, and the result depends on the seed only (see {@link Restarts}). The restarts' iterations
 * run in lockstep, sharing each pass over the data (see {@code lockstep}). The iterations skip the
 * distances that bounds show cannot change a label ({@link BoundedLloyd}), with the labels of plain
 * Lloyd iterations, and the seeding's distances serve as the first assignment.
 * <p>
 * Above {@link #SEEDING_SAMPLE_LIMIT} points, the seeding chooses its centres among a seeded random
 * sample of {@link #SEEDING_SAMPLE} of them, as scikit-learn's {@code MiniBatchKMeans} does with its
 * {@code init_size}: k-means++ on a uniform sample draws from the same distribution of squared
 * distances, so a segment of a thousandth of the points has a hundred of them in the sample, and the
 * seeding's passes read 100,000 points instead of all of them, however many there are. The first assignment
 * of the iterations then measures every point, in single precision where the Vector API is there.
 */
public final class KMeans {

	/**
	 * @param centroids  the k centres
	 * @param labels     the segment (0..k-1) of each point
	 * @param inertia    the sum of squared distances of the points to their centres
	 * @param iterations the Lloyd iterations of the kept restart
	 */
	public record Result(double[][] centroids, int[] labels, double inertia, int iterations) {
	}

	/** Points above which the seeding draws from a sample. */
	static final int SEEDING_SAMPLE_LIMIT = 200_000;
	/** The points the seeding draws from above {@link #SEEDING_SAMPLE_LIMIT}. */
	static final int SEEDING_SAMPLE = 100_000;

	private final int k;
	private final int restarts;
	private final int maxIterations;
	private final double tolerance;
	private final long seed;
	private final int threads;

	/**
	 * @param tolerance convergence when the summed squared centre movement is at most this fraction of
	 *                  the mean variance of the dimensions (as scikit-learn defines it)
	 */
	public KMeans(int k, int restarts, int maxIterations, double tolerance, long seed, int threads) {
		if (k < 1 || restarts < 1 || maxIterations < 1 || threads < 1) {
			throw new IllegalArgumentException("k, restarts, iterations and threads must be positive");
		}
		this.k = k;
		this.restarts = restarts;
		this.maxIterations = maxIterations;
		this.tolerance = tolerance;
		this.seed = seed;
		this.threads = threads;
	}

	public KMeans(int k, int restarts, long seed) {
		this(k, restarts, 300, 1e-4, seed, Runtime.getRuntime().availableProcessors());
	}

	public Result fit(FeatureMatrix data, IProgressMonitor monitor) {
		requireEnoughPoints(data);
		SubMonitor progress = SubMonitor.convert(monitor, "k-means, k = " + k, 2);
		double[] means = data.means();
		double threshold = tolerance * meanVariance(data, means);
		FeatureMatrix seedingPoints = seedingPoints(data);
		KMeansPlusPlus.Seeding[] seedings = KMeansPlusPlus.seed(seedingPoints, k, Restarts.streams(restarts, seed),
				threads, progress.split(1));
		return withHelpers(helpers -> {
			FloatTiles tiles = FloatTiles.of(data, means, helpers, threads - 1);
			BoundedLloyd[] runs;
			if (seedingPoints == data) {
				runs = BoundedLloyd.fromSeedings(data, tiles, seedings, helpers, threads - 1);
			} else {
				runs = new BoundedLloyd[restarts];
				for (int run = 0; run < restarts; run++) {
					runs[run] = new BoundedLloyd(data, tiles, seedings[run].centres(), helpers, threads - 1);
				}
			}
			Arrays.fill(seedings, null); // taken over by the runs
			Result[] results = lockstep(data.rows(), runs, threshold, helpers, progress.split(1));
			Result best = results[0];
			for (Result result : results) {
				if (result.inertia() < best.inertia()) { // ties keep the earlier start
					best = result;
				}
			}
			return best;
		});
	}

	/** The points the seeding draws its centres from: all of them, or a sample above {@link #SEEDING_SAMPLE_LIMIT}. */
	private FeatureMatrix seedingPoints(FeatureMatrix data) {
		if (data.rows() <= SEEDING_SAMPLE_LIMIT) {
			return data;
		}
		int[] sample = RandomIndices.distinct(data.rows(), SEEDING_SAMPLE, seed);
		Arrays.sort(sample); // read in the order they lie in memory
		return data.rowsAt(sample);
	}

	private void requireEnoughPoints(FeatureMatrix data) {
		if (data.rows() < k) {
			throw new IllegalArgumentException(data.rows() + " points cannot form " + k + " segments");
		}
	}

	/**
	 * The k-means++ starting centres of each restart, as {@link #fit(FeatureMatrix, IProgressMonitor)}
	 * draws them before it iterates: {@code [restart][centre][dimension]}.
	 */
	public double[][][] startingCentres(FeatureMatrix data, IProgressMonitor monitor) {
		requireEnoughPoints(data);
		KMeansPlusPlus.Seeding[] seedings = KMeansPlusPlus.seed(seedingPoints(data), k, Restarts.streams(restarts, seed),
				threads, SubMonitor.convert(monitor, "k-means++, k = " + k, 1).split(1));
		double[][][] centres = new double[restarts][][];
		for (int start = 0; start < restarts; start++) {
			centres[start] = seedings[start].centres();
		}
		return centres;
	}

	/**
	 * Whether the assignments measure in single precision through the Vector API (the JVM runs with
	 * {@code --add-modules jdk.incubator.vector}, as the launcher starts it); otherwise in double
	 * precision only, with the same results, more slowly.
	 */
	public static boolean singlePrecisionAssignments() {
		return FloatTiles.available();
	}

	/** Runs {@code work} with a pool of the threads beyond the calling one ({@code null} when there are none). */
	private <T> T withHelpers(Function<ExecutorService, T> work) {
		ExecutorService helpers = threads > 1 ? Executors.newFixedThreadPool(threads - 1) : null;
		try {
			return work.apply(helpers);
		} finally {
			if (helpers != null) {
				helpers.shutdownNow();
			}
		}
	}

	/**
	 * One run of Lloyd iterations from the given centres, without seeding or restarts: the same run
	 * another tool makes from the same starting centres (scikit-learn's {@code init=array, n_init=1}),
	 * so that results can be compared exactly.
	 *
	 * @param initialCentres k centres of the data's dimensions; they are copied, not changed
	 */
	public Result fit(FeatureMatrix data, double[][] initialCentres, IProgressMonitor monitor) {
		if (initialCentres.length != k) {
			throw new IllegalArgumentException(initialCentres.length + " starting centres for k = " + k);
		}
		double[][] centres = new double[k][];
		for (int c = 0; c < k; c++) {
			if (initialCentres[c].length != data.dimensions()) {
				throw new IllegalArgumentException("starting centre " + c + " has " + initialCentres[c].length
						+ " dimensions, the data " + data.dimensions());
			}
			centres[c] = initialCentres[c].clone();
		}
		SubMonitor progress = SubMonitor.convert(monitor, "k-means, k = " + k, 1);
		double[] means = data.means();
		return withHelpers(helpers -> lockstep(data.rows(), new BoundedLloyd[] { new BoundedLloyd(data,
				FloatTiles.of(data, means, helpers, threads - 1), centres, helpers, threads - 1) },
				tolerance * meanVariance(data, means), helpers, progress.split(1))[0]);
	}

	/** The mean over the dimensions of their population variance. */
	static double meanVariance(FeatureMatrix data) {
		return meanVariance(data, data.means());
	}

	/** The mean over the dimensions of their population variance around {@code means}, the data's. */
	private static double meanVariance(FeatureMatrix data, double[] means) {
		double total = 0;
		for (double deviation : data.standardDeviations(means)) {
			total += deviation * deviation;
		}
		return data.dimensions() == 0 ? 0 : total / data.dimensions();
	}

	/**
	 * Lloyd iterations of all runs in lockstep: each pass reads a block of points once for the
	 * assignments of every run still iterating, while it is in the cache, instead of every run
	 * streaming all points from memory. Each run computes exactly what it would on its own (its
	 * blocks' moves are added in block order), so results do not depend on the number of threads. A
	 * run that has converged takes part in one more pass, its final assignment and inertia.
	 */
	private Result[] lockstep(int rows, BoundedLloyd[] runs, double threshold, ExecutorService helpers,
			IProgressMonitor monitor) {
		Result[] results = new Result[runs.length];
		int[] iterations = new int[runs.length];
		List<Integer> iterating = new ArrayList<>();
		List<Integer> measuring = new ArrayList<>();
		for (int run = 0; run < runs.length; run++) {
			iterating.add(run);
		}
		ProgressTicker ticker = new ProgressTicker(monitor);
		long lastMoved = -1; // the points moved in the iteration before, once there was one
		int iteration = 0;
		while (!iterating.isEmpty() || !measuring.isEmpty()) {
			Restarts.checkCancelled(monitor);
			iteration++;
			for (int run : iterating) {
				runs[run].beginAssignment();
			}
			for (int run : measuring) {
				runs[run].beginAssignment();
			}
			int pass = iteration;
			int live = iterating.size() + measuring.size();
			long movedBefore = lastMoved;
			int blocks = RowBlocks.count(rows);
			RowBlocks.forEach(rows, helpers, threads - 1, block -> {
				ticker.tick(() -> passLine(pass, live, runs.length, movedBefore, 100L * block / blocks));
				for (int run : iterating) {
					runs[run].assignBlock(block);
				}
				for (int run : measuring) {
					runs[run].assignBlock(block);
					runs[run].measureBlock(block);
				}
			});
			for (int run : measuring) {
				runs[run].endAssignment();
				results[run] = new Result(runs[run].centres(), runs[run].labels(), runs[run].inertia(), iterations[run]);
			}
			measuring.clear();
			long moved = 0;
			for (Iterator<Integer> running = iterating.iterator(); running.hasNext();) {
				int run = running.next();
				runs[run].endAssignment();
				moved += runs[run].moved();
				iterations[run]++;
				if (runs[run].moveCentres() <= threshold || iterations[run] >= maxIterations) {
					running.remove();
					measuring.add(run);
				}
			}
			lastMoved = moved;
			long movedNow = moved;
			Supplier<String> line = () -> String.format(Locale.ROOT, "iteration %d, %d of %d restarts iterating, %d points moved",
					pass, live, runs.length, movedNow);
			if (iteration == 1) { // the first iteration always tells, so a short fit shows one line too
				ticker.tell(line);
			} else {
				ticker.tick(line);
			}
		}
		return results;
	}

	/** The line told while a pass is under way: its iteration, the restarts in it and how far it has got. */
	private static String passLine(int iteration, int live, int restarts, long movedBefore, long percent) {
		String line = String.format(Locale.ROOT, "iteration %d, %d of %d restarts iterating, %d %% of the points assigned",
				iteration, live, restarts, percent);
		return movedBefore < 0 ? line
				: line + String.format(Locale.ROOT, ", %d points moved in iteration %d", movedBefore, iteration - 1);
	}
}

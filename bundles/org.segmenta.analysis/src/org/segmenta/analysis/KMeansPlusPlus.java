/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis;

import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Greedy k-means++ seeding (Arthur and Vassilvitskii 2007, with the local trials of
 * scikit-learn) of several starts at once: the first centre uniformly; for each further one,
 * {@link #localTrials} candidates drawn with probability proportional to the squared distance to the
 * nearest centre chosen so far, of which the one that leaves the smallest sum of those distances is
 * kept. One candidate a centre (plain k-means++) often leaves two centres in one cluster of many
 * points and none in a small one; the best of several rarely does. A start on its own is bound by the memory it reads, not its arithmetic, so
 * one pass over the data per centre serves every start, each block of rows used by all starts while
 * it is in the cache, on several threads. Points whose own centre is less than half as far from
 * them as from the new centre cannot move to it (triangle inequality) and are not measured. Each
 * start draws from its own random stream as a seeding on its own would, and the totals are summed
 * per {@link RowBlocks block}, so the centres do not depend on the number of threads.
 * <p>
 * With the Vector API ({@link CandidateVectorKernel}), every point is measured instead against all
 * starts' candidates, and then all starts' newest centres, four points at a time and a probe a lane:
 * that costs less than testing the triangle inequality point by point, and the distances and sums
 * are those of the scalar loops bit for bit, so the seeds are the same. The system property
 * {@code segmenta.kmeans.scalarSeeding} (read at each seeding) chooses the scalar loops.
 * <p>
 * With case weights, the first centre is drawn in proportion to the weights and each further one in
 * proportion to weight times squared distance, as if each point were repeated by its weight.
 */
final class KMeansPlusPlus {

	/**
	 * The centres of one start and, as a by-product, the first assignment of Lloyd's iterations, which
	 * then need not measure the distances again.
	 *
	 * @param labels  the nearest centre of each point (the first on ties)
	 * @param nearest the squared distance of each point to the centre of its label
	 * @param second  a lower bound on the squared distance of each point to every other centre
	 */
	record Seeding(double[][] centres, int[] labels, double[] nearest, double[] second) {
	}

	/** Rows measured against the probes before their distances are used (see {@link #measureInLanes}). */
	private static final int CHUNK = 64;
	/** Relative margin by which the triangle inequality must rule a centre out, for rounding. */
	private static final double MARGIN = 1e-10;

	/** Whether this Java can measure in vector lanes ({@link CandidateVectorKernel}). */
	private static final boolean VECTORS = VectorApi.present() && CandidateVectorKernel.fits();

	/** Whether this seeding measures in vector lanes, all starts' probes at once. */
	private final boolean vectors;

	private final double[] values;
	/** The case weights, or {@code null} when every point weighs 1. */
	private final double[] weights;
	private final int rows;
	private final int dimensions;
	private final Seeding[] seedings;
	/** Per start and centre: its distance to the newest centre, less the margin. */
	private final double[][] gaps;
	/** Per start and centre: the squared distance within which its points cannot be nearer the newest. */
	private final double[][] reaches;
	/** Per block and start: the sum of the squared distances to the nearest centres. */
	private final double[][] blockTotals;
	/** Per start: the rows of the candidates for the next centre. */
	private final int[][] candidates;
	/** Per start and candidate: its distance to each centre so far, less the margin. */
	private final double[][][] candidateGaps;
	/** Per block, start and candidate: the sum of the squared distances were the candidate chosen. */
	private final double[][][] candidateTotals;
	/** With {@link #vectors}: every start's candidates, start by start, laid out as vector lanes. */
	private final double[] candidateLanes;
	/** With {@link #vectors}: every start's newest centre, laid out as vector lanes. */
	private final double[] centreLanes;

	private KMeansPlusPlus(FeatureMatrix data, int k, int starts) {
		this.values = data.values();
		this.weights = data.weightsOrNull();
		this.rows = data.rows();
		this.dimensions = data.dimensions();
		this.seedings = new Seeding[starts];
		for (int s = 0; s < starts; s++) {
			double[] nearest = new double[rows];
			Arrays.fill(nearest, Double.POSITIVE_INFINITY);
			double[] second = new double[rows];
			Arrays.fill(second, Double.POSITIVE_INFINITY);
			seedings[s] = new Seeding(new double[k][], new int[rows], nearest, second);
		}
		this.gaps = new double[starts][k];
		this.reaches = new double[starts][k];
		this.blockTotals = new double[RowBlocks.count(rows)][starts];
		int trials = localTrials(k);
		this.candidates = new int[starts][trials];
		this.candidateGaps = new double[starts][trials][k];
		this.candidateTotals = new double[RowBlocks.count(rows)][starts][trials];
		this.vectors = VECTORS && !Boolean.getBoolean("segmenta.kmeans.scalarSeeding");
		this.candidateLanes = vectors ? new double[lanes(starts * trials)] : null;
		this.centreLanes = vectors ? new double[lanes(starts)] : null;
	}

	/** The room that {@code probes} probes take laid out as vector lanes. */
	private int lanes(int probes) {
		return Math.multiplyExact(CandidateVectorKernel.groups(probes) * CandidateVectorKernel.LANES, dimensions);
	}

	/** The candidates drawn for each centre after the first: 2 + ln k, as scikit-learn draws. */
	static int localTrials(int k) {
		return 2 + (int) Math.log(k);
	}

	/**
	 * @param randoms one random stream per start
	 * @param threads the threads that measure the distances
	 */
	static Seeding[] seed(FeatureMatrix data, int k, SplittableRandom[] randoms, int threads,
			IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, k);
		KMeansPlusPlus seeding = new KMeansPlusPlus(data, k, randoms.length);
		ExecutorService helpers = Executors.newFixedThreadPool(Math.max(1, threads - 1));
		ProgressTicker ticker = new ProgressTicker(progress);
		int blocks = RowBlocks.count(seeding.rows);
		try {
			for (int c = 0; c < k; c++) {
				Restarts.checkCancelled(progress);
				int centre = c;
				if (c == 0) {
					for (int s = 0; s < randoms.length; s++) {
						seeding.choose(s, c, seeding.anyRow(randoms[s]));
					}
				} else {
					for (int s = 0; s < randoms.length; s++) {
						seeding.drawCandidates(s, c, randoms[s]);
					}
					seeding.layOutCandidates();
					RowBlocks.forEach(seeding.rows, helpers, threads - 1, block -> {
						ticker.tick(() -> String.format(Locale.ROOT,
								"k-means++ seeding of %d restarts, candidates for centre %d of %d, %d %% of the points",
								randoms.length, centre + 1, k, 100L * block / blocks));
						seeding.tryCandidates(centre, block);
					});
					for (int s = 0; s < randoms.length; s++) {
						seeding.choose(s, c, seeding.bestCandidate(s));
					}
				}
				seeding.layOutCentres(c);
				RowBlocks.forEach(seeding.rows, helpers, threads - 1, block -> {
					ticker.tick(() -> String.format(Locale.ROOT, "k-means++ seeding of %d restarts, centre %d of %d, %d %% of the points",
							randoms.length, centre + 1, k, 100L * block / blocks));
					seeding.measure(centre, block);
				});
				progress.worked(1);
			}
		} finally {
			helpers.shutdownNow();
		}
		return seeding.seedings;
	}

	/**
	 * Draws the candidates for centre {@code c} of start {@code s}, and their distances to the
	 * centres before it.
	 */
	private void drawCandidates(int s, int c, SplittableRandom random) {
		double[][] centres = seedings[s].centres();
		for (int t = 0; t < candidates[s].length; t++) {
			int row = draw(s, random);
			candidates[s][t] = row;
			for (int other = 0; other < c; other++) {
				double squared = 0;
				for (int j = 0; j < dimensions; j++) {
					double difference = centres[other][j] - values[row * dimensions + j];
					squared += difference * difference;
				}
				candidateGaps[s][t][other] = Math.sqrt(squared) * (1 - MARGIN);
			}
		}
	}

	/**
	 * For each start and candidate, the sum over the rows of {@code block} of the squared distance
	 * to the nearest centre were the candidate added. A candidate at least twice as far from a
	 * point's centre as the point is cannot be nearer (triangle inequality) and is not measured.
	 */
	private void tryCandidates(int c, int block) {
		int from = RowBlocks.start(block);
		int to = RowBlocks.end(block, rows);
		if (vectors) {
			tryCandidatesInLanes(from, to, candidateTotals[block]);
			return;
		}
		for (int s = 0; s < seedings.length; s++) {
			tryCandidatesInTurn(s, from, to, candidateTotals[block][s]);
		}
	}

	/** Each candidate of start {@code s} in turn, on the rows it may be nearer to, four rows at a time. */
	private void tryCandidatesInTurn(int s, int from, int to, double[] totals) {
		int[] pending = new int[to - from];
		double[] distances = new double[to - from];
		int[] labels = seedings[s].labels();
		double[] nearest = seedings[s].nearest();
		for (int t = 0; t < candidates[s].length; t++) {
			double[] gap = candidateGaps[s][t];
			int count = 0;
			for (int i = from; i < to; i++) {
				if (mayBeNearer(nearest[i], gap[labels[i]])) {
					pending[count++] = i;
				}
			}
			measure(pending, count, values, candidates[s][t] * dimensions, distances);
			// summed in the order of the rows, measured or not, so the total is the same however found
			double total = 0;
			int p = 0;
			for (int i = from; i < to; i++) {
				double own = nearest[i];
				if (p < count && pending[p] == i) {
					own = Math.min(own, distances[p++]);
				}
				total += weighted(i, own);
			}
			totals[t] = total;
		}
	}

	/** Lays out the candidates of every start as vector lanes, for {@link #tryCandidatesInLanes}. */
	private void layOutCandidates() {
		if (!vectors) {
			return;
		}
		int trials = candidates[0].length;
		int[] offsets = new int[seedings.length * trials];
		for (int s = 0; s < seedings.length; s++) {
			for (int t = 0; t < trials; t++) {
				offsets[s * trials + t] = candidates[s][t] * dimensions;
			}
		}
		CandidateVectorKernel.layOut(values, offsets, offsets.length, dimensions, candidateLanes);
	}

	/** Lays out centre {@code c} of every start as vector lanes, for {@link #measureInLanes}. */
	private void layOutCentres(int c) {
		if (!vectors) {
			return;
		}
		double[] newest = new double[seedings.length * dimensions];
		int[] offsets = new int[seedings.length];
		for (int s = 0; s < seedings.length; s++) {
			System.arraycopy(seedings[s].centres()[c], 0, newest, s * dimensions, dimensions);
			offsets[s] = s * dimensions;
		}
		CandidateVectorKernel.layOut(newest, offsets, offsets.length, dimensions, centreLanes);
	}

	/**
	 * Calls {@code measured} for every run of up to {@link #CHUNK} rows of {@code [from, to)} with
	 * the squared distances of those rows to the {@code probes} laid out in {@code lanes}: row
	 * {@code first + q} to probe p at {@code distances[q * stride + p]}. The rows are measured four
	 * at a time; a run is short enough that its distances stay in the first-level cache while each
	 * start's arrays are then read row after row.
	 */
	private void measureInLanes(int from, int to, double[] lanes, int probes, PointsMeasured measured) {
		int groups = CandidateVectorKernel.groups(probes);
		int stride = groups * CandidateVectorKernel.LANES;
		double[] distances = new double[CHUNK * stride];
		for (int first = from; first < to; first += CHUNK) {
			int end = Math.min(to, first + CHUNK);
			for (int four = first; four < end; four += CandidateVectorKernel.POINTS) {
				int last = Math.min(end, four + CandidateVectorKernel.POINTS) - 1;
				// past the run's last row, its last row is measured again, and not read
				CandidateVectorKernel.squaredDistances(values, four * dimensions, Math.min(four + 1, last) * dimensions,
						Math.min(four + 2, last) * dimensions, last * dimensions, dimensions, lanes, groups, distances,
						(four - first) * stride);
			}
			measured.accept(first, end, distances, stride);
		}
	}

	/** What is done with the distances of a run of rows to the probes (see {@link #measureInLanes}). */
	private interface PointsMeasured {
		void accept(int first, int end, double[] distances, int stride);
	}

	/**
	 * All candidates of all starts at once, a lane each, on every row, into {@code totals[s][t]};
	 * where a candidate is no nearer than the row's centre, the row's own distance counts, so the
	 * totals are those of {@link #tryCandidatesInTurn} (each summed in the order of the rows).
	 */
	private void tryCandidatesInLanes(int from, int to, double[][] totals) {
		int starts = seedings.length;
		int trials = candidates[0].length;
		for (double[] total : totals) {
			Arrays.fill(total, 0);
		}
		measureInLanes(from, to, candidateLanes, starts * trials, (first, end, distances, stride) -> {
			for (int s = 0; s < starts; s++) {
				double[] nearest = seedings[s].nearest();
				double[] sums = totals[s];
				int t = 0;
				// four candidates side by side, so that the four sums do not wait for each other
				for (; t + 4 <= trials; t += 4) {
					int p = s * trials + t;
					double sum0 = sums[t];
					double sum1 = sums[t + 1];
					double sum2 = sums[t + 2];
					double sum3 = sums[t + 3];
					for (int i = first, at = p; i < end; i++, at += stride) {
						double own = nearest[i];
						sum0 += weighted(i, Math.min(own, distances[at]));
						sum1 += weighted(i, Math.min(own, distances[at + 1]));
						sum2 += weighted(i, Math.min(own, distances[at + 2]));
						sum3 += weighted(i, Math.min(own, distances[at + 3]));
					}
					sums[t] = sum0;
					sums[t + 1] = sum1;
					sums[t + 2] = sum2;
					sums[t + 3] = sum3;
				}
				for (; t < trials; t++) {
					double sum = sums[t];
					for (int i = first, at = s * trials + t; i < end; i++, at += stride) {
						sum += weighted(i, Math.min(nearest[i], distances[at]));
					}
					sums[t] = sum;
				}
			}
		});
	}

	/**
	 * Whether a candidate whose distance to the point's centre is {@code gap} may be nearer to the
	 * point than that centre, at squared distance {@code own}: not when it is at least twice as far.
	 */
	private static boolean mayBeNearer(double own, double gap) {
		double half = gap / 2;
		return own > half * half * (1 - MARGIN);
	}

	/** The candidate of start {@code s} that leaves the smallest sum (the first drawn on ties). */
	private int bestCandidate(int s) {
		int best = 0;
		double bestTotal = Double.POSITIVE_INFINITY;
		for (int t = 0; t < candidates[s].length; t++) {
			double total = 0;
			for (double[][] block : candidateTotals) {
				total += block[s][t];
			}
			if (total < bestTotal) {
				best = t;
				bestTotal = total;
			}
		}
		return candidates[s][best];
	}

	/** Chooses row {@code row} as centre {@code c} of start {@code s}, and its distances to the centres before it. */
	private void choose(int s, int c, int row) {
		double[][] centres = seedings[s].centres();
		centres[c] = Arrays.copyOfRange(values, row * dimensions, (row + 1) * dimensions);
		for (int other = 0; other < c; other++) {
			double squared = 0;
			for (int j = 0; j < dimensions; j++) {
				double difference = centres[other][j] - centres[c][j];
				squared += difference * difference;
			}
			gaps[s][other] = Math.sqrt(squared) * (1 - MARGIN);
			double half = gaps[s][other] / (2 * (1 + MARGIN));
			reaches[s][other] = half * half;
		}
	}

	/** A row drawn with probability proportional to its squared distance to its nearest centre. */
	private int draw(int s, SplittableRandom random) {
		double total = 0;
		for (double[] block : blockTotals) {
			total += block[s];
		}
		if (total <= 0) {
			return anyRow(random); // every point coincides with a centre
		}
		double target = random.nextDouble() * total;
		// the block whose running total passes the target, then the row within it
		double cumulative = 0;
		int block = 0;
		while (block < blockTotals.length - 1 && cumulative + blockTotals[block][s] <= target) {
			cumulative += blockTotals[block++][s];
		}
		double[] nearest = seedings[s].nearest();
		int row = RowBlocks.start(block);
		int last = RowBlocks.end(block, rows) - 1;
		cumulative += weighted(row, nearest[row]);
		while (cumulative <= target && row < last) {
			row++;
			cumulative += weighted(row, nearest[row]);
		}
		return row;
	}

	/** A row drawn uniformly, or in proportion to its weight. */
	private int anyRow(SplittableRandom random) {
		if (weights == null) {
			return random.nextInt(rows);
		}
		double total = 0;
		for (double weight : weights) {
			total += weight;
		}
		double target = random.nextDouble() * total;
		double cumulative = 0;
		int row = 0;
		while (row < rows - 1 && (weights[row] == 0 || cumulative + weights[row] <= target)) {
			cumulative += weights[row++];
		}
		return row;
	}

	private double weighted(int row, double value) {
		return weights == null ? value : weights[row] * value;
	}

	/**
	 * Measures the rows of {@code block} against centre {@code c} of every start, keeps the nearest
	 * and (a lower bound on) the second nearest, and sums the nearest per start.
	 */
	private void measure(int c, int block) {
		int from = RowBlocks.start(block);
		int to = RowBlocks.end(block, rows);
		if (vectors) {
			measureAllInLanes(c, from, to, blockTotals[block]);
			return;
		}
		int[] pending = new int[to - from];
		double[] distances = new double[to - from];
		for (int s = 0; s < seedings.length; s++) {
			int count = 0;
			for (int i = from; i < to; i++) {
				if (!ruledOut(s, c, i)) {
					pending[count++] = i;
				}
			}
			measure(pending, count, seedings[s].centres()[c], 0, distances);
			for (int p = 0; p < count; p++) {
				keepIfNearer(s, c, pending[p], distances[p]);
			}
		}
		for (int s = 0; s < seedings.length; s++) {
			double[] nearest = seedings[s].nearest();
			double total = 0;
			for (int i = from; i < to; i++) {
				total += weighted(i, nearest[i]);
			}
			blockTotals[block][s] = total;
		}
	}

	/**
	 * As {@link #measure(int, int)}, every row against centre {@code c} of every start at once, a
	 * lane each, into {@code totals[s]}. Every distance is measured, so the second nearest is the
	 * exact distance, not a bound from the triangle inequality (that is tighter for the iterations,
	 * and the labels, nearest distances and totals are the same); no branch depends on the data.
	 */
	private void measureAllInLanes(int c, int from, int to, double[] totals) {
		int starts = seedings.length;
		Arrays.fill(totals, 0);
		measureInLanes(from, to, centreLanes, starts, (first, end, distances, stride) -> {
			for (int s = 0; s < starts; s++) {
				int[] labels = seedings[s].labels();
				double[] nearest = seedings[s].nearest();
				double[] second = seedings[s].second();
				double total = totals[s];
				for (int i = first; i < end; i++) {
					double distance = distances[(i - first) * stride + s];
					double before = nearest[i];
					// the first nearest centre wins ties, as in Lloyd's assignment
					boolean nearer = distance < before;
					second[i] = nearer ? before : Math.min(second[i], distance);
					nearest[i] = nearer ? distance : before;
					labels[i] = nearer ? c : labels[i];
					total += weighted(i, nearest[i]);
				}
				totals[s] = total;
			}
		});
	}

	/**
	 * Whether centre {@code c} of start {@code s} cannot be nearer to point {@code i} than its centre
	 * so far: not when it is at least twice as far from that centre as the point is. Then it is at
	 * least that gap less the point's distance away, which bounds the second nearest (computed only
	 * where it may be below the second nearest so far).
	 */
	private boolean ruledOut(int s, int c, int i) {
		Seeding seeding = seedings[s];
		double[] nearest = seeding.nearest();
		double[] second = seeding.second();
		int own = seeding.labels()[i];
		if (c == 0 || nearest[i] > reaches[s][own]) {
			return false;
		}
		if (second[i] > reaches[s][own]) {
			double bound = gaps[s][own] - Math.sqrt(nearest[i]) * (1 + MARGIN);
			second[i] = Math.min(second[i], bound * bound * (1 - MARGIN));
		}
		return true;
	}

	/** Takes centre {@code c} of start {@code s}, at squared distance {@code distance}, as nearest or second nearest to point {@code i}. */
	private void keepIfNearer(int s, int c, int i, double distance) {
		Seeding seeding = seedings[s];
		double[] nearest = seeding.nearest();
		double[] second = seeding.second();
		// the first nearest centre wins ties, as in Lloyd's assignment
		if (distance < nearest[i]) {
			second[i] = nearest[i];
			nearest[i] = distance;
			seeding.labels()[i] = c;
		} else if (distance < second[i]) {
			second[i] = distance;
		}
	}

	/**
	 * The squared distances of the rows {@code pending[0..count)} to the vector at {@code offset} of
	 * {@code centre} (a centre, or a row of the data), four rows at a time.
	 */
	private void measure(int[] pending, int count, double[] centre, int offset, double[] distances) {
		int p = 0;
		for (; p + 4 <= count; p += 4) {
			FeatureMatrix.fourSquaredDistances(values, pending[p] * dimensions, pending[p + 1] * dimensions,
					pending[p + 2] * dimensions, pending[p + 3] * dimensions, centre, offset, offset, offset, offset,
					dimensions, distances, p);
		}
		for (; p < count; p++) {
			int row = pending[p] * dimensions;
			double sum = 0;
			for (int j = 0; j < dimensions; j++) {
				double difference = values[row + j] - centre[offset + j];
				sum += difference * difference;
			}
			distances[p] = sum;
		}
	}
}

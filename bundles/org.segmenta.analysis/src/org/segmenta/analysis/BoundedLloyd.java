/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis;

import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.function.IntConsumer;

/**
 * Lloyd's k-means iterations with Hamerly's bounds (G. Hamerly, "Making k-means even faster", SDM
 * 2010). Each point keeps an upper bound on the distance to its own centre and a lower bound on the
 * distance to every other centre; when the bounds show that no other centre can be nearer, the
 * point's distances are not computed. Bounds carry a margin for rounding, so a distance is only
 * skipped where plain Lloyd would keep the label too: labels, centres and iteration counts are
 * those of Lloyd's iterations, at a fraction of the distance computations. The sums of the
 * segments follow the points that move instead of being summed again each iteration.
 * <p>
 * The passes over the points run on the calling thread and the helpers, block by block
 * ({@link RowBlocks}); what the points of a block move between segments is summed per block and
 * added in block order, so the result does not depend on the number of threads. The passes of
 * several runs can share each block while it is in the cache ({@link #beginAssignment()}).
 * <p>
 * With case weights, a centre is the weighted mean of its points and the inertia the weighted sum;
 * without, each point weighs 1, which gives the unweighted sums exactly.
 */
final class BoundedLloyd {

	/** Relative margin by which a bound must separate two distances before one is skipped. */
	private static final double MARGIN = 1e-10;
	/** Per thread: the points of a block still to be measured, and their distances to their own centres. */
	private static final ThreadLocal<int[]> PENDING = ThreadLocal.withInitial(() -> new int[RowBlocks.SIZE]);
	private static final ThreadLocal<double[]> OWN_DISTANCES = ThreadLocal.withInitial(() -> new double[RowBlocks.SIZE]);
	/** Per thread: a tile's single-precision distances to the centres. */
	private static final ThreadLocal<float[]> TILE_DISTANCES = ThreadLocal.withInitial(() -> new float[0]);
	/**
	 * A tile's pending points are measured in single precision, all centres at once, from this many
	 * on; fewer are measured one by one in double precision.
	 */
	private static final int TILE_POINTS = FloatTiles.TILE / 16;
	/**
	 * Up to this many pending points of a tile are gathered and measured alone; more are measured
	 * with the whole tile, which saves copying them.
	 */
	private static final int GATHERED_POINTS = FloatTiles.TILE / 2;

	private final double[] values;
	/** The case weights, or {@code null} when every point weighs 1. */
	private final double[] weights;
	private final int rows;
	private final int dimensions;
	private final int k;
	private final double[] centres;
	private final double[] sums;
	private final int[] counts;
	/** The summed weights of each segment's points (its count when unweighted). */
	private final double[] weightTotals;
	private final int[] labels;
	private final double[] upper;
	private final double[] lower;
	private final double[] halfGaps;
	private final ExecutorService pool;
	private final int helpers;
	/** The single-precision copy of the points, or {@code null} to measure in double precision only. */
	private final FloatTiles tiles;
	/** The centres as {@link FloatTiles#narrowCentres} gives them, and their largest squared norm. */
	private final float[] narrowCentres;
	private double narrowCentreNorm;
	/** Per block: what its points that changed segment (or got their first) add to the sums and counts. */
	private final double[][] blockSums;
	private final int[][] blockCounts;
	private final double[][] blockWeights;
	private final int[] blockMoved;
	private final double[] blockInertia;
	/** The points that changed segment in the last assignment. */
	private long moved;
	private boolean assigned;
	/**
	 * How much each segment's points' upper bounds grow and lower bounds shrink since the centres
	 * last moved, applied in the next assignment's pass rather than in a pass of their own;
	 * {@code null} when there is nothing to apply.
	 */
	private double[] growths;
	private double[] shrinks;

	/**
	 * @param start   k starting centres, copied
	 * @param pool    where the {@code helpers} threads come from ({@code null} when there are none)
	 */
	BoundedLloyd(FeatureMatrix data, double[][] start, ExecutorService pool, int helpers) {
		this(data, null, start, pool, helpers);
	}

	/**
	 * @param tiles the single-precision copy of {@code data} for the assignments, or {@code null}
	 */
	BoundedLloyd(FeatureMatrix data, FloatTiles tiles, double[][] start, ExecutorService pool, int helpers) {
		this(data, tiles, start, new int[data.rows()], new double[data.rows()], new double[data.rows()], pool, helpers);
	}

	/**
	 * Runs from k-means++ centres and the assignments found while choosing them (their arrays are
	 * taken over). One pass over the points sums the segments of all runs, each block read once for
	 * all of them while it is in the cache; each run's sums are those it would make alone.
	 */
	static BoundedLloyd[] fromSeedings(FeatureMatrix data, FloatTiles tiles, KMeansPlusPlus.Seeding[] seedings,
			ExecutorService pool, int helpers) {
		BoundedLloyd[] runs = new BoundedLloyd[seedings.length];
		for (int run = 0; run < runs.length; run++) {
			KMeansPlusPlus.Seeding seeding = seedings[run];
			runs[run] = new BoundedLloyd(data, tiles, seeding.centres(), seeding.labels(), seeding.nearest(),
					seeding.second(), pool, helpers);
		}
		RowBlocks.forEach(data.rows(), pool, helpers, block -> {
			for (BoundedLloyd run : runs) {
				run.takeOverSeeding(block);
			}
		});
		for (BoundedLloyd run : runs) {
			run.addMoves();
			run.assigned = true;
		}
		return runs;
	}

	/** Turns a block's squared seeding distances into bounds and records its points' segments. */
	private void takeOverSeeding(int block) {
		for (int i = RowBlocks.start(block); i < RowBlocks.end(block, rows); i++) {
			upper[i] = Math.sqrt(upper[i]) * (1 + MARGIN);
			lower[i] = Math.sqrt(lower[i]) * (1 - MARGIN);
			move(block, i, -1, labels[i]);
		}
	}

	private BoundedLloyd(FeatureMatrix data, FloatTiles tiles, double[][] start, int[] labels, double[] upper, double[] lower,
			ExecutorService pool, int helpers) {
		this.tiles = tiles;
		this.values = data.values();
		this.weights = data.weightsOrNull();
		this.rows = data.rows();
		this.dimensions = data.dimensions();
		this.k = start.length;
		this.centres = new double[k * dimensions];
		for (int c = 0; c < k; c++) {
			System.arraycopy(start[c], 0, centres, c * dimensions, dimensions);
		}
		this.sums = new double[k * dimensions];
		this.counts = new int[k];
		this.weightTotals = new double[k];
		this.labels = labels;
		this.upper = upper;
		this.lower = lower;
		this.halfGaps = new double[k];
		this.narrowCentres = new float[k * dimensions];
		this.pool = pool;
		this.helpers = helpers;
		int blocks = RowBlocks.count(rows);
		this.blockSums = new double[blocks][];
		this.blockCounts = new int[blocks][];
		this.blockWeights = new double[blocks][];
		this.blockMoved = new int[blocks];
		this.blockInertia = new double[blocks];
	}

	/**
	 * Each centre to the mean of its points, after an assignment.
	 *
	 * @return the summed squared movement of the centres
	 */
	double moveCentres() {
		double[] previous = centres.clone();
		relocateEmptySegments();
		double[] moves = new double[k];
		double shift = 0;
		for (int c = 0; c < k; c++) {
			int offset = c * dimensions;
			if (weightTotals[c] > 0) { // only points of weight 0: the centre stays where it was
				for (int j = 0; j < dimensions; j++) {
					centres[offset + j] = sums[offset + j] / weightTotals[c];
				}
			}
			double squared = squaredDistance(centres, offset, previous, offset);
			shift += squared;
			moves[c] = Math.sqrt(squared);
		}
		loosenBoundsLater(moves);
		return shift;
	}

	/** Labels each point with its nearest centre (the first on ties); returns the inertia. */
	double assignAndMeasure() {
		beginAssignment();
		forEachBlock(block -> {
			assignBlock(block);
			measureBlock(block);
		});
		endAssignment();
		return inertia();
	}

	/** Measures the (weighted) squared distances of a block's points to their centres, once they are assigned. */
	void measureBlock(int block) {
		double inertia = 0;
		for (int i = RowBlocks.start(block); i < RowBlocks.end(block, rows); i++) {
			double distance = squaredDistance(values, i * dimensions, centres, labels[i] * dimensions);
			inertia += weights == null ? distance : weights[i] * distance;
		}
		blockInertia[block] = inertia;
	}

	/** The inertia that {@link #measureBlock(int)} measured, summed in block order. */
	double inertia() {
		double inertia = 0;
		for (double block : blockInertia) {
			inertia += block;
		}
		return inertia;
	}

	double[][] centres() {
		double[][] result = new double[k][];
		for (int c = 0; c < k; c++) {
			result[c] = Arrays.copyOfRange(centres, c * dimensions, (c + 1) * dimensions);
		}
		return result;
	}

	int[] labels() {
		return labels;
	}

	/** The points that changed segment in the last iteration. */
	long moved() {
		return moved;
	}

	/**
	 * An assignment in three steps, so that the passes of several runs can share each block of data
	 * while it is in the cache: this, then {@link #assignBlock(int)} for every block (on any threads,
	 * in any order), then {@link #endAssignment()}.
	 */
	void beginAssignment() {
		if (assigned) {
			computeHalfGaps();
		}
		if (tiles != null) {
			narrowCentreNorm = tiles.narrowCentres(centres, k, narrowCentres);
		}
	}

	/** Each point of the block to its nearest centre (the first on ties). */
	void assignBlock(int block) {
		if (assigned) {
			reassign(block);
			return;
		}
		int end = RowBlocks.end(block, rows);
		if (tiles != null) {
			for (int from = RowBlocks.start(block); from < end;) {
				int tile = FloatTiles.tile(from);
				int to = Math.min(end, (tile + 1) * FloatTiles.TILE);
				assignInTile(block, tile, from, to);
				from = to;
			}
			return;
		}
		double[] distances = new double[k];
		double[] bestAndSecond = new double[2];
		for (int i = RowBlocks.start(block); i < end; i++) {
			labels[i] = nearest(i, distances, bestAndSecond);
			move(block, i, -1, labels[i]);
		}
	}

	/** Adds what the blocks' points moved to the segments, in block order. */
	void endAssignment() {
		if (assigned) {
			growths = null;
			shrinks = null;
		}
		assigned = true;
		addMoves();
	}

	/**
	 * Moves the points of a block whose bounds do not rule it out to their nearest centre: tile by
	 * tile, in single precision where a tile has many such points ({@link #reassignInTile}), else
	 * in double precision ({@link #reassignOneByOne}).
	 */
	private void reassign(int block) {
		int[] pending = PENDING.get();
		int count = 0;
		for (int i = RowBlocks.start(block); i < RowBlocks.end(block, rows); i++) {
			int segment = labels[i];
			if (growths != null) {
				upper[i] = (upper[i] + growths[segment]) * (1 + MARGIN);
				lower[i] = (lower[i] - shrinks[segment]) * (1 - MARGIN);
			}
			// without a branch: in overlapping data whether a point passes is a coin toss
			pending[count] = i;
			count += upper[i] >= Math.max(halfGaps[segment], lower[i]) * (1 - MARGIN) ? 1 : 0;
		}
		if (tiles == null) {
			reassignOneByOne(block, pending, 0, count);
			return;
		}
		for (int from = 0; from < count;) {
			int tile = FloatTiles.tile(pending[from]);
			int to = from + 1;
			while (to < count && FloatTiles.tile(pending[to]) == tile) {
				to++;
			}
			if (to - from >= TILE_POINTS) {
				reassignInTile(block, tile, pending, from, to);
			} else {
				reassignOneByOne(block, pending, from, to);
			}
			from = to;
		}
	}

	/**
	 * The points {@code pending[from..to)} of one tile: their distances to all centres in single
	 * precision (of those points alone when they are at most {@link #GATHERED_POINTS}, else of the
	 * whole tile), and in double precision only where the nearest centre is not ahead of the second
	 * by more than the rounding could change.
	 */
	private void reassignInTile(int block, int tile, int[] pending, int from, int to) {
		float[] distances = tileDistances();
		boolean gathered = to - from <= GATHERED_POINTS;
		int stride = gathered ? tiles.squaredDistances(tile, pending, from, to, narrowCentres, k, distances)
				: tiles.squaredDistances(tile, narrowCentres, k, distances);
		int first = tile * FloatTiles.TILE;
		double[] exact = new double[k];
		double[] bestAndSecond = new double[2];
		for (int p = from; p < to; p++) {
			int i = pending[p];
			int r = gathered ? p - from : i - first;
			int segment = labels[i];
			double error = tiles.error(i, narrowCentreNorm);
			upper[i] = Math.sqrt(distances[segment * stride + r] + error) * (1 + MARGIN);
			if (upper[i] < Math.max(halfGaps[segment], lower[i]) * (1 - MARGIN)) {
				continue;
			}
			int nearest = nearestInTile(i, r, distances, stride, error, exact, bestAndSecond);
			if (nearest != segment) {
				move(block, i, segment, nearest);
				labels[i] = nearest;
				blockMoved[block]++;
			}
		}
	}

	/**
	 * The first assignment of the points {@code [from, to)} of one tile: their distances to all
	 * centres in single precision, in double precision where too close to call.
	 */
	private void assignInTile(int block, int tile, int from, int to) {
		float[] distances = tileDistances();
		int stride = tiles.squaredDistances(tile, narrowCentres, k, distances);
		int first = tile * FloatTiles.TILE;
		double[] exact = new double[k];
		double[] bestAndSecond = new double[2];
		for (int i = from; i < to; i++) {
			labels[i] = nearestInTile(i, i - first, distances, stride, tiles.error(i, narrowCentreNorm), exact, bestAndSecond);
			move(block, i, -1, labels[i]);
		}
	}

	/**
	 * The nearest centre of point {@code i}, row {@code r} of a tile's single-precision
	 * {@code distances} (of {@code stride}, off by at most {@code error}): the kernel's where the
	 * nearest is ahead of the second by more than the rounding could change, else by exact
	 * distances ({@code exact} and {@code bestAndSecond} are scratch); sets both bounds of the point.
	 */
	private int nearestInTile(int i, int r, float[] distances, int stride, double error, double[] exact,
			double[] bestAndSecond) {
		// exactly the float comparisons: the kernel found nearest and second as nearestOf would
		double bestDistance = distances[k * stride + r];
		double second = distances[(k + 1) * stride + r];
		if (second - bestDistance <= 2 * error) { // too close to call in single precision
			return nearest(i, exact, bestAndSecond);
		}
		upper[i] = Math.sqrt(bestDistance + error) * (1 + MARGIN);
		lower[i] = Math.sqrt(Math.max(0, second - error)) * (1 - MARGIN);
		return (int) distances[(k + 2) * stride + r];
	}

	/** This thread's room for a tile's single-precision distances. */
	private float[] tileDistances() {
		float[] distances = TILE_DISTANCES.get();
		if (distances.length < FloatTiles.scratchLength(k)) {
			distances = new float[FloatTiles.scratchLength(k)];
			TILE_DISTANCES.set(distances);
		}
		return distances;
	}

	/**
	 * The points {@code pending[from..to)} in double precision: their distances to their own centres
	 * four at a time (each summed in the same order as one at a time), then to all centres for those
	 * whose bounds still fail.
	 */
	private void reassignOneByOne(int block, int[] pending, int from, int to) {
		double[] own = OWN_DISTANCES.get();
		int p = from;
		for (; p + 4 <= to; p += 4) {
			FeatureMatrix.fourSquaredDistances(values, pending[p] * dimensions, pending[p + 1] * dimensions,
					pending[p + 2] * dimensions, pending[p + 3] * dimensions, centres, labels[pending[p]] * dimensions,
					labels[pending[p + 1]] * dimensions, labels[pending[p + 2]] * dimensions, labels[pending[p + 3]] * dimensions,
					dimensions, own, p);
		}
		for (; p < to; p++) {
			own[p] = squaredDistance(values, pending[p] * dimensions, centres, labels[pending[p]] * dimensions);
		}
		double[] distances = new double[k];
		double[] bestAndSecond = new double[2];
		for (p = from; p < to; p++) {
			int i = pending[p];
			int segment = labels[i];
			upper[i] = Math.sqrt(own[p]) * (1 + MARGIN);
			if (upper[i] < Math.max(halfGaps[segment], lower[i]) * (1 - MARGIN)) {
				continue;
			}
			int nearest = nearest(i, distances, bestAndSecond);
			if (nearest != segment) {
				move(block, i, segment, nearest);
				labels[i] = nearest;
				blockMoved[block]++;
			}
		}
	}

	/**
	 * The nearest centre of point {@code i} by exact distances; sets both bounds of the point.
	 * {@code distances} (k) and {@code bestAndSecond} (2) are the caller's scratch, reused point after point.
	 */
	private int nearest(int i, double[] distances, double[] bestAndSecond) {
		squaredDistances(i, distances);
		int best = nearestOf(distances, bestAndSecond);
		upper[i] = Math.sqrt(bestAndSecond[0]) * (1 + MARGIN);
		lower[i] = Math.sqrt(bestAndSecond[1]) * (1 - MARGIN);
		return best;
	}

	/**
	 * The index of the smallest of the {@code k} distances (the first on ties); that distance and
	 * the second smallest go into {@code bestAndSecond}.
	 */
	private int nearestOf(double[] distances, double[] bestAndSecond) {
		int best = 0;
		double bestDistance = distances[0];
		double second = Double.POSITIVE_INFINITY;
		for (int c = 1; c < k; c++) {
			double distance = distances[c];
			if (distance < bestDistance) {
				second = bestDistance;
				best = c;
				bestDistance = distance;
			} else if (distance < second) {
				second = distance;
			}
		}
		bestAndSecond[0] = bestDistance;
		bestAndSecond[1] = second;
		return best;
	}

	/** The squared distances of point {@code i} to all centres into {@code distances}, four at a time. */
	private void squaredDistances(int i, double[] distances) {
		int offset = i * dimensions;
		int c = 0;
		for (; c + 4 <= k; c += 4) {
			int centre = c * dimensions;
			FeatureMatrix.fourSquaredDistances(values, offset, offset, offset, offset, centres, centre,
					centre + dimensions, centre + 2 * dimensions, centre + 3 * dimensions, dimensions, distances, c);
		}
		for (; c < k; c++) {
			distances[c] = squaredDistance(values, offset, centres, c * dimensions);
		}
	}

	/** Half the distance of each centre to its nearest other centre: nearer points stay with it. */
	private void computeHalfGaps() {
		Arrays.fill(halfGaps, Double.POSITIVE_INFINITY);
		for (int c = 0; c < k; c++) {
			for (int other = c + 1; other < k; other++) {
				double half = Math.sqrt(squaredDistance(centres, c * dimensions, centres, other * dimensions)) / 2;
				halfGaps[c] = Math.min(halfGaps[c], half);
				halfGaps[other] = Math.min(halfGaps[other], half);
			}
		}
	}

	/** After the centres moved: each upper bound grows by its centre's move, lower bounds shrink. */
	private void loosenBoundsLater(double[] moves) {
		int largest = 0;
		for (int c = 1; c < k; c++) {
			if (moves[c] > moves[largest]) {
				largest = c;
			}
		}
		double secondLargest = 0;
		for (int c = 0; c < k; c++) {
			if (c != largest) {
				secondLargest = Math.max(secondLargest, moves[c]);
			}
		}
		growths = moves;
		// the other centres' largest move: how much nearer one of them may have come
		shrinks = new double[k];
		for (int c = 0; c < k; c++) {
			shrinks[c] = c == largest ? secondLargest : moves[largest];
		}
	}

	/**
	 * An empty segment takes over the point farthest from its segment's mean, so k segments remain
	 * (a point alone in its segment stays, or moving it would empty another).
	 */
	private void relocateEmptySegments() {
		for (int c = 0; c < k; c++) {
			if (counts[c] > 0) {
				continue;
			}
			double[] means = new double[k * dimensions];
			for (int s = 0; s < k; s++) {
				for (int j = 0; j < dimensions; j++) {
					means[s * dimensions + j] = sums[s * dimensions + j] / Math.max(weights == null ? 1 : Double.MIN_NORMAL,
							weightTotals[s]);
				}
			}
			int farthest = -1;
			double largest = -1;
			for (int i = 0; i < rows; i++) {
				if (counts[labels[i]] > 1) {
					double distance = squaredDistance(values, i * dimensions, means, labels[i] * dimensions);
					if (distance > largest) {
						largest = distance;
						farthest = i;
					}
				}
			}
			add(farthest, labels[farthest], -1);
			add(farthest, c, 1);
			labels[farthest] = c;
			// its bounds no longer hold: the next assignment measures the point again
			upper[farthest] = Double.POSITIVE_INFINITY;
			lower[farthest] = 0;
		}
	}

	private void forEachBlock(IntConsumer work) {
		RowBlocks.forEach(rows, pool, helpers, work);
	}

	/** Records in its block that point {@code i} leaves segment {@code from} (none when negative) for {@code to}. */
	private void move(int block, int i, int from, int to) {
		if (blockSums[block] == null) {
			blockSums[block] = new double[k * dimensions];
			blockCounts[block] = new int[k];
			blockWeights[block] = new double[k];
		}
		double[] sums = blockSums[block];
		int offset = i * dimensions;
		double weight = weights == null ? 1 : weights[i];
		if (from >= 0) {
			int source = from * dimensions;
			for (int j = 0; j < dimensions; j++) {
				sums[source + j] -= weight * values[offset + j];
			}
			blockCounts[block][from]--;
			blockWeights[block][from] -= weight;
		}
		int target = to * dimensions;
		for (int j = 0; j < dimensions; j++) {
			sums[target + j] += weight * values[offset + j];
		}
		blockCounts[block][to]++;
		blockWeights[block][to] += weight;
	}

	/** Adds what the blocks recorded to the segments' sums and counts, in block order. */
	private void addMoves() {
		for (int block = 0; block < blockSums.length; block++) {
			if (blockSums[block] != null) {
				double[] moved = blockSums[block];
				for (int index = 0; index < moved.length; index++) {
					sums[index] += moved[index];
				}
				for (int c = 0; c < k; c++) {
					counts[c] += blockCounts[block][c];
					weightTotals[c] += blockWeights[block][c];
				}
				blockSums[block] = null;
				blockCounts[block] = null;
				blockWeights[block] = null;
			}
		}
		moved = 0;
		for (int block = 0; block < blockMoved.length; block++) {
			moved += blockMoved[block];
			blockMoved[block] = 0;
		}
		for (int c = 0; c < k; c++) {
			if (counts[c] == 0) {
				Arrays.fill(sums, c * dimensions, (c + 1) * dimensions, 0); // no rounding left behind
				weightTotals[c] = 0;
			}
		}
	}

	private void add(int i, int segment, int sign) {
		int offset = i * dimensions;
		int target = segment * dimensions;
		double weight = sign * (weights == null ? 1 : weights[i]);
		for (int j = 0; j < dimensions; j++) {
			sums[target + j] += weight * values[offset + j];
		}
		counts[segment] += sign;
		weightTotals[segment] += weight;
		if (counts[segment] == 0) {
			Arrays.fill(sums, target, target + dimensions, 0); // no rounding left behind
			weightTotals[segment] = 0;
		}
	}

	private double squaredDistance(double[] a, int aOffset, double[] b, int bOffset) {
		double sum = 0;
		for (int j = 0; j < dimensions; j++) {
			double difference = a[aOffset + j] - b[bOffset + j];
			sum += difference * difference;
		}
		return sum;
	}
}

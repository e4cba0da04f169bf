/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis;

import java.util.Arrays;
import java.util.concurrent.ExecutorService;

/**
 * A single-precision working copy of the points for the distance computations of k-means, laid out
 * so that the processor computes many of them at once: tiles of {@link #TILE} rows, each stored
 * dimension by dimension, so the distances of a tile's rows to a centre are one loop over
 * consecutive floats per dimension, computed with SIMD instructions ({@link FloatVectorKernel}). The points are
 * shifted by the data's means before rounding, so the rounding is relative to the spread of the
 * data rather than its distance from the origin.
 * <p>
 * A distance in single precision is off by at most {@link #error(int, double)} from the exact one
 * and from the one summed in double precision, so where the nearest centre is ahead of the second
 * by more than that, the double-precision labels are known without computing them; where the
 * margin is thinner, the caller measures in double precision. The centres' sums stay in double
 * precision.
 */
final class FloatTiles {

	/** Rows per tile: the distances of a tile to all centres fit in the first-level cache. */
	static final int TILE = 256;
	/** The unit roundoff of single precision. */
	private static final double FLOAT_UNIT = 0x1p-24;
	/** Whether the Vector API is there: without it the single-precision loops gain nothing over double precision. */
	private static final boolean VECTORS = vectorsAvailable();
	/** Per thread: the values of the points of a tile that {@link #squaredDistances(int, int[], int, int, float[], int, float[])} measures. */
	private static final ThreadLocal<float[]> GATHERED = ThreadLocal.withInitial(() -> new float[0]);

	private final int rows;
	private final int dimensions;
	private final double[] shift;
	/** Tile {@code t}, dimension {@code j}, row {@code r} of the tile at {@code (t * dimensions + j) * TILE + r}. */
	private final float[] values;
	/** Per point: its squared norm after the shift (rounded up), the scale of its rounding errors. */
	private final float[] norms;
	/**
	 * The error of a squared distance relative to the squared norms of point and centre: the
	 * roundings of both to single precision and of the d differences, squares and sums (a bound of
	 * (2d + 11)u, with room), and the double-precision sum it stands for.
	 */
	private final double errorFactor;

	/** @param means the points' means ({@link FeatureMatrix#means()}), which the copy is shifted by to keep its values small */
	FloatTiles(FeatureMatrix data, double[] means, ExecutorService pool, int helpers) {
		this.rows = data.rows();
		this.dimensions = data.dimensions();
		this.shift = means;
		int tiles = (rows + TILE - 1) / TILE;
		this.values = new float[Math.multiplyExact(tiles * TILE, Math.max(1, dimensions))];
		this.norms = new float[rows];
		this.errorFactor = (2 * dimensions + 20) * FLOAT_UNIT;
		double[] source = data.values();
		RowBlocks.forEach(rows, pool, helpers, block -> {
			for (int i = RowBlocks.start(block); i < RowBlocks.end(block, rows); i++) {
				int base = (i / TILE) * dimensions * TILE + i % TILE;
				double norm = 0;
				for (int j = 0; j < dimensions; j++) {
					double shifted = source[i * dimensions + j] - shift[j];
					values[base + j * TILE] = (float) shifted;
					norm += shifted * shifted;
				}
				norms[i] = (float) (norm * (1 + 1e-6)) + Float.MIN_NORMAL;
			}
		});
	}

	/**
	 * A copy of {@code data}, or {@code null} when this Java runs without the Vector API
	 * ({@code --add-modules jdk.incubator.vector}); then k-means measures in double precision only.
	 */
	static FloatTiles of(FeatureMatrix data, double[] means, ExecutorService pool, int helpers) {
		return available() ? new FloatTiles(data, means, pool, helpers) : null;
	}

	/**
	 * Whether the fits use this copy: the Vector API is there, and the system property
	 * {@code segmenta.kmeans.doublePrecision} (read at each fit) does not ask for double precision only.
	 */
	static boolean available() {
		return VECTORS && !Boolean.getBoolean("segmenta.kmeans.doublePrecision");
	}

	private static boolean vectorsAvailable() {
		return VectorApi.present() && FloatVectorKernel.fits(TILE);
	}

	/** The tile of row {@code i}. */
	static int tile(int i) {
		return i / TILE;
	}

	/**
	 * The centres ({@code k} rows of the data's dimensions, one after the other) shifted as the
	 * points and rounded, into {@code narrow}; returns their largest squared norm after the shift.
	 */
	double narrowCentres(double[] centres, int k, float[] narrow) {
		double largest = 0;
		for (int c = 0; c < k; c++) {
			double norm = 0;
			for (int j = 0; j < dimensions; j++) {
				double shifted = centres[c * dimensions + j] - shift[j];
				narrow[c * dimensions + j] = (float) shifted;
				norm += shifted * shifted;
			}
			largest = Math.max(largest, norm);
		}
		return largest * (1 + 1e-6);
	}

	/**
	 * A bound on how far a single-precision squared distance of point {@code i} to a centre of
	 * squared norm at most {@code centreNorm} (both after the shift) is from the exact one and from
	 * the double-precision one.
	 */
	double error(int i, double centreNorm) {
		return errorFactor * (norms[i] + centreNorm);
	}

	/**
	 * The squared distances of every row of tile {@code tile} to each of the {@code k} centres of
	 * {@code narrow}: row {@code r} to centre {@code c} into {@code out[c * TILE + r]}; then, found
	 * in the same pass, the row's nearest distance at {@code out[k * TILE + r]}, its second nearest
	 * at {@code out[(k + 1) * TILE + r]} and its nearest centre (the first of equals, as a float) at
	 * {@code out[(k + 2) * TILE + r]} ({@link #scratchLength(int)}; rows past the last point give
	 * meaningless values).
	 *
	 * @return the stride of {@code out}, {@link #TILE}
	 */
	int squaredDistances(int tile, float[] narrow, int k, float[] out) {
		FloatVectorKernel.squaredDistances(values, tile * dimensions * TILE, TILE, dimensions, narrow, k, out);
		return TILE;
	}

	/**
	 * As {@link #squaredDistances(int, float[], int, float[])}, for the points {@code rows[from..to)}
	 * of tile {@code tile} only, in that order: point {@code rows[from + q]} takes the place of row
	 * {@code q}. Their values are first copied side by side, so a tile of which few points need
	 * measuring costs those points, not the whole tile. The distances are the same bit for bit,
	 * each lane summing the same values in the same order.
	 *
	 * @return the stride of {@code out}: {@code to - from} rounded up to what the kernel measures at once
	 */
	int squaredDistances(int tile, int[] rows, int from, int to, float[] narrow, int k, float[] out) {
		int count = to - from;
		int step = FloatVectorKernel.rowsAtOnce();
		int stride = (count + step - 1) / step * step;
		float[] gathered = GATHERED.get();
		if (gathered.length < stride * dimensions) {
			gathered = new float[TILE * dimensions];
			GATHERED.set(gathered);
		}
		int base = tile * dimensions * TILE;
		int first = tile * TILE;
		for (int j = 0; j < dimensions; j++) {
			int source = base + j * TILE - first;
			int target = j * stride;
			for (int q = 0; q < count; q++) {
				gathered[target + q] = values[source + rows[from + q]];
			}
			Arrays.fill(gathered, target + count, target + stride, 0);
		}
		FloatVectorKernel.squaredDistances(gathered, 0, stride, dimensions, narrow, k, out);
		return stride;
	}

	/** How long the {@code out} of {@link #squaredDistances} must be for {@code k} centres. */
	static int scratchLength(int k) {
		return (k + 3) * TILE;
	}
}

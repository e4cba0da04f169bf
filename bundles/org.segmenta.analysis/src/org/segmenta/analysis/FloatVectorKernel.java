/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorSpecies;

/**
 * The distances of a {@link FloatTiles} tile to the centres through the Vector API: two vectors
 * of rows at a time and four centres in registers, so each row's value is loaded once for four
 * centres. Only {@link FloatTiles} touches this class, and only once it has found the
 * {@code jdk.incubator.vector} module (the launcher adds it), so without the module nothing here
 * is loaded.
 */
final class FloatVectorKernel {

	private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;

	private FloatVectorKernel() {
	}

	/** Whether two of the processor's vectors divide a tile (at least four floats each). */
	static boolean fits(int tile) {
		return SPECIES.length() >= 4 && tile % rowsAtOnce() == 0;
	}

	/** The rows measured in one pass over the dimensions: two vectors; the rows of a tile are a multiple of it. */
	static int rowsAtOnce() {
		return 2 * SPECIES.length();
	}

	/**
	 * As {@link FloatTiles#squaredDistances}: {@code values} from {@code base}, {@code tile} rows a
	 * dimension; the distances into {@code out} from 0, then each row's nearest distance, second
	 * nearest distance and nearest centre (as a float) at {@code k}, {@code k + 1} and
	 * {@code k + 2} times {@code tile}.
	 * <p>
	 * Two vectors of rows are measured in one pass over the dimensions, so eight sums are under way
	 * instead of four and the adds wait less on each other (1.4 times as fast with the tile in the
	 * cache); each lane still sums its dimensions in order, so the distances are those of one
	 * vector at a time.
	 */
	static void squaredDistances(float[] values, int base, int tile, int dimensions, float[] narrow, int k, float[] out) {
		int lanes = SPECIES.length();
		for (int r = 0; r < tile; r += 2 * lanes) {
			int s = r + lanes;
			int c = 0;
			for (; c + 4 <= k; c += 4) {
				FloatVector sum0 = FloatVector.zero(SPECIES);
				FloatVector sum1 = sum0;
				FloatVector sum2 = sum0;
				FloatVector sum3 = sum0;
				FloatVector next0 = sum0;
				FloatVector next1 = sum0;
				FloatVector next2 = sum0;
				FloatVector next3 = sum0;
				int centre = c * dimensions;
				for (int j = 0; j < dimensions; j++) {
					FloatVector x = FloatVector.fromArray(SPECIES, values, base + j * tile + r);
					FloatVector y = FloatVector.fromArray(SPECIES, values, base + j * tile + s);
					float c0 = narrow[centre + j];
					float c1 = narrow[centre + dimensions + j];
					float c2 = narrow[centre + 2 * dimensions + j];
					float c3 = narrow[centre + 3 * dimensions + j];
					FloatVector d0 = x.sub(c0);
					sum0 = d0.fma(d0, sum0);
					FloatVector e0 = y.sub(c0);
					next0 = e0.fma(e0, next0);
					FloatVector d1 = x.sub(c1);
					sum1 = d1.fma(d1, sum1);
					FloatVector e1 = y.sub(c1);
					next1 = e1.fma(e1, next1);
					FloatVector d2 = x.sub(c2);
					sum2 = d2.fma(d2, sum2);
					FloatVector e2 = y.sub(c2);
					next2 = e2.fma(e2, next2);
					FloatVector d3 = x.sub(c3);
					sum3 = d3.fma(d3, sum3);
					FloatVector e3 = y.sub(c3);
					next3 = e3.fma(e3, next3);
				}
				sum0.intoArray(out, c * tile + r);
				sum1.intoArray(out, (c + 1) * tile + r);
				sum2.intoArray(out, (c + 2) * tile + r);
				sum3.intoArray(out, (c + 3) * tile + r);
				next0.intoArray(out, c * tile + s);
				next1.intoArray(out, (c + 1) * tile + s);
				next2.intoArray(out, (c + 2) * tile + s);
				next3.intoArray(out, (c + 3) * tile + s);
			}
			for (; c < k; c++) {
				FloatVector sum = FloatVector.zero(SPECIES);
				FloatVector next = sum;
				for (int j = 0; j < dimensions; j++) {
					float centreValue = narrow[c * dimensions + j];
					FloatVector d = FloatVector.fromArray(SPECIES, values, base + j * tile + r).sub(centreValue);
					sum = d.fma(d, sum);
					FloatVector e = FloatVector.fromArray(SPECIES, values, base + j * tile + s).sub(centreValue);
					next = e.fma(e, next);
				}
				sum.intoArray(out, c * tile + r);
				next.intoArray(out, c * tile + s);
			}
			nearest(out, tile, r, k);
			nearest(out, tile, s, k);
		}
	}

	/**
	 * Rows {@code r} to {@code r + lanes} of the distances: their nearest and second nearest
	 * distances and nearest centres, as {@code BoundedLloyd}'s scalar loop finds them: centres in
	 * ascending order, a strictly smaller distance wins, so the first of equal ones stays nearest.
	 */
	private static void nearest(float[] out, int tile, int r, int k) {
		FloatVector best = FloatVector.fromArray(SPECIES, out, r);
		FloatVector second = FloatVector.broadcast(SPECIES, Float.POSITIVE_INFINITY);
		FloatVector centre = FloatVector.zero(SPECIES);
		// Every vector method here is called on a value made in the same pass, never on one carried
		// around the loop: C2 may know a loop-carried vector only as a FloatVector, call the method
		// without inlining it, and then runs the Vector API's scalar fallback (a run in four was
		// 5-15 s slower so).
		for (int c = 1; c < k; c++) {
			FloatVector distance = FloatVector.fromArray(SPECIES, out, c * tile + r);
			VectorMask<Float> nearer = distance.lt(best);
			VectorMask<Float> notNearer = nearer.not();
			second = distance.min(second).blend(best, nearer);
			best = distance.blend(best, notNearer);
			centre = FloatVector.broadcast(SPECIES, c).blend(centre, notNearer);
		}
		best.intoArray(out, k * tile + r);
		second.intoArray(out, (k + 1) * tile + r);
		centre.intoArray(out, (k + 2) * tile + r);
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorSpecies;

/**
 * The distances of a {@link FloatTiles} tile to the centres through the Vector API: a vector of
 * rows at a time and four centres in registers, so each row's value is loaded once for four
 * centres. Only {@link FloatTiles} touches this class, and only once it has found the
 * {@code jdk.incubator.vector} module (the launcher adds it), so without the module nothing here
 * is loaded.
 */
final class FloatVectorKernel {

	private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;

	private FloatVectorKernel() {
	}

	/** Whether the processor's vectors divide a tile (at least four floats). */
	static boolean fits(int tile) {
		return SPECIES.length() >= 4 && tile % SPECIES.length() == 0;
	}

	/**
	 * As {@link FloatTiles#squaredDistances}: {@code values} from {@code base}, {@code tile} rows a
	 * dimension; the distances into {@code out} from 0, then each row's nearest distance, second
	 * nearest distance and nearest centre (as a float) at {@code k}, {@code k + 1} and
	 * {@code k + 2} times {@code tile}.
	 */
	static void squaredDistances(float[] values, int base, int tile, int dimensions, float[] narrow, int k, float[] out) {
		int lanes = SPECIES.length();
		for (int r = 0; r < tile; r += lanes) {
			int c = 0;
			for (; c + 4 <= k; c += 4) {
				FloatVector sum0 = FloatVector.zero(SPECIES);
				FloatVector sum1 = sum0;
				FloatVector sum2 = sum0;
				FloatVector sum3 = sum0;
				int centre = c * dimensions;
				for (int j = 0; j < dimensions; j++) {
					FloatVector x = FloatVector.fromArray(SPECIES, values, base + j * tile + r);
					FloatVector d0 = x.sub(narrow[centre + j]);
					FloatVector d1 = x.sub(narrow[centre + dimensions + j]);
					FloatVector d2 = x.sub(narrow[centre + 2 * dimensions + j]);
					FloatVector d3 = x.sub(narrow[centre + 3 * dimensions + j]);
					sum0 = d0.fma(d0, sum0);
					sum1 = d1.fma(d1, sum1);
					sum2 = d2.fma(d2, sum2);
					sum3 = d3.fma(d3, sum3);
				}
				sum0.intoArray(out, c * tile + r);
				sum1.intoArray(out, (c + 1) * tile + r);
				sum2.intoArray(out, (c + 2) * tile + r);
				sum3.intoArray(out, (c + 3) * tile + r);
			}
			for (; c < k; c++) {
				FloatVector sum = FloatVector.zero(SPECIES);
				for (int j = 0; j < dimensions; j++) {
					FloatVector d = FloatVector.fromArray(SPECIES, values, base + j * tile + r).sub(narrow[c * dimensions + j]);
					sum = d.fma(d, sum);
				}
				sum.intoArray(out, c * tile + r);
			}
			nearest(out, tile, r, k);
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

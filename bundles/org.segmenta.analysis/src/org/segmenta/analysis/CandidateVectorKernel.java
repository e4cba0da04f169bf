/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The squared distances of four points at once to the k-means++ probes of all starts (their
 * candidates, or their newest centres) through the Vector API, a probe a lane, in the processor's
 * widest vectors of doubles (eight lanes with AVX-512, which halves the instructions against four;
 * each lane computes the same whatever the width). Each lane sums the
 * squares of its differences in the order of the dimensions, with a multiply and an add (never
 * fused), as {@link KMeansPlusPlus}'s scalar loop does, so the distances, and with them the seeds,
 * are the same bit for bit. Four points give four independent sums, so the adds do not wait for
 * each other. Only {@link KMeansPlusPlus} touches this class, and only once it has found the
 * {@code jdk.incubator.vector} module.
 */
final class CandidateVectorKernel {

	private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;

	/** Probes measured in one vector: a lane each. */
	static final int LANES = SPECIES.length();
	/** Points measured at once. */
	static final int POINTS = 4;

	private CandidateVectorKernel() {
	}

	/** Whether the processor has vectors of at least four doubles, so the lanes run in hardware. */
	static boolean fits() {
		return LANES >= 4;
	}

	/**
	 * Lays out {@code count} probes for {@link #squaredDistances}: probe p is the vector at
	 * {@code offsets[p]} of {@code source}, dimension j of it at {@code (p / LANES * dimensions + j)
	 * * LANES + p % LANES}; the lanes after the last probe repeat it and are never read.
	 *
	 * @return the groups of {@link #LANES} probes
	 */
	static int layOut(double[] source, int[] offsets, int count, int dimensions, double[] lanes) {
		int groups = groups(count);
		for (int p = 0; p < groups * LANES; p++) {
			int offset = offsets[Math.min(p, count - 1)];
			int base = p / LANES * dimensions * LANES + p % LANES;
			for (int j = 0; j < dimensions; j++) {
				lanes[base + j * LANES] = source[offset + j];
			}
		}
		return groups;
	}

	/** The groups of {@link #LANES} lanes that {@code probes} probes take. */
	static int groups(int probes) {
		return (probes + LANES - 1) / LANES;
	}

	/**
	 * Into {@code out[at + q * groups * LANES + p]}: the squared distance of the point at offset
	 * {@code point_q} of {@code values} to probe p of {@code lanes} (laid out by {@link #layOut}).
	 */
	static void squaredDistances(double[] values, int point0, int point1, int point2, int point3, int dimensions,
			double[] lanes, int groups, double[] out, int at) {
		int stride = groups * LANES;
		for (int g = 0; g < groups; g++) {
			int base = g * dimensions * LANES;
			DoubleVector sum0 = DoubleVector.zero(SPECIES);
			DoubleVector sum1 = sum0;
			DoubleVector sum2 = sum0;
			DoubleVector sum3 = sum0;
			for (int j = 0; j < dimensions; j++) {
				DoubleVector probe = DoubleVector.fromArray(SPECIES, lanes, base + j * LANES);
				DoubleVector d0 = DoubleVector.broadcast(SPECIES, values[point0 + j]).sub(probe);
				DoubleVector d1 = DoubleVector.broadcast(SPECIES, values[point1 + j]).sub(probe);
				DoubleVector d2 = DoubleVector.broadcast(SPECIES, values[point2 + j]).sub(probe);
				DoubleVector d3 = DoubleVector.broadcast(SPECIES, values[point3 + j]).sub(probe);
				// called on the fresh square, not on the sum carried around the loop (see
				// FloatVectorKernel.nearest); a + b is b + a, so the sums are the same
				sum0 = d0.mul(d0).add(sum0);
				sum1 = d1.mul(d1).add(sum1);
				sum2 = d2.mul(d2).add(sum2);
				sum3 = d3.mul(d3).add(sum3);
			}
			sum0.intoArray(out, at + g * LANES);
			sum1.intoArray(out, at + stride + g * LANES);
			sum2.intoArray(out, at + 2 * stride + g * LANES);
			sum3.intoArray(out, at + 3 * stride + g * LANES);
		}
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The squared distances of one point to four k-means++ candidates at once through the Vector API,
 * a candidate a lane. Each lane sums the squares of its differences in the order of the dimensions,
 * with a multiply and an add (never fused), as {@link KMeansPlusPlus}'s scalar loop does, so the
 * distances, and with them the seeds, are the same bit for bit. Only {@link KMeansPlusPlus} touches
 * this class, and only once it has found the {@code jdk.incubator.vector} module.
 */
final class CandidateVectorKernel {

	/** Candidates measured at once: a lane each. */
	static final int LANES = 4;

	private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_256;

	private CandidateVectorKernel() {
	}

	/** Whether the processor has vectors of four doubles, so the lanes run in hardware. */
	static boolean fits() {
		return DoubleVector.SPECIES_PREFERRED.vectorBitSize() >= SPECIES.vectorBitSize();
	}

	/**
	 * Into {@code out[0..4)}: the squared distances of the point at {@code offset} of {@code values}
	 * to the four candidates of {@code candidates}, which holds dimension j of candidate t at
	 * {@code j * LANES + t}.
	 */
	static void squaredDistances(double[] values, int offset, int dimensions, double[] candidates, double[] out) {
		DoubleVector sum = DoubleVector.zero(SPECIES);
		for (int j = 0; j < dimensions; j++) {
			DoubleVector difference = DoubleVector.broadcast(SPECIES, values[offset + j])
					.sub(DoubleVector.fromArray(SPECIES, candidates, j * LANES));
			sum = sum.add(difference.mul(difference));
		}
		sum.intoArray(out, 0);
	}
}

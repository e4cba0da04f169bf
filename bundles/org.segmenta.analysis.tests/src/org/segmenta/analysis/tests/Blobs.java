/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis.tests;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.segmenta.analysis.FeatureMatrix;

/** Well-separated Gaussian blobs with known membership, as test data for clustering. */
record Blobs(FeatureMatrix points, int[] truth) {

	/**
	 * {@code perBlob} points around each centre, with standard deviation {@code spread} in every
	 * dimension.
	 */
	static Blobs around(double[][] centres, int perBlob, double spread, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		int d = centres[0].length;
		double[][] points = new double[centres.length * perBlob][d];
		int[] truth = new int[points.length];
		for (int i = 0; i < points.length; i++) {
			// interleave the blobs so their order in the data says nothing
			int blob = i % centres.length;
			truth[i] = blob;
			for (int j = 0; j < d; j++) {
				points[i][j] = centres[blob][j] + spread * random.nextGaussian();
			}
		}
		return new Blobs(FeatureMatrix.of(points), truth);
	}

	/** Whether {@code labels} split the points exactly as the blobs do, up to renaming. */
	boolean recoveredBy(int[] labels) {
		int[] blobOfLabel = new int[labels.length + 1];
		Arrays.fill(blobOfLabel, -1);
		int[] labelOfBlob = new int[truth.length + 1];
		Arrays.fill(labelOfBlob, -1);
		for (int i = 0; i < truth.length; i++) {
			if (blobOfLabel[labels[i]] == -1 && labelOfBlob[truth[i]] == -1) {
				blobOfLabel[labels[i]] = truth[i];
				labelOfBlob[truth[i]] = labels[i];
			}
			if (blobOfLabel[labels[i]] != truth[i] || labelOfBlob[truth[i]] != labels[i]) {
				return false;
			}
		}
		return true;
	}
}

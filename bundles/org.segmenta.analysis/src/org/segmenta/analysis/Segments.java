/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis;

import org.segmenta.analysis.internal.AnalysisTexts;
import org.segmenta.data.DataException;
import org.segmenta.data.Dataset;

/** Checks shared by the segmentation methods. */
final class Segments {

	private Segments() {
	}

	/** The case weights of the points of {@code matrix}, or {@code null} when {@code data} is unweighted. */
	static double[] pointWeights(Dataset data, FeatureMatrix matrix) throws DataException {
		double[] weights = data.caseWeights().orElse(null);
		if (weights == null) {
			return null;
		}
		double[] points = new double[matrix.rows()];
		for (int i = 0; i < points.length; i++) {
			points[i] = weights[matrix.row(i)];
		}
		return points;
	}

	static void requirePoints(Dataset data, int points, int k) throws DataException {
		if (k < 1) {
			throw new DataException(data.source(), AnalysisTexts.wording("segments.atLeastOne", k));
		}
		if (points < k) {
			throw new DataException(data.source(), AnalysisTexts.wording("segments.tooFewRows", points, k));
		}
	}
}

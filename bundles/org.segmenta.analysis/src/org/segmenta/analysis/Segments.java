/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis;

import org.segmenta.data.DataException;
import org.segmenta.data.Dataset;

/** Checks shared by the segmentation methods. */
final class Segments {

	private Segments() {
	}

	static void requirePoints(Dataset data, int points, int k) throws DataException {
		if (k < 1) {
			throw new DataException(data.source(), "the number of segments must be at least 1, not " + k);
		}
		if (points < k) {
			throw new DataException(data.source(),
					"only " + points + " complete rows, too few for " + k + " segments");
		}
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.report.internal;

import java.util.Optional;

import org.segmenta.model.Segmentation;
import org.segmenta.report.ReportLanguage;

/**
 * The base a segmentation's shares are of, as the reports write it under its segment tables:
 * {@code Base: n = 1.200 (vægtet 1.187,4), vægtet efter vægt} for a weighted segmentation, the
 * unweighted n beside the weighted total, and {@code Base: n = 1.200} for an unweighted one.
 */
final class SegmentationBase {

	private SegmentationBase() {
	}

	/** The base in {@code language}, or empty when the segments give no sizes, so n is not known. */
	static Optional<String> text(Segmentation segmentation, ReportLanguage language) {
		int people = segmentation.getUnweightedBase();
		if (people <= 0) {
			return Optional.empty();
		}
		if (!segmentation.isWeighted()) {
			return Optional.of(language.text("segmentation.base", language.count(people)));
		}
		return Optional.of(language.text("segmentation.baseWeighted", language.count(people),
				language.grouped(segmentation.getWeightedTotal(), 1), segmentation.getWeightedBy().strip()));
	}
}

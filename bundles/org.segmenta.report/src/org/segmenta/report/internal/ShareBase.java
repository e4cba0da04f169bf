/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.report.internal;

import java.util.Optional;

import org.segmenta.model.Segmentation;
import org.segmenta.model.ValueCommunity;
import org.segmenta.report.ReportLanguage;

/**
 * The base that shares are of, as the reports write it under a segmentation's segment tables and a
 * value community's share: {@code Base: n = 1.200 (vægtet 1.187,4), vægtet efter vægt} when weighted,
 * the unweighted n beside the weighted total, and {@code Base: n = 1.200} when not.
 */
final class ShareBase {

	private ShareBase() {
	}

	/** The base of the segments' shares, or empty when the segments give no sizes, so n is not known. */
	static Optional<String> of(Segmentation segmentation, ReportLanguage language) {
		return text(segmentation.getUnweightedBase(), segmentation.isWeighted(), segmentation.getWeightedTotal(),
				segmentation.getWeightedBy(), language);
	}

	/** The base of the community's share, or empty when the model keeps none (an unweighted share). */
	static Optional<String> of(ValueCommunity community, ReportLanguage language) {
		return text(community.getUnweightedBase(), community.isWeighted(), community.getWeightedTotal(),
				community.getWeightedBy(), language);
	}

	private static Optional<String> text(int people, boolean weighted, double weightedTotal, String weightedBy,
			ReportLanguage language) {
		if (people <= 0) {
			return Optional.empty();
		}
		if (!weighted) {
			return Optional.of(language.text("segmentation.base", language.count(people)));
		}
		return Optional.of(language.text("segmentation.baseWeighted", language.count(people),
				language.grouped(weightedTotal, 1), weightedBy.strip()));
	}
}

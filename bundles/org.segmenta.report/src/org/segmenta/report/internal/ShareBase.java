/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.report.internal;

import java.util.Optional;

import org.segmenta.model.Segment;
import org.segmenta.model.Segmentation;
import org.segmenta.model.ValueCommunity;
import org.segmenta.report.ReportLanguage;

/**
 * The base that shares are of, as the reports write it under a segmentation's segment tables and a
 * value community's share: {@code Base: n = 1.200 (vægtet 1.187,4), vægtet efter vægt} when weighted,
 * the unweighted n beside the weighted total, and {@code Base: n = 1.200} when not; under a
 * segment's profile table the segment's base beside the total's.
 */
final class ShareBase {

	private ShareBase() {
	}

	/**
	 * The figures of a base for the data exports: the unweighted n and, when weighted, the weighted
	 * total ({@code NaN} when not) and the weight's name ({@code null} when not).
	 */
	record Figures(int n, double weighted, String weightedBy) {

		boolean isWeighted() {
			return weightedBy != null;
		}
	}

	/** The figures of the segments' base, or empty when the segments give no sizes. */
	static Optional<Figures> figures(Segmentation segmentation) {
		if (segmentation.getUnweightedBase() <= 0) {
			return Optional.empty();
		}
		return Optional.of(segmentation.isWeighted()
				? new Figures(segmentation.getUnweightedBase(), segmentation.getWeightedTotal(),
						segmentation.getWeightedBy().strip())
				: new Figures(segmentation.getUnweightedBase(), Double.NaN, null));
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

	/**
	 * The base of a segment's profile table, its segment column and its total column: {@code Base:
	 * segment n = 264 (vægtet 251,3), i alt n = 1.200 (vægtet 1.187,4), vægtet efter vægt}; empty
	 * when the sizes do not give n.
	 */
	static Optional<String> ofProfile(Segment segment, ReportLanguage language) {
		Segmentation segmentation = segment.getSegmentation();
		int total = segmentation == null ? 0 : segmentation.getUnweightedBase();
		if (segment.getSize() <= 0 || total <= 0) {
			return Optional.empty();
		}
		if (!segmentation.isWeighted()) {
			return Optional.of(language.text("profile.base", language.count(segment.getSize()), language.count(total)));
		}
		// a weighted segmentation's shares are weighted counts over its weighted total
		double weightedTotal = segmentation.getWeightedTotal();
		return Optional.of(language.text("profile.baseWeighted", language.count(segment.getSize()),
				language.grouped(segment.getShare() * weightedTotal, 1), language.count(total),
				language.grouped(weightedTotal, 1), segmentation.getWeightedBy().strip()));
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

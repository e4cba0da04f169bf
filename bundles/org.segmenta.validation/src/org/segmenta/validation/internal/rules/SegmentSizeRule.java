/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.validation.internal.rules;

import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.segmenta.model.Segment;
import org.segmenta.model.Segmentation;
import org.segmenta.model.SegmentaPackage;
import org.segmenta.validation.ElementRule;
import org.segmenta.validation.RuleContext;
import org.segmenta.validation.Severity;

/**
 * Operational: every segment, sub-segments included, holds at least the segmentation's minimum
 * share of the audience. The share is the segment's own, or else its size over the total size of
 * the top-level segments.
 */
public class SegmentSizeRule extends ElementRule<Segment> {

	public SegmentSizeRule() {
		super("segmenta.operational.segmentSize", Severity.WARNING, SegmentaPackage.Literals.SEGMENT, Segment.class,
				"Every segment holds at least its segmentation's minimum share of the audience.");
	}

	@Override
	protected void checkElement(Segment segment, RuleContext context) {
		Segmentation segmentation = segmentationOf(segment);
		if (segmentation == null) {
			return;
		}
		double share = shareOf(segment, segmentation);
		double min = segmentation.getMinSizeShare();
		if (share >= 0 && share < min) {
			context.report(segment, String.format(Locale.ROOT,
					"Segment %s holds %.1f%% of the audience, below the minimum of %.1f%% set by %s;"
							+ " merge it into a neighbouring segment or lower the minimum share.",
					quoted(segment), share * 100, min * 100, quoted(segmentation)));
		}
	}

	/** The segment's share, or -1 when neither a share nor sizes are given. */
	static double shareOf(Segment segment, Segmentation segmentation) {
		if (segment.getShare() > 0) {
			return segment.getShare();
		}
		long total = segmentation.getSegments().stream().mapToLong(Segment::getSize).sum();
		return total > 0 && segment.getSize() > 0 ? (double) segment.getSize() / total : -1;
	}

	static Segmentation segmentationOf(Segment segment) {
		for (EObject e = segment.eContainer(); e != null; e = e.eContainer()) {
			if (e instanceof Segmentation segmentation) {
				return segmentation;
			}
		}
		return null;
	}
}

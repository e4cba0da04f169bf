/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.validation.internal.rules;

import org.segmenta.model.Segmentation;
import org.segmenta.model.SegmentaPackage;
import org.segmenta.validation.ElementRule;
import org.segmenta.validation.RuleContext;
import org.segmenta.validation.Severity;

/** Operational: the number of top-level segments lies within the segmentation's own bounds. */
public class SegmentCountRule extends ElementRule<Segmentation> {

	public SegmentCountRule() {
		super("segmenta.operational.segmentCount", Severity.ERROR, SegmentaPackage.Literals.SEGMENTATION,
				Segmentation.class,
				"A segmentation has no fewer segments than its minimum (too few to differ) and no more than its"
						+ " maximum (too many to work with).");
	}

	@Override
	protected void checkElement(Segmentation segmentation, RuleContext context) {
		int min = segmentation.getMinSegmentCount();
		int max = segmentation.getMaxSegmentCount();
		int count = segmentation.getSegments().size();
		if (min < 1 || max < min) {
			context.report(segmentation, "Segmentation " + quoted(segmentation) + " has unusable bounds (minimum "
					+ min + ", maximum " + max + " segments); set a minimum of at least 1 and a maximum no lower.");
		} else if (count < min) {
			context.report(segmentation, "Segmentation " + quoted(segmentation) + " has " + count
					+ " segments, fewer than its minimum of " + min
					+ "; so few segments hardly differ. Split a broad segment or lower the minimum.");
		} else if (count > max) {
			context.report(segmentation, "Segmentation " + quoted(segmentation) + " has " + count
					+ " segments, more than its maximum of " + max
					+ " that the organisation can work with. Merge similar segments or raise the maximum.");
		}
	}
}

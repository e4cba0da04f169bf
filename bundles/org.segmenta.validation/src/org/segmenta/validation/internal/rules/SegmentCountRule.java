/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.validation.internal.rules;

import org.segmenta.model.Segmentation;
import org.segmenta.model.SegmentaPackage;
import org.segmenta.validation.ElementRule;
import org.segmenta.validation.RuleContext;
import org.segmenta.validation.RuleMessages;
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
		RuleMessages messages = messages(context);
		String name = quoted(segmentation, messages);
		if (min < 1 || max < min) {
			context.report(segmentation,
					messages.text("count.bounds", name, String.valueOf(min), String.valueOf(max)));
		} else if (count < min) {
			context.report(segmentation, messages.text("count.few", name, String.valueOf(count), String.valueOf(min)));
		} else if (count > max) {
			context.report(segmentation, messages.text("count.many", name, String.valueOf(count), String.valueOf(max)));
		}
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.validation.internal.rules;

import org.segmenta.model.Segment;
import org.segmenta.model.Segmentation;
import org.segmenta.model.SegmentaPackage;
import org.segmenta.validation.ElementRule;
import org.segmenta.validation.RuleContext;
import org.segmenta.validation.RuleMessages;
import org.segmenta.validation.Severity;

/**
 * Operational: every segment, sub-segments included, holds at least the segmentation's minimum
 * share of the audience. The share is the model's {@link Segment#getAudienceShare() audience share}:
 * the segment's own, or else its size over the total size of the top-level segments; a segment with
 * neither is not judged.
 */
public class SegmentSizeRule extends ElementRule<Segment> {

	public SegmentSizeRule() {
		super("segmenta.operational.segmentSize", Severity.WARNING, SegmentaPackage.Literals.SEGMENT, Segment.class,
				"Every segment holds at least its segmentation's minimum share of the audience.");
	}

	@Override
	protected void checkElement(Segment segment, RuleContext context) {
		Segmentation segmentation = segment.getSegmentation();
		if (segmentation == null) {
			return;
		}
		double share = segment.getAudienceShare();
		double min = segmentation.getMinSizeShare();
		if (share > 0 && share < min) {
			RuleMessages messages = messages(context);
			context.report(segment, messages.text("size.small", quoted(segment, messages),
					messages.decimal(share * 100, 1), messages.decimal(min * 100, 1), quoted(segmentation, messages)));
		}
	}
}

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

/** Relevant: a segmentation says which variables it is built on and which behaviour it must explain. */
public class RelevanceDeclaredRule extends ElementRule<Segmentation> {

	public RelevanceDeclaredRule() {
		super("segmenta.relevant.declared", Severity.ERROR, SegmentaPackage.Literals.SEGMENTATION, Segmentation.class,
				"A segmentation declares its basis variables and the target behaviour it must explain.");
	}

	@Override
	protected void checkElement(Segmentation segmentation, RuleContext context) {
		RuleMessages messages = messages(context);
		if (segmentation.getBasisVariables().isEmpty()) {
			context.report(segmentation, messages.text("relevance.noBasis", quoted(segmentation, messages)));
		}
		if (segmentation.getTargetBehaviour() == null && !isSet(segmentation.getTargetBehaviourDescription())) {
			context.report(segmentation, messages.text("relevance.noTarget", quoted(segmentation, messages)));
		}
	}
}

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

/** Relevant: a segmentation says which variables it is built on and which behaviour it must explain. */
public class RelevanceDeclaredRule extends ElementRule<Segmentation> {

	public RelevanceDeclaredRule() {
		super("segmenta.relevant.declared", Severity.ERROR, SegmentaPackage.Literals.SEGMENTATION, Segmentation.class,
				"A segmentation declares its basis variables and the target behaviour it must explain.");
	}

	@Override
	protected void checkElement(Segmentation segmentation, RuleContext context) {
		if (segmentation.getBasisVariables().isEmpty()) {
			context.report(segmentation, "Segmentation " + quoted(segmentation)
					+ " declares no basis variables; name the variables its segments are formed on.");
		}
		if (segmentation.getTargetBehaviour() == null && !isSet(segmentation.getTargetBehaviourDescription())) {
			context.report(segmentation, "Segmentation " + quoted(segmentation)
					+ " declares no target behaviour; name the behaviour it must explain (a variable or a description),"
					+ " so its relevance can be judged.");
		}
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.validation.internal.rules;


import org.segmenta.model.BuyingCenter;
import org.segmenta.model.BuyingRole;
import org.segmenta.model.SegmentaPackage;
import org.segmenta.validation.ElementRule;
import org.segmenta.validation.RuleContext;
import org.segmenta.validation.RuleMessages;
import org.segmenta.validation.Severity;

/** Buying centres: each participant's weight is from 0 to 1, and together they hold no more than the whole decision. */
public class InfluenceWeightRule extends ElementRule<BuyingCenter> {

	/** Weights are usually typed with two decimals; their sum may round a little above 1. */
	private static final double ROUNDING = 0.005;

	public InfluenceWeightRule() {
		super("segmenta.buyingCentre.influenceWeight", Severity.ERROR, SegmentaPackage.Literals.BUYING_CENTER,
				BuyingCenter.class,
				"Every influence weight in a buying centre is from 0 to 1, and the weights add up to no more than 1.");
	}

	@Override
	protected void checkElement(BuyingCenter centre, RuleContext context) {
		RuleMessages messages = messages(context);
		double sum = 0;
		for (BuyingRole role : centre.getRoles()) {
			double weight = role.getInfluenceWeight();
			if (!(weight >= 0 && weight <= 1)) {
				context.report(role, messages.text("influence.outside", quoted(role, messages), quoted(centre, messages),
						messages.number(weight)));
			} else {
				sum += weight;
			}
		}
		if (sum > 1 + ROUNDING) {
			context.report(centre, messages.text("influence.sum", quoted(centre, messages), messages.decimal(sum, 2)));
		}
	}
}

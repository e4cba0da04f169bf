/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.validation.internal.rules;

import org.segmenta.model.BuyingCenter;
import org.segmenta.model.BuyingRoleKind;
import org.segmenta.model.SegmentaPackage;
import org.segmenta.validation.ElementRule;
import org.segmenta.validation.RuleContext;
import org.segmenta.validation.RuleMessages;
import org.segmenta.validation.Severity;

/** Buying centres: someone has the final say. */
public class DecisionMakerRule extends ElementRule<BuyingCenter> {

	public DecisionMakerRule() {
		super("segmenta.buyingCentre.decisionMaker", Severity.ERROR, SegmentaPackage.Literals.BUYING_CENTER,
				BuyingCenter.class, "Every buying centre has at least one decision maker.");
	}

	@Override
	protected void checkElement(BuyingCenter centre, RuleContext context) {
		if (centre.getRoles().stream().noneMatch(role -> role.getKind() == BuyingRoleKind.DECISION_MAKER)) {
			RuleMessages messages = messages(context);
			context.report(centre, messages.text("decisionMaker.none", quoted(centre, messages)));
		}
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.validation.internal.rules;

import org.segmenta.model.SegmentaPackage;
import org.segmenta.model.ValueCommunity;
import org.segmenta.validation.ElementRule;
import org.segmenta.validation.RuleContext;
import org.segmenta.validation.RuleMessages;
import org.segmenta.validation.Severity;
import org.segmenta.validation.ValidationSettings;

/**
 * Describable: a value community is named by what unites it, in the first person plural ("Those of
 * us who ...", "Os, der ...", "Vi som ..."), and holds at least one value.
 */
public class DescribableValueCommunityRule extends ElementRule<ValueCommunity> {

	public DescribableValueCommunityRule() {
		super("segmenta.describable.valueCommunity", Severity.WARNING, SegmentaPackage.Literals.VALUE_COMMUNITY,
				ValueCommunity.class,
				"Every value community has a statement beginning with the configured phrase and at least one value.");
	}

	@Override
	protected void checkElement(ValueCommunity community, RuleContext context) {
		String phrase = context.statementPhrase();
		RuleMessages messages = messages(context);
		if (!ValidationSettings.beginsWithPhrase(community.getStatement(), phrase)) {
			context.report(community, messages.text(
					isSet(community.getStatement()) ? "community.otherPhrase" : "community.noStatement",
					quoted(community, messages), phrase));
		}
		if (community.getValues().isEmpty()) {
			context.report(community, messages.text("community.noValues", quoted(community, messages)));
		}
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.validation.internal.rules;

import java.time.temporal.ChronoUnit;

import org.segmenta.model.Insight;
import org.segmenta.model.SegmentaPackage;
import org.segmenta.validation.ElementRule;
import org.segmenta.validation.RuleContext;
import org.segmenta.validation.RuleMessages;
import org.segmenta.validation.RuleParameter;
import org.segmenta.validation.Severity;

/** Insights: insight is continuous; an observation older than the configured age is stale. */
public class StaleInsightRule extends ElementRule<Insight> {

	static final String MAX_AGE_DAYS = "maxAgeDays";

	public StaleInsightRule() {
		super("segmenta.insight.stale", Severity.WARNING, SegmentaPackage.Literals.INSIGHT, Insight.class,
				"No insight is older than the configured age.",
				new RuleParameter(MAX_AGE_DAYS, 365, 1, 36500, "The age in days after which an insight is stale."));
	}

	@Override
	protected void checkElement(Insight insight, RuleContext context) {
		if (insight.getDate() == null) {
			return;
		}
		long age = ChronoUnit.DAYS.between(insight.getDate(), context.today());
		long max = (long) context.parameter(MAX_AGE_DAYS);
		if (age > max) {
			RuleMessages messages = messages(context);
			context.report(insight, messages.text("insight.stale", quoted(insight, messages),
					messages.date(insight.getDate()), String.valueOf(age), String.valueOf(max)));
		}
	}
}

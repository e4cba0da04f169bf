/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.validation.internal.rules;

import java.util.ArrayList;
import java.util.List;

import org.segmenta.model.Insight;
import org.segmenta.model.SegmentaPackage;
import org.segmenta.validation.ElementRule;
import org.segmenta.validation.RuleContext;
import org.segmenta.validation.RuleMessages;
import org.segmenta.validation.Severity;

/** Insights: each one says when it was observed, where it comes from and what it concerns. */
public class InsightProvenanceRule extends ElementRule<Insight> {

	public InsightProvenanceRule() {
		super("segmenta.insight.provenance", Severity.WARNING, SegmentaPackage.Literals.INSIGHT, Insight.class,
				"Every insight is dated, names its data source and concerns at least one element.");
	}

	@Override
	protected void checkElement(Insight insight, RuleContext context) {
		RuleMessages messages = messages(context);
		List<String> missing = new ArrayList<>();
		if (insight.getDate() == null) {
			missing.add(messages.text("insight.date"));
		}
		if (insight.getSource() == null) {
			missing.add(messages.text("insight.source"));
		}
		if (insight.getConcerns().isEmpty()) {
			missing.add(messages.text("insight.concerns"));
		}
		if (!missing.isEmpty()) {
			context.report(insight, messages.text(missing.size() == 1 ? "insight.lacksOne" : "insight.lacksSeveral",
					quoted(insight, messages), messages.list(missing)));
		}
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.validation.internal.rules;

import java.util.ArrayList;
import java.util.List;

import org.segmenta.model.Segment;
import org.segmenta.model.SegmentaPackage;
import org.segmenta.validation.ElementRule;
import org.segmenta.validation.RuleContext;
import org.segmenta.validation.RuleMessages;
import org.segmenta.validation.Severity;
import org.segmenta.validation.ValidationSettings;

/** Describable: a segment can be told as living people: a name, a description, a persona or a statement. */
public class DescribableSegmentRule extends ElementRule<Segment> {

	public DescribableSegmentRule() {
		super("segmenta.describable.segment", Severity.WARNING, SegmentaPackage.Literals.SEGMENT, Segment.class,
				"Every segment has a name, a description, and a persona or a statement in the first person plural.");
	}

	@Override
	protected void checkElement(Segment segment, RuleContext context) {
		RuleMessages messages = messages(context);
		List<String> missing = new ArrayList<>();
		if (!isSet(segment.getName())) {
			missing.add(messages.text("segment.name"));
		}
		if (!isSet(segment.getDescription())) {
			missing.add(messages.text("segment.description"));
		}
		if (segment.getPersonas().isEmpty() && !ValidationSettings.beginsWithPhrase(segment.getStatement(), context.statementPhrase())) {
			missing.add(messages.text(isSet(segment.getStatement()) ? "segment.personaOrPhrase" : "segment.personaOrStatement",
					context.statementPhrase()));
		}
		if (!missing.isEmpty()) {
			context.report(segment, messages.text(missing.size() == 1 ? "segment.lacksOne" : "segment.lacksSeveral",
					quoted(segment, messages), messages.list(missing)));
		}
	}
}

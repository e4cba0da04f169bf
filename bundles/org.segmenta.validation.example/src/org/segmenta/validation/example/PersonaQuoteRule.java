/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.validation.example;

import org.segmenta.model.Persona;
import org.segmenta.model.SegmentaPackage;
import org.segmenta.validation.ElementRule;
import org.segmenta.validation.RuleContext;
import org.segmenta.validation.RuleMessages;
import org.segmenta.validation.RuleParameter;
import org.segmenta.validation.Severity;

/**
 * An example of a contributed rule: every persona speaks in her own words, with a quote short
 * enough to put on a slide. Contributed in this plug-in's {@code plugin.xml}.
 */
public class PersonaQuoteRule extends ElementRule<Persona> {

	static final String MAX_WORDS = "maxWords";

	public PersonaQuoteRule() {
		super("example.persona.quote", Severity.WARNING, SegmentaPackage.Literals.PERSONA, Persona.class,
				"Every persona has a quote in her own words, short enough for a slide.",
				new RuleParameter(MAX_WORDS, 25, 1, 200, "The most words a persona's quote may have."));
	}

	@Override
	protected void checkElement(Persona persona, RuleContext context) {
		RuleMessages messages = messages(context);
		if (!isSet(persona.getQuote())) {
			context.report(persona, messages.text("quote.none", quoted(persona, messages)));
			return;
		}
		int words = persona.getQuote().strip().split("\\s+").length;
		int max = (int) context.parameter(MAX_WORDS);
		if (words > max) {
			context.report(persona,
					messages.text("quote.long", quoted(persona, messages), String.valueOf(words), String.valueOf(max)));
		}
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.validation.internal.rules;

import java.util.ArrayList;
import java.util.List;

import org.segmenta.model.Persona;
import org.segmenta.model.SegmentaPackage;
import org.segmenta.validation.ElementRule;
import org.segmenta.validation.RuleContext;
import org.segmenta.validation.RuleMessages;
import org.segmenta.validation.Severity;

/**
 * Describable: a persona is one concrete person: an identity (name, age, occupation, home), goals
 * or challenges, channels, and the questions she asks in the journey.
 */
public class DescribablePersonaRule extends ElementRule<Persona> {

	public DescribablePersonaRule() {
		super("segmenta.describable.persona", Severity.WARNING, SegmentaPackage.Literals.PERSONA, Persona.class,
				"Every persona has an identity (name, age, occupation, home), goals or challenges, channels, and at"
						+ " least one journey-stage question.");
	}

	@Override
	protected void checkElement(Persona persona, RuleContext context) {
		RuleMessages messages = messages(context);
		List<String> identity = new ArrayList<>();
		if (!isSet(persona.getName())) {
			identity.add(messages.text("persona.name"));
		}
		if (persona.getAge() <= 0) {
			identity.add(messages.text("persona.age"));
		}
		if (!isSet(persona.getOccupation())) {
			identity.add(messages.text("persona.occupation"));
		}
		if (!isSet(persona.getHome())) {
			identity.add(messages.text("persona.home"));
		}
		List<String> missing = new ArrayList<>();
		if (!identity.isEmpty()) {
			missing.add(messages.text("persona.identity", String.join(", ", identity)));
		}
		if (persona.getGoals().isEmpty() && persona.getChallenges().isEmpty()) {
			missing.add(messages.text("persona.goals"));
		}
		if (persona.getChannels().isEmpty()) {
			missing.add(messages.text("persona.channels"));
		}
		if (persona.getJourneyQuestions().stream().noneMatch(q -> q.getStage() != null && isSet(q.getQuestion()))) {
			missing.add(messages.text("persona.question"));
		}
		if (!missing.isEmpty()) {
			context.report(persona, messages.text(missing.size() == 1 ? "persona.lacksOne" : "persona.lacksSeveral",
					quoted(persona, messages), messages.list(missing)));
		}
	}
}

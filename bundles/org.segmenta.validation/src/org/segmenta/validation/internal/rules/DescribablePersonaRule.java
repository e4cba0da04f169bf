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
		List<String> identity = new ArrayList<>();
		if (!isSet(persona.getName())) {
			identity.add("name");
		}
		if (persona.getAge() <= 0) {
			identity.add("age");
		}
		if (!isSet(persona.getOccupation())) {
			identity.add("occupation");
		}
		if (!isSet(persona.getHome())) {
			identity.add("home");
		}
		List<String> missing = new ArrayList<>();
		if (!identity.isEmpty()) {
			missing.add("an identity (" + String.join(", ", identity) + ")");
		}
		if (persona.getGoals().isEmpty() && persona.getChallenges().isEmpty()) {
			missing.add("goals or challenges");
		}
		if (persona.getChannels().isEmpty()) {
			missing.add("channels");
		}
		if (persona.getJourneyQuestions().stream().noneMatch(q -> q.getStage() != null && isSet(q.getQuestion()))) {
			missing.add("a question for a journey stage");
		}
		if (!missing.isEmpty()) {
			context.report(persona, "Persona " + quoted(persona) + " lacks " + Statements.list(missing)
					+ "; add " + (missing.size() == 1 ? "it" : "them") + " so the persona reads as a real person.");
		}
	}
}

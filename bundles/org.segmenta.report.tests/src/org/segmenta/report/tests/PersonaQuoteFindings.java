/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.report.tests;

import java.util.ArrayList;
import java.util.List;

import org.segmenta.model.Persona;
import org.segmenta.model.Project;
import org.segmenta.report.ReportFinding;
import org.segmenta.report.ReportFindingsSource;
import org.segmenta.report.ReportText;

/** A contributed findings source: one finding per persona, computed from the model. */
public class PersonaQuoteFindings implements ReportFindingsSource {

	static final String NAME = "Persona quote check";

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public List<ReportFinding> findings(Project project) {
		List<ReportFinding> findings = new ArrayList<>();
		for (Persona persona : project.getPersonas()) {
			int length = persona.getQuote() == null ? 0 : persona.getQuote().length();
			findings.add(new ReportFinding(length == 0 ? ReportFinding.Severity.WARNING : ReportFinding.Severity.INFO,
					"Persona '" + ReportText.label(persona) + "'", "The quote has " + length + " characters."));
		}
		return findings;
	}
}

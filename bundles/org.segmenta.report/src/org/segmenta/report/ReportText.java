/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.report;

import java.util.List;
import java.util.stream.Collectors;

import org.segmenta.model.Level;
import org.segmenta.model.NamedElement;
import org.segmenta.model.ProfileEntry;
import org.segmenta.model.Variable;

/**
 * How the reports write the model's texts, the same in every format and language: names of unnamed
 * elements and profile lines. Numbers, dates and fixed texts are the {@link ReportLanguage}'s.
 */
public final class ReportText {

	private ReportText() {
	}

	/** The element's name, or {@code (unnamed Segment)} when it has none. */
	public static String label(NamedElement element) {
		if (element == null) {
			return "";
		}
		String name = element.getName();
		return name == null || name.isBlank() ? "(unnamed " + element.eClass().getName() + ")" : name.strip();
	}

	public static String labels(List<? extends NamedElement> elements) {
		return elements.stream().map(ReportText::label).collect(Collectors.joining(", "));
	}

	/** {@code text}, or the empty string for null. */
	public static String text(String text) {
		return text == null ? "" : text.strip();
	}

	/** A profile line's name: the variable, and for a categorical variable the level's label. */
	public static String profileLine(ProfileEntry entry) {
		Variable variable = entry.getVariable();
		String name = label(variable);
		String level = entry.getLevel();
		if (level == null || level.isBlank()) {
			return name;
		}
		String levelLabel = level;
		if (variable != null) {
			for (Level candidate : variable.getLevels()) {
				if (level.equals(candidate.getCode()) && candidate.getLabel() != null) {
					levelLabel = candidate.getLabel();
				}
			}
		}
		return name + ": " + levelLabel;
	}

	/** Whether a profile line holds a share (a level of a categorical variable) rather than a mean. */
	public static boolean isShare(ProfileEntry entry) {
		return entry.getLevel() != null && !entry.getLevel().isBlank();
	}
}

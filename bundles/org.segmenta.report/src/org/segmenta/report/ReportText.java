/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.report;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;
import org.segmenta.model.Level;
import org.segmenta.model.NamedElement;
import org.segmenta.model.ProfileEntry;
import org.segmenta.model.Variable;

/**
 * How the reports write the model's values, the same in every format: names of unnamed elements,
 * enumeration literals in words, shares as percentages and numbers with thin grouping.
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

	/** {@code VALUES_AND_ATTITUDES} as {@code values and attitudes}. */
	public static String words(Enumerator literal) {
		return literal == null ? "" : literal.getLiteral().toLowerCase(Locale.ROOT).replace('_', ' ');
	}

	/** {@code text}, or the empty string for null. */
	public static String text(String text) {
		return text == null ? "" : text.strip();
	}

	/** {@code 0.22} as {@code 22%}, {@code 0.115} as {@code 11.5%}. */
	public static String percent(double share) {
		return format("0.#", share * 100) + "%";
	}

	/** {@code 31620} as {@code 31,620}. */
	public static String count(long count) {
		return format("#,##0", count);
	}

	/** A number with at most {@code decimals} decimals, e.g. a potential of 6.8 or an index of 132. */
	public static String number(double value, int decimals) {
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			return "–";
		}
		return format(decimals == 0 ? "0" : "0." + "#".repeat(decimals), value);
	}

	private static String format(String pattern, double value) {
		return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
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

	/** A profile line's segment or total value: a share as a percentage, a mean as a number. */
	public static String profileValue(ProfileEntry entry, double value) {
		boolean share = entry.getLevel() != null && !entry.getLevel().isBlank();
		return share ? percent(value) : number(value, 2);
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.report;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.segmenta.model.Project;
import org.segmenta.report.internal.Messages;

/**
 * The language a report is written in: its fixed texts (headings, labels, chart titles and axes,
 * sheet names) and how it writes numbers, percentages and dates. The one formatter of the reports:
 * every number a report shows goes through it, with the language's own locale (the JDK's CLDR data:
 * {@code 22,0 %} and {@code 1.056} in Danish, {@code 1 056} with a no-break space in Swedish and
 * Finnish), never the JVM's default locale.
 */
public final class ReportLanguage {

	/** The languages reports are written in, by their IETF tag. */
	public static final List<String> SUPPORTED = List.of("en", "da", "sv", "fi");

	public static final ReportLanguage ENGLISH = new ReportLanguage("en");

	private final String tag;
	private final Locale locale;

	private ReportLanguage(String tag) {
		this.tag = tag;
		// British English for the day-month order and a European reader
		this.locale = Locale.forLanguageTag(tag.equals("en") ? "en-GB" : tag);
	}

	/**
	 * The report language for the IETF tag {@code tag} ({@code da}, {@code sv-FI}, {@code fi},
	 * {@code en}); only its primary language counts.
	 *
	 * @throws IllegalArgumentException when reports are not written in that language
	 */
	public static ReportLanguage of(String tag) {
		String primary = primary(tag);
		if (!SUPPORTED.contains(primary)) {
			throw new IllegalArgumentException("reports are not written in '" + tag + "'; the languages are "
					+ String.join(", ", SUPPORTED));
		}
		return primary.equals("en") ? ENGLISH : new ReportLanguage(primary);
	}

	/**
	 * The report language of {@code locale}, such as the workbench's, English when reports are not
	 * written in its language: for charts drawn in the workbench.
	 */
	public static ReportLanguage of(Locale locale) {
		String primary = locale == null ? "" : locale.getLanguage();
		return SUPPORTED.contains(primary) ? of(primary) : ENGLISH;
	}

	/**
	 * The language of the {@code language} attribute of the project that holds {@code element},
	 * English when it names none reports are written in.
	 */
	public static ReportLanguage of(EObject element) {
		EObject root = element == null ? null : EcoreUtil.getRootContainer(element);
		String primary = root instanceof Project project ? primary(project.getLanguage()) : "";
		return SUPPORTED.contains(primary) ? of(primary) : ENGLISH;
	}

	private static String primary(String tag) {
		if (tag == null) {
			return "";
		}
		return Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
	}

	public String tag() {
		return tag;
	}

	public Locale locale() {
		return locale;
	}

	/** The fixed text {@code key} in this language, with {@code arguments} filled in ({@code {0}}, ...). */
	public String text(String key, Object... arguments) {
		String pattern = Messages.get(locale, key);
		return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
	}

	/** Whether the language has the fixed text {@code key}. */
	public boolean has(String key) {
		return Messages.has(locale, key);
	}

	/**
	 * An enumeration literal in words, {@code VALUES_AND_ATTITUDES} as "values and attitudes" in
	 * English and "værdier og holdninger" in Danish.
	 */
	public String words(Enumerator literal) {
		if (literal == null) {
			return "";
		}
		return text("enum." + literal.getClass().getSimpleName() + "." + literal.getName());
	}

	/** A share of 0-1 as a percentage with one decimal: {@code 22,0 %} in Danish, {@code 22.0%} in English. */
	public String percent(double share) {
		if (!Double.isFinite(share)) {
			return "–";
		}
		NumberFormat format = NumberFormat.getPercentInstance(locale);
		format.setMinimumFractionDigits(1);
		format.setMaximumFractionDigits(1);
		return format.format(share);
	}

	/** A whole number with the language's grouping: {@code 1.056} in Danish. */
	public String count(long count) {
		return NumberFormat.getIntegerInstance(locale).format(count);
	}

	/** A number with at most {@code decimals} decimals, e.g. a potential of 6,8 or an index of 132. */
	public String number(double value, int decimals) {
		if (!Double.isFinite(value)) {
			return "–";
		}
		return new DecimalFormat(decimals == 0 ? "0" : "0." + "#".repeat(decimals),
				DecimalFormatSymbols.getInstance(locale)).format(value);
	}

	/**
	 * A number with the language's grouping and exactly {@code decimals} decimals, such as a
	 * weighted total: {@code 1.187,4} in Danish, {@code 1,187.4} in English.
	 */
	public String grouped(double value, int decimals) {
		if (!Double.isFinite(value)) {
			return "–";
		}
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMinimumFractionDigits(decimals);
		format.setMaximumFractionDigits(decimals);
		return format.format(value);
	}

	/** A date written out: {@code 2. december 2026} in Danish, {@code 2. joulukuuta 2026} in Finnish. */
	public String date(LocalDate date) {
		return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
	}

	@Override
	public String toString() {
		return tag;
	}
}

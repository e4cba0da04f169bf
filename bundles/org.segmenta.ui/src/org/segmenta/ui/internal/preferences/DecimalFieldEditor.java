/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.ui.internal.preferences;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;
import java.util.OptionalDouble;

import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;

/**
 * A decimal number from {@code min} to {@code max}, shown and typed as the workbench's language
 * writes it ({@code 0,5} in Danish, Swedish and Finnish, {@code 0.5} in English), and stored with a
 * decimal point, as the settings files that headless commands read have it. Anything else, such
 * as {@code 0.5} in Danish, where the point groups thousands, is refused with the range and an
 * example written the language's way.
 */
public class DecimalFieldEditor extends StringFieldEditor {

	private final double min;
	private final double max;
	private final Locale locale;

	public DecimalFieldEditor(String key, String label, double min, double max, Composite parent) {
		this(key, label, min, max, Locale.getDefault(), parent);
	}

	DecimalFieldEditor(String key, String label, double min, double max, Locale locale, Composite parent) {
		super(key, label, parent);
		this.min = min;
		this.max = max;
		this.locale = locale;
		setErrorMessage(NLS.bind(Messages.DecimalFieldEditor_range,
				new Object[] { label.replace("&", "").replaceFirst(":\\s*$", ""), format(min, locale), format(max, locale),
						format(example(min, max), locale) }));
	}

	/** {@code value} as {@code locale} writes it, without grouping, so that it reads back as typed. */
	public static String format(double value, Locale locale) {
		return format(locale).format(value);
	}

	/** The number {@code text} writes in {@code locale}, or empty when it is no number written that way. */
	public static OptionalDouble parse(String text, Locale locale) {
		DecimalFormat format = format(locale);
		String typed = text.strip();
		char minus = format.getDecimalFormatSymbols().getMinusSign();
		// a hyphen is how a keyboard writes the minus sign Swedish and Finnish print as U+2212
		if (typed.startsWith("-")) {
			typed = minus + typed.substring(1);
		}
		ParsePosition position = new ParsePosition(0);
		Number number = typed.isEmpty() ? null : format.parse(typed, position);
		if (number == null || position.getIndex() != typed.length()) {
			return OptionalDouble.empty();
		}
		return OptionalDouble.of(number.doubleValue());
	}

	private static DecimalFormat format(Locale locale) {
		DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(locale);
		format.setGroupingUsed(false);
		format.setMaximumFractionDigits(12);
		format.setDecimalFormatSymbols(DecimalFormatSymbols.getInstance(locale));
		return format;
	}

	private static double example(double min, double max) {
		return min < 0.05 && max >= 0.05 ? 0.05 : (min + max) / 2;
	}

	/** The number in the field as the settings file writes it ({@code 0.05}), or the text as typed when it is none. */
	public String storedValue() {
		OptionalDouble number = parse(getStringValue(), locale);
		return number.isPresent() ? BigDecimal.valueOf(number.getAsDouble()).stripTrailingZeros().toPlainString()
				: getStringValue().strip();
	}

	@Override
	protected boolean doCheckState() {
		OptionalDouble number = parse(getStringValue(), locale);
		return number.isPresent() && number.getAsDouble() >= min && number.getAsDouble() <= max;
	}

	@Override
	protected void doLoad() {
		show(getPreferenceStore().getString(getPreferenceName()));
	}

	@Override
	protected void doLoadDefault() {
		show(getPreferenceStore().getDefaultString(getPreferenceName()));
	}

	/** Shows a stored value the language's way; one that is no number stays as it is, to be refused. */
	private void show(String stored) {
		String shown;
		try {
			shown = stored.isBlank() ? "" : format(Double.parseDouble(stored.strip()), locale);
		} catch (NumberFormatException notANumber) {
			shown = stored;
		}
		setStringValue(shown);
	}

	@Override
	protected void doStore() {
		getPreferenceStore().setValue(getPreferenceName(), storedValue());
	}
}

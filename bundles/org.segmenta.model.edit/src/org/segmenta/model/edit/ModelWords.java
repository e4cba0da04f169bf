/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.model.edit;

import java.util.Locale;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClass;
import org.segmenta.model.edit.internal.SegmentaEditPlugin;

/**
 * The metamodel's words in the workbench's language, from the texts the Properties view and the
 * Outline use ({@code plugin.properties} and its NLS fragments): an element kind's name and an
 * enumeration value's, for pages that write them into sentences.
 */
public final class ModelWords {

	private ModelWords() {
	}

	/** The name of the element kind {@code kind}: "Value Community", Danish "Værdifællesskab". */
	public static String kind(EClass kind) {
		return SegmentaEditPlugin.INSTANCE.getString("_UI_" + kind.getName() + "_type");
	}

	/**
	 * The enumeration value {@code value} in lower case, as it reads inside a sentence: "values and
	 * attitudes", Danish "værdier og holdninger".
	 */
	public static String inSentence(Enumerator value, Locale locale) {
		String word = SegmentaEditPlugin.INSTANCE
				.getString("_UI_" + value.getClass().getSimpleName() + "_" + value.getName() + "_literal");
		// English keeps the literal itself (VALUES_AND_ATTITUDES), the translations words
		return word.replace('_', ' ').toLowerCase(locale);
	}
}

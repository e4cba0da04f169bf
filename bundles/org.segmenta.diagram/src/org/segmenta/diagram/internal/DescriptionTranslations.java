/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.segmenta.diagram.description.DiagramDescription;

/**
 * A diagram description's texts in another language: {@code NAME_LANG.properties} (UTF-8) beside
 * {@code NAME.diagramdescription}, as {@code segment-tree_da.properties}. A key names an element
 * of the description by its id and one of its texts, {@code ID.ATTRIBUTE}, with the position for a
 * list ({@code st-segment.detailExpressions.1}); the description's own texts have no id
 * ({@code label}, {@code documentation}). Templates keep their placeholders and may reorder them.
 * The translated description is a copy; what the file does not translate stays as written.
 */
public final class DescriptionTranslations {

	/** The attributes that hold texts a user reads; the others are ids, paths and conditions. */
	private static final Set<String> TEXTS = Set.of("label", "documentation", "initialName", "detailExpressions",
			"labelExpression");
	private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^{}]*}");
	private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");

	private DescriptionTranslations() {
	}

	/** The texts of {@code description} in {@code language} (such as {@code da}); empty when it has none. */
	public static Properties read(DiagramDescription description, String language) throws IOException {
		Properties texts = new Properties();
		Resource resource = description.eResource();
		if (resource == null || resource.getURI() == null) {
			return texts;
		}
		URI file = resource.getURI();
		URI translation = file.trimSegments(1)
				.appendSegment(file.trimFileExtension().lastSegment() + "_" + language + ".properties");
		URIConverter converter = resource.getResourceSet() == null ? new ExtensibleURIConverterImpl()
				: resource.getResourceSet().getURIConverter();
		if (!converter.exists(translation, null)) {
			return texts;
		}
		try (InputStream in = converter.createInputStream(translation); Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			texts.load(reader);
		}
		return texts;
	}

	/** A copy of {@code description} with the texts {@code texts} translates. */
	public static DiagramDescription translate(DiagramDescription description, Properties texts) {
		DiagramDescription copy = EcoreUtil.copy(description);
		for (Map.Entry<String, Slot> slot : slots(copy).entrySet()) {
			String text = texts.getProperty(slot.getKey());
			if (text != null) {
				slot.getValue().set(text.strip());
			}
		}
		return copy;
	}

	/** The keys of {@code texts} that name no text of {@code description}: a misspelt id or attribute. */
	public static List<String> unknownKeys(DiagramDescription description, Properties texts) {
		Set<String> known = slots(description).keySet();
		return texts.stringPropertyNames().stream().filter(key -> !known.contains(key)).sorted().toList();
	}

	/** The keys of texts of {@code description} with words in them that {@code texts} does not translate. */
	public static List<String> untranslated(DiagramDescription description, Properties texts) {
		List<String> missing = new ArrayList<>();
		slots(description).forEach((key, slot) -> {
			if (WORD.matcher(PLACEHOLDER.matcher(slot.get()).replaceAll("")).find() && !texts.containsKey(key)) {
				missing.add(key);
			}
		});
		return missing;
	}

	/** A text of an element: one attribute, or one entry of a list attribute. */
	private record Slot(EObject element, EAttribute attribute, int index) {
		String get() {
			Object value = element.eGet(attribute);
			return String.valueOf(index < 0 ? value : ((List<?>) value).get(index));
		}

		@SuppressWarnings("unchecked")
		void set(String text) {
			if (index < 0) {
				element.eSet(attribute, text);
			} else {
				((List<Object>) element.eGet(attribute)).set(index, text);
			}
		}
	}

	private static Map<String, Slot> slots(DiagramDescription description) {
		Map<String, Slot> slots = new LinkedHashMap<>();
		addSlots(description, "", slots);
		for (Iterator<EObject> contents = description.eAllContents(); contents.hasNext();) {
			EObject element = contents.next();
			if (element.eClass().getEStructuralFeature("id") instanceof EAttribute id && element.eGet(id) != null) {
				addSlots(element, element.eGet(id) + ".", slots);
			}
		}
		return slots;
	}

	private static void addSlots(EObject element, String prefix, Map<String, Slot> slots) {
		for (EAttribute attribute : element.eClass().getEAllAttributes()) {
			if (!TEXTS.contains(attribute.getName()) || !element.eIsSet(attribute)) {
				continue;
			}
			if (attribute.isMany()) {
				int size = ((List<?>) element.eGet(attribute)).size();
				for (int i = 0; i < size; i++) {
					slots.put(prefix + attribute.getName() + "." + (i + 1), new Slot(element, attribute, i));
				}
			} else {
				slots.put(prefix + attribute.getName(), new Slot(element, attribute, -1));
			}
		}
	}
}

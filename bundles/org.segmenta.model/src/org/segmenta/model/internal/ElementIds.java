/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.model.internal;

import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.eclipse.emf.ecore.EObject;
import org.segmenta.model.Identified;

/**
 * Gives elements without an id a new one that is unique in their resource, readable in diffs
 * ({@code segment-4k9x2m7q}) and never derived from a name, so renaming keeps references stable.
 */
final class ElementIds {

	private static final String ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";
	private static final int RANDOM_LENGTH = 8;

	private final SegmentationResource resource;

	ElementIds(SegmentationResource resource) {
		this.resource = resource;
	}

	void ensureIds() {
		for (Iterator<EObject> all = resource.getAllContents(); all.hasNext();) {
			if (all.next() instanceof Identified identified) {
				assignIfMissing(identified);
			}
		}
	}

	/**
	 * Gives an element being attached an id of its own: a new one when it has none, or when its id
	 * belongs to another element of the resource, as it does for pasted or dropped copies.
	 */
	void ensureUniqueId(Identified element) {
		String id = element.getId();
		Map<String, EObject> known = resource.getIntrinsicIDToEObjectMap();
		EObject holder = id == null || known == null ? null : known.get(id);
		if (holder != null && holder != element && holder.eResource() == resource) {
			element.setId(null);
		}
		assignIfMissing(element);
	}

	private void assignIfMissing(Identified element) {
		if (element.getId() != null && !element.getId().isBlank()) {
			return;
		}
		// the random part makes collisions negligible; the map check catches the ids the resource knows
		String prefix = element.eClass().getName().toLowerCase(Locale.ROOT);
		Map<String, EObject> known = resource.getIntrinsicIDToEObjectMap();
		String id;
		do {
			id = prefix + '-' + randomSuffix();
		} while (known != null && known.containsKey(id));
		element.setId(id);
		if (known != null) {
			known.put(id, element);
		}
	}

	private static String randomSuffix() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		char[] suffix = new char[RANDOM_LENGTH];
		for (int i = 0; i < suffix.length; i++) {
			suffix[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
		}
		return new String(suffix);
	}
}

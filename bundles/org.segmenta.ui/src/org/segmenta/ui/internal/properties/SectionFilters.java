/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.ui.internal.properties;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.IFilter;
import org.segmenta.model.Identified;
import org.segmenta.model.Segment;

/** Which elements get which property tabs: a tab shows only where it has something to show. */
public final class SectionFilters {

	private SectionFilters() {
	}

	/** Elements with lists of text. */
	public static class Lists implements IFilter {
		@Override
		public boolean select(Object object) {
			return object instanceof EObject element && !ElementFeatures.lists(element.eClass()).isEmpty();
		}
	}

	/** Elements that refer to others. */
	public static class Relations implements IFilter {
		@Override
		public boolean select(Object object) {
			return object instanceof EObject element && !ElementFeatures.relations(element.eClass()).isEmpty();
		}
	}

	/** Segments, whose profile against the total the analysis wrote. */
	public static class Segments implements IFilter {
		@Override
		public boolean select(Object object) {
			return object instanceof Segment;
		}
	}

	/** Elements validation findings can be about (they have ids the markers point to). */
	public static class Validated implements IFilter {
		@Override
		public boolean select(Object object) {
			return object instanceof Identified;
		}
	}
}

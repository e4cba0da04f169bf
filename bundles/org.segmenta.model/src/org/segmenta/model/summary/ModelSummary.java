/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.model.summary;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.segmenta.model.Project;
import org.segmenta.model.SegmentaPackage;

/**
 * How many elements of each kind a project holds, in the metamodel's order. Shared by the
 * {@code info} command and the report summary so they never disagree.
 */
public final class ModelSummary {

	private final Map<EClass, Integer> counts;

	private ModelSummary(Map<EClass, Integer> counts) {
		this.counts = Collections.unmodifiableMap(counts);
	}

	/** Counts the project itself and everything it contains, directly or indirectly. */
	public static ModelSummary of(Project project) {
		Map<EClass, Integer> tally = new LinkedHashMap<>();
		tally.merge(project.eClass(), 1, Integer::sum);
		for (TreeIterator<EObject> all = project.eAllContents(); all.hasNext();) {
			tally.merge(all.next().eClass(), 1, Integer::sum);
		}
		Map<EClass, Integer> ordered = new LinkedHashMap<>();
		for (EClassifier classifier : SegmentaPackage.eINSTANCE.getEClassifiers()) {
			if (classifier instanceof EClass eClass && !eClass.isAbstract()) {
				ordered.put(eClass, tally.getOrDefault(eClass, 0));
			}
		}
		return new ModelSummary(ordered);
	}

	/** Every concrete element kind of the metamodel with its count, zero included. */
	public Map<EClass, Integer> counts() {
		return counts;
	}

	public int count(EClass kind) {
		return counts.getOrDefault(kind, 0);
	}

	/** All elements, the project included. */
	public int total() {
		return counts.values().stream().mapToInt(Integer::intValue).sum();
	}
}

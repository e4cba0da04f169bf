/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.ui.internal.properties;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.segmenta.model.SegmentaPackage;

/** Which features of an element each property tab shows. */
public final class ElementFeatures {

	private ElementFeatures() {
	}

	/** General: the element's own single values (the id stays out of sight; it is the model's business). */
	public static List<EAttribute> general(EClass type) {
		return type.getEAllAttributes().stream()
				.filter(a -> !a.isMany() && a.isChangeable() && !a.isDerived() && !a.isTransient()
						&& a != SegmentaPackage.Literals.IDENTIFIED__ID)
				.toList();
	}

	/** Profile: the lists a consultant writes, one item per line (goals, challenges, motives, ...). */
	public static List<EAttribute> lists(EClass type) {
		return type.getEAllAttributes().stream().filter(a -> a.isMany() && a.isChangeable() && !a.isDerived()).toList();
	}

	/** Relations: the references to other elements of the model. */
	public static List<EReference> relations(EClass type) {
		return type.getEAllReferences().stream()
				.filter(r -> !r.isContainment() && !r.isContainer() && !r.isDerived() && r.isChangeable())
				.toList();
	}

	/** The features of {@code type} named {@code names}, in that order. */
	public static List<EStructuralFeature> named(EClass type, String... names) {
		return Arrays.stream(names).map(type::getEStructuralFeature)
				.filter(Objects::nonNull).toList();
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.model.Project;
import org.segmenta.model.SegmentaFactory;
import org.segmenta.model.SegmentaPackage;
import org.segmenta.model.persistence.SegmentationFiles;

/**
 * Builds a project that holds an instance of every concrete class, with every attribute and
 * reference set to a non-default value, and checks that it saves and loads unchanged.
 */
class EveryClassSerialisesTest {

	private static final String AWKWARD_TEXT = "Søren & Åsa: \"<Päivi>\" 'Jörgen' ærø\ttab\nline";

	@TempDir
	Path folder;

	@Test
	void everyConcreteClassIsInstantiableAndSurvivesARoundTrip() throws Exception {
		Project project = SegmentaFactory.eINSTANCE.createProject();
		Map<EClass, EObject> instances = new HashMap<>();
		instances.put(project.eClass(), project);
		for (EClass eClass : concreteClasses()) {
			instances.computeIfAbsent(eClass, c -> placeInstance(c, project, instances));
		}
		for (EObject instance : instances.values()) {
			fillAttributes(instance);
		}
		for (EObject instance : instances.values()) {
			fillReferences(instance, instances);
		}

		Path file = folder.resolve("all-classes.segmentation");
		SegmentationFiles.save(project, file);
		Project reloaded = SegmentationFiles.load(file);

		assertTrue(EcoreUtil.equals(project, reloaded), "the reloaded model differs");
		for (EClass eClass : concreteClasses()) {
			boolean found = false;
			for (var all = reloaded.eAllContents(); all.hasNext() && !found;) {
				found = all.next().eClass() == eClass;
			}
			assertTrue(found || eClass == project.eClass(), eClass.getName() + " was not written");
		}
	}

	@Test
	void derivedScoresFollowTheirDefinitions() {
		var job = SegmentaFactory.eINSTANCE.createJob();
		job.setImportance(8.5);
		job.setSatisfaction(3.0);
		assertEquals(14.0, job.getOpportunityScore(), 1e-9);
		job.setSatisfaction(9.0);
		assertEquals(8.5, job.getOpportunityScore(), 1e-9, "satisfaction above importance adds nothing");

		var entry = SegmentaFactory.eINSTANCE.createProfileEntry();
		entry.setSegmentValue(0.30);
		entry.setTotalValue(0.20);
		assertEquals(150.0, entry.index(), 1e-9);
		entry.setTotalValue(0);
		assertTrue(Double.isNaN(entry.index()));
	}

	private static List<EClass> concreteClasses() {
		List<EClass> classes = new ArrayList<>();
		for (EClassifier classifier : SegmentaPackage.eINSTANCE.getEClassifiers()) {
			if (classifier instanceof EClass eClass && !eClass.isAbstract() && !eClass.isInterface()) {
				classes.add(eClass);
			}
		}
		return classes;
	}

	/** Creates an instance of {@code eClass} inside a container that can hold it, creating the container as needed. */
	@SuppressWarnings("unchecked")
	private static EObject placeInstance(EClass eClass, Project project, Map<EClass, EObject> instances) {
		EObject instance = SegmentaFactory.eINSTANCE.create(eClass);
		assertNotNull(instance, eClass.getName());
		for (EClass containerClass : concreteClasses()) {
			for (EReference containment : containerClass.getEAllContainments()) {
				if (containment.getEReferenceType() == eClass && containerClass != eClass) {
					EObject container = instances.computeIfAbsent(containerClass,
							c -> placeInstance(c, project, instances));
					((EList<EObject>) container.eGet(containment)).add(instance);
					// a second instance inside itself exercises recursive containment too
					return instance;
				}
			}
		}
		throw new AssertionError("no containment can hold " + eClass.getName());
	}

	private static void fillAttributes(EObject instance) {
		for (EAttribute attribute : instance.eClass().getEAllAttributes()) {
			if (attribute.isTransient() || attribute.isDerived() || !attribute.isChangeable()) {
				continue;
			}
			Object value = sampleValue(attribute, instance);
			if (attribute.isMany()) {
				@SuppressWarnings("unchecked")
				EList<Object> values = (EList<Object>) instance.eGet(attribute);
				values.add(value);
				values.add(value + " (2)");
			} else {
				instance.eSet(attribute, value);
			}
		}
	}

	private static Object sampleValue(EAttribute attribute, EObject instance) {
		if (attribute.isID()) {
			return instance.eClass().getName().toLowerCase() + "-1";
		}
		EClassifier type = attribute.getEAttributeType();
		if (type instanceof EEnum eEnum) {
			return eEnum.getELiterals().get(eEnum.getELiterals().size() - 1).getInstance();
		}
		Class<?> javaType = type.getInstanceClass();
		if (javaType == String.class) {
			return AWKWARD_TEXT;
		} else if (javaType == int.class) {
			return 4711;
		} else if (javaType == double.class) {
			return 0.3125;
		} else if (javaType == boolean.class) {
			return Boolean.TRUE;
		} else if (javaType == LocalDate.class) {
			return LocalDate.of(2026, 2, 28);
		}
		throw new AssertionError("no sample value for " + attribute.getEContainingClass().getName() + "."
				+ attribute.getName() + " of type " + javaType);
	}

	@SuppressWarnings("unchecked")
	private static void fillReferences(EObject instance, Map<EClass, EObject> instances) {
		for (EReference reference : instance.eClass().getEAllReferences()) {
			if (reference.isContainment() || reference.isContainer() || reference.isTransient()
					|| !reference.isChangeable()) {
				continue;
			}
			EObject target = instances.values().stream()
					.filter(candidate -> reference.getEReferenceType().isSuperTypeOf(candidate.eClass()))
					.findFirst().orElseThrow(() -> new AssertionError("no target for " + reference.getName()));
			if (reference.isMany()) {
				((EList<EObject>) instance.eGet(reference)).add(target);
			} else {
				instance.eSet(reference, target);
			}
		}
	}
}

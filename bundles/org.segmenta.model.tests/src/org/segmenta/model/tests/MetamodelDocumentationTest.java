/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EModelElement;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.junit.jupiter.api.Test;
import org.segmenta.model.SegmentaPackage;

/** The shipped .ecore documents every element, and the generated code was generated from it. */
class MetamodelDocumentationTest {

	private static EPackage shippedEcore() {
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore",
				new EcoreResourceFactoryImpl());
		URI uri = URI.createPlatformPluginURI("org.segmenta.model/model/segmenta.ecore", true);
		return (EPackage) resourceSet.getResource(uri, true).getContents().get(0);
	}

	@Test
	void everyClassifierFeatureOperationAndLiteralIsDocumented() {
		List<String> undocumented = new ArrayList<>();
		EPackage ecore = shippedEcore();
		check(ecore, ecore.getName(), undocumented);
		for (EClassifier classifier : ecore.getEClassifiers()) {
			check(classifier, classifier.getName(), undocumented);
			if (classifier instanceof EClass eClass) {
				for (EStructuralFeature feature : eClass.getEStructuralFeatures()) {
					check(feature, eClass.getName() + "." + feature.getName(), undocumented);
				}
				for (EOperation operation : eClass.getEOperations()) {
					check(operation, eClass.getName() + "." + operation.getName() + "()", undocumented);
				}
			} else if (classifier instanceof EEnum eEnum) {
				for (EEnumLiteral literal : eEnum.getELiterals()) {
					check(literal, eEnum.getName() + "." + literal.getName(), undocumented);
				}
			}
		}
		assertTrue(undocumented.isEmpty(), "undocumented: " + undocumented);
	}

	@Test
	void generatedPackageMatchesTheShippedEcore() {
		EPackage ecore = shippedEcore();
		EPackage generated = SegmentaPackage.eINSTANCE;
		assertEquals(ecore.getNsURI(), generated.getNsURI());
		List<String> shipped = signature(ecore);
		List<String> compiled = signature(generated);
		assertEquals(shipped, compiled, "src-gen is out of date: regenerate with releng/org.segmenta.codegen");
	}

	private static List<String> signature(EPackage ePackage) {
		List<String> signature = new ArrayList<>();
		for (EClassifier classifier : ePackage.getEClassifiers()) {
			signature.add(classifier.eClass().getName() + " " + classifier.getName());
			if (classifier instanceof EClass eClass) {
				eClass.getESuperTypes().forEach(s -> signature.add("  extends " + s.getName()));
				for (EStructuralFeature feature : eClass.getEStructuralFeatures()) {
					signature.add("  " + feature.getName() + ": " + feature.getEType().getName() + " ["
							+ feature.getLowerBound() + ".." + feature.getUpperBound() + "]");
				}
			} else if (classifier instanceof EEnum eEnum) {
				eEnum.getELiterals().forEach(l -> signature.add("  " + l.getName() + "=" + l.getValue()));
			}
		}
		return signature;
	}

	private static void check(EModelElement element, String name, List<String> undocumented) {
		String documentation = EcoreUtil.getDocumentation(element);
		if (documentation == null || documentation.isBlank()) {
			undocumented.add(name);
		}
	}
}

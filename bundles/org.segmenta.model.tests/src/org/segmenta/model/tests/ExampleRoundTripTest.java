/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.model.Identified;
import org.segmenta.model.Persona;
import org.segmenta.model.Project;
import org.segmenta.model.Segment;
import org.segmenta.model.Segmentation;
import org.segmenta.model.persistence.SegmentationFiles;
import org.segmenta.tests.support.Examples;

class ExampleRoundTripTest {

	@TempDir
	Path folder;

	@Test
	void exampleSurvivesLoadSaveLoadUnchanged() throws Exception {
		Project original = SegmentationFiles.load(Examples.model());
		Path first = folder.resolve("first.segmentation");
		SegmentationFiles.save(EcoreUtil.copy(original), first);
		Project reloaded = SegmentationFiles.load(first);

		assertTrue(EcoreUtil.equals(original, reloaded), "the reloaded example differs from the original");

		// serialisation is stable: saving the reloaded model writes the same bytes again
		Path second = folder.resolve("second.segmentation");
		SegmentationFiles.save(reloaded, second);
		assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
	}

	@Test
	void exampleIsUtf8AndKeepsNordicCharacters() throws Exception {
		Project project = SegmentationFiles.load(Examples.model());
		Path saved = folder.resolve("nordic.segmentation");
		SegmentationFiles.save(project, saved);
		String text = Files.readString(saved, StandardCharsets.UTF_8);
		assertTrue(text.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
		for (Persona persona : project.getPersonas()) {
			assertTrue(text.contains(persona.getName()), persona.getName() + " is not written verbatim");
		}
		String names = String.join(" ", project.getPersonas().stream().map(Persona::getName).toList());
		for (String letter : new String[] { "æ", "ø", "å", "ä", "ö" }) {
			assertTrue(names.toLowerCase().contains(letter), "no persona name has " + letter + ": " + names);
		}
		assertFalse(text.matches("(?s).*&#x?(E6|F8|E5|E4|F6|C6|D8|C5|C4|D6|230|248|229|228|246);.*"),
				"Nordic letters were escaped as numeric character references");
	}

	@Test
	void exampleHasUniqueIdsAndResolvedReferences() throws Exception {
		Project project = SegmentationFiles.load(Examples.model());
		Set<String> ids = new HashSet<>();
		for (Iterator<EObject> all = EcoreUtil.getAllContents(project, true); all.hasNext();) {
			EObject element = all.next();
			if (element instanceof Identified identified) {
				assertTrue(identified.getId() != null && !identified.getId().isBlank(), "no id: " + element);
				assertTrue(ids.add(identified.getId()), "duplicate id " + identified.getId());
			}
		}
		assertTrue(EcoreUtil.UnresolvedProxyCrossReferencer.find(project).isEmpty());
	}

	@Test
	void exampleHasTheShapeTheDemoNeeds() throws Exception {
		Project project = SegmentationFiles.load(Examples.model());
		Segmentation primary = project.getSegmentations().stream().filter(Segmentation::isPrimary).findFirst()
				.orElseThrow();
		int segments = primary.getSegments().size();
		assertTrue(segments >= 5 && segments <= 7, "primary segmentation has " + segments + " segments");
		double shares = primary.getSegments().stream().mapToDouble(Segment::getShare).sum();
		assertEquals(1.0, shares, 0.005, "primary segment shares");
		for (Segment segment : primary.getSegments()) {
			assertFalse(segment.getPersonas().isEmpty(), segment.getName() + " has no persona");
		}
		assertTrue(project.getValueCommunities().stream().anyMatch(c -> !c.getSubCommunities().isEmpty()),
				"no nested value community");
		assertFalse(project.getJobs().isEmpty());
		assertFalse(project.getBuyingCenters().isEmpty());
		assertFalse(project.getInsights().isEmpty());
		assertTrue(project.getInsights().stream().allMatch(i -> i.getDate() != null), "undated insight");
	}
}

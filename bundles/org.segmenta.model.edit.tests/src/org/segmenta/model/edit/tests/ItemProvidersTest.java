/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.junit.jupiter.api.Test;
import org.segmenta.model.Persona;
import org.segmenta.model.Project;
import org.segmenta.model.Segment;
import org.segmenta.model.SegmentaPackage;
import org.segmenta.model.persistence.SegmentationFiles;
import org.segmenta.tests.support.Examples;

/** The edit support the workbench builds on: labels, tree children, properties and undoable commands. */
class ItemProvidersTest {

	private final ComposedAdapterFactory adapters = new ComposedAdapterFactory(
			ComposedAdapterFactory.Descriptor.Registry.INSTANCE);

	private static Project example() throws Exception {
		return SegmentationFiles.load(Examples.model());
	}

	@Test
	void registeredFactoryLabelsElementsByName() throws Exception {
		Persona persona = example().getPersonas().get(0);
		IItemLabelProvider labels = (IItemLabelProvider) adapters.adapt(persona, IItemLabelProvider.class);
		assertNotNull(labels, "no item provider registered for Persona");
		String text = labels.getText(persona);
		assertTrue(text.contains(persona.getName()), text);
		assertNotNull(labels.getImage(persona), "no icon for Persona");
	}

	@Test
	void unnamedElementsAreLabelledByWhatTheyMean() throws Exception {
		Project project = example();
		var community = project.getValueCommunities().stream().filter(c -> !c.getOverlaps().isEmpty()).findFirst()
				.orElseThrow();
		var overlap = community.getOverlaps().get(0);
		String text = ((IItemLabelProvider) adapters.adapt(overlap, IItemLabelProvider.class)).getText(overlap);
		assertTrue(text.startsWith("Overlap with " + overlap.getOther().getName() + ": " + overlap.getSharedMembers()),
				text);

		var persona = project.getPersonas().get(0);
		var question = persona.getJourneyQuestions().get(0);
		text = ((IItemLabelProvider) adapters.adapt(question, IItemLabelProvider.class)).getText(question);
		assertEquals(question.getStage().getName() + ": " + question.getQuestion(), text);
	}

	@Test
	void treeShowsTheProjectsContainedElements() throws Exception {
		Project project = example();
		ITreeItemContentProvider tree = (ITreeItemContentProvider) adapters.adapt(project,
				ITreeItemContentProvider.class);
		Collection<?> children = tree.getChildren(project);
		assertTrue(children.containsAll(project.getSegmentations()));
		assertTrue(children.containsAll(project.getPersonas()));
		assertTrue(children.containsAll(project.getValueCommunities()));
	}

	@Test
	void everySegmentFeatureHasAPropertyDescriptor() throws Exception {
		Segment segment = example().getSegmentations().get(0).getSegments().get(0);
		IItemPropertySource properties = (IItemPropertySource) adapters.adapt(segment, IItemPropertySource.class);
		List<String> described = properties.getPropertyDescriptors(segment).stream()
				.map(d -> d.getId(segment)).toList();
		for (String feature : List.of("name", "description", "statement", "size", "share", "potential", "values")) {
			assertTrue(described.contains(feature), feature + " not in " + described);
		}
	}

	@Test
	void renameIsAnUndoableCommand() throws Exception {
		Project project = example();
		Segment segment = project.getSegmentations().get(0).getSegments().get(0);
		String original = segment.getName();
		EditingDomain domain = new AdapterFactoryEditingDomain(adapters, new BasicCommandStack());
		Command rename = SetCommand.create(domain, segment, SegmentaPackage.Literals.NAMED_ELEMENT__NAME,
				"Balancesøgere");

		domain.getCommandStack().execute(rename);
		assertEquals("Balancesøgere", segment.getName());
		domain.getCommandStack().undo();
		assertEquals(original, segment.getName());
		domain.getCommandStack().redo();
		assertEquals("Balancesøgere", segment.getName());
	}
}

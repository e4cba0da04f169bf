/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.edit.command.DeleteCommand;
import org.junit.jupiter.api.Test;
import org.segmenta.model.Persona;
import org.segmenta.model.Segment;
import org.segmenta.model.SegmentaPackage;
import org.segmenta.model.Value;
import org.segmenta.model.ValueCommunity;
import org.segmenta.ui.internal.editor.PersonasPage;
import org.segmenta.ui.internal.editor.ValueCommunitiesPage;
import org.segmenta.ui.internal.properties.ChecklistField;
import org.segmenta.ui.internal.properties.FieldGroup;

/** The value communities page and the persona cards edit the model through undoable commands. */
class EditorFormPagesTest extends ExampleEditorTestCase {


	@Test
	void valueCommunityStatementValuesAndMembersAreEditable() throws Exception {
		ValueCommunitiesPage page = editor.showValueCommunities();
		ExampleWorkspace.processEvents();
		ValueCommunity community = project.getValueCommunities().get(0);
		assertSame(community, page.selected());
		String statement = community.getStatement();
		workspace.screenshotMaximized(workspace.page.getReference(editor), "editor-value-communities");

		FieldGroup head = page.fields().get(0);
		ExampleWorkspace.type(head.field("statement").orElseThrow().control(), "Os, der vil have tid til livet ved siden af arbejdet");
		assertEquals("Os, der vil have tid til livet ved siden af arbejdet", community.getStatement());

		Value value = project.getValues().stream().filter(v -> !community.getValues().contains(v)).findFirst().orElseThrow();
		((ChecklistField) page.fields().get(1).field("values").orElseThrow()).setChecked(value, true);
		assertTrue(community.getValues().contains(value));
		Segment segment = project.getSegmentations().get(0).getSegments().stream()
				.filter(s -> !community.getSegments().contains(s)).findFirst().orElseThrow();
		((ChecklistField) page.fields().get(1).field("segments").orElseThrow()).setChecked(segment, true);
		assertTrue(community.getSegments().contains(segment));

		stack.undo();
		stack.undo();
		stack.undo();
		ExampleWorkspace.processEvents();
		assertEquals(statement, community.getStatement());
		assertFalse(community.getValues().contains(value));
		assertFalse(community.getSegments().contains(segment));
		assertFalse(editor.isDirty());
	}

	@Test
	void communitiesAndSubCommunitiesAreAddedAndRemovedUndoably() throws Exception {
		ValueCommunitiesPage page = editor.showValueCommunities();
		int before = project.getValueCommunities().size();
		ValueCommunity added = page.add(project, SegmentaPackage.Literals.PROJECT__VALUE_COMMUNITIES);
		assertEquals(before + 1, project.getValueCommunities().size());
		assertTrue(added.getId() != null && !added.getId().isBlank(), "new communities get ids");
		ValueCommunity sub = page.add(added, SegmentaPackage.Literals.VALUE_COMMUNITY__SUB_COMMUNITIES);
		assertEquals(List.of(sub), added.getSubCommunities());
		assertSame(sub, page.selected());
		ExampleWorkspace.processEvents();
		workspace.screenshotMaximized(workspace.page.getReference(editor), "editor-value-communities-new");

		stack.undo();
		stack.undo();
		ExampleWorkspace.processEvents();
		assertEquals(before, project.getValueCommunities().size());
		assertFalse(editor.isDirty());
	}

	@Test
	void personaCardsEditTheFieldsAConsultantFillsIn() throws Exception {
		PersonasPage page = editor.showPersonas();
		ExampleWorkspace.processEvents();
		Persona persona = project.getPersonas().get(0);
		FieldGroup card = page.cards().get(0);
		assertEquals(project.getPersonas().size(), page.cards().size());
		workspace.screenshotMaximized(workspace.page.getReference(editor), "editor-personas");

		int age = persona.getAge();
		ExampleWorkspace.type(card.field("age").orElseThrow().control(), Integer.toString(age + 1));
		assertEquals(age + 1, persona.getAge());
		ExampleWorkspace.type(card.field("occupation").orElseThrow().control(), "Sygeplejerske på Ærø");
		assertEquals("Sygeplejerske på Ærø", persona.getOccupation());
		ExampleWorkspace.type(card.field("age").orElseThrow().control(), "fyrre");
		assertEquals(age + 1, persona.getAge(), "text that is no number leaves the age alone");

		stack.undo();
		stack.undo();
		assertEquals(age, persona.getAge());

		int personas = project.getPersonas().size();
		Persona added = page.addPersona();
		ExampleWorkspace.processEvents();
		assertEquals(personas + 1, page.cards().size());
		assertSame(added, page.cards().get(personas).owner());
		stack.undo();
		ExampleWorkspace.processEvents();
		assertEquals(personas, page.cards().size());

		Persona second = project.getPersonas().get(1);
		stack.execute(DeleteCommand.create(editor.getEditingDomain(), List.of(persona)));
		ExampleWorkspace.processEvents();
		assertEquals(personas - 1, page.cards().size());
		assertSame(second, page.cards().get(0).owner(), "the cards follow the personas' order");
		stack.undo();
		ExampleWorkspace.processEvents();
		assertSame(persona, page.cards().get(0).owner(), "the persona is back in its place");
		assertFalse(editor.isDirty());
	}
}

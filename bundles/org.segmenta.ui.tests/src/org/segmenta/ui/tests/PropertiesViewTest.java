/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.views.properties.PropertySheet;
import org.eclipse.ui.views.properties.tabbed.ISection;
import org.eclipse.ui.views.properties.tabbed.ITabDescriptor;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;
import org.junit.jupiter.api.Test;
import org.segmenta.model.Persona;
import org.segmenta.model.Segment;
import org.segmenta.model.SegmentaPackage;
import org.segmenta.model.Segmentation;
import org.segmenta.ui.internal.properties.ChecklistField;
import org.segmenta.ui.internal.properties.ChoiceField;
import org.segmenta.ui.internal.properties.FeaturesSection;
import org.segmenta.ui.internal.properties.SegmentProfileSection;
import org.segmenta.ui.internal.properties.ValidationSection;
import org.segmenta.ui.internal.validation.ModelMarkers;
import org.segmenta.ui.internal.validation.ModelValidationJob;

/** The tabbed Properties view: each tab edits the selected element through undoable commands. */
class PropertiesViewTest extends ExampleEditorTestCase {


	private TabbedPropertySheetPage select(Object element) throws Exception {
		editor.showModelTree();
		editor.getModelTreePage().getViewer().setSelection(new StructuredSelection(element), true);
		PropertySheet view = (PropertySheet) workspace.page.showView(IPageLayout.ID_PROP_SHEET);
		workspace.page.activate(editor);
		ExampleWorkspace.processEvents();
		return assertInstanceOf(TabbedPropertySheetPage.class, view.getCurrentPage());
	}

	private static <T extends ISection> T section(TabbedPropertySheetPage sheet, String tab, Class<T> type) {
		sheet.setSelectedTab("org.segmenta.ui.tab." + tab);
		ExampleWorkspace.processEvents();
		for (ISection section : sheet.getCurrentTab().getSections()) {
			if (type.isInstance(section)) {
				return type.cast(section);
			}
		}
		throw new AssertionError("no " + type.getSimpleName() + " on the " + tab + " tab");
	}

	private static Set<String> tabs(TabbedPropertySheetPage sheet) {
		return List.of(sheet.getActiveTabs()).stream().map(ITabDescriptor::getLabel).collect(Collectors.toSet());
	}

	@Test
	void generalTabRenamesASegmentUndoably() throws Exception {
		Segment segment = editor.getProject().getSegmentations().get(0).getSegments().get(0);
		String original = segment.getName();
		TabbedPropertySheetPage sheet = select(segment);
		assertEquals(Set.of("General", "Profile", "Relations", "Validation", "Advanced"), tabs(sheet));

		FeaturesSection general = section(sheet, "general", FeaturesSection.General.class);
		ExampleWorkspace.type(general.fields().field("name").orElseThrow().control(), "Balancesøgere i Århus");
		assertEquals("Balancesøgere i Århus", segment.getName());
		assertTrue(editor.isDirty());
		workspace.screenshotMaximized(IPageLayout.ID_PROP_SHEET, "properties-general");

		ExampleWorkspace.type(general.fields().field("share").orElseThrow().control(), "not a number");
		assertEquals("Balancesøgere i Århus", segment.getName());
		assertFalse(Double.isNaN(segment.getShare()), "refused text must not reach the model");

		stack.undo();
		ExampleWorkspace.processEvents();
		assertEquals(original, segment.getName());
		assertEquals(original, ((Text) general.fields().field("name").orElseThrow().control()).getText(),
				"the field shows the undone value");
		assertFalse(editor.isDirty());
	}

	@Test
	void profileTabShowsTheSegmentsProfileAndPersonaListsEditOnePerLine() throws Exception {
		Segment segment = editor.getProject().getSegmentations().get(0).getSegments().get(0);
		TabbedPropertySheetPage sheet = select(segment);
		SegmentProfileSection profile = section(sheet, "profile", SegmentProfileSection.class);
		assertTrue(segment.getProfile().size() > 0);
		assertEquals(segment.getProfile().size(), profile.rowCount());
		workspace.screenshotMaximized(IPageLayout.ID_PROP_SHEET, "properties-profile");

		Persona persona = editor.getProject().getPersonas().get(0);
		List<String> goals = List.copyOf(persona.getGoals());
		sheet = select(persona);
		FeaturesSection lists = section(sheet, "profile", FeaturesSection.Lists.class);
		ExampleWorkspace.type(lists.fields().field("goals").orElseThrow().control(), "Tid til familien\nLære nyt  \n\n");
		assertEquals(List.of("Tid til familien", "Lære nyt"), persona.getGoals());
		stack.undo();
		assertEquals(goals, persona.getGoals());
	}

	@Test
	void relationsTabSetsSingleAndManyReferences() throws Exception {
		Segmentation segmentation = editor.getProject().getSegmentations().get(0);
		var dataSource = segmentation.getDataSource();
		assertTrue(dataSource != null, "the example's segmentation has data");
		TabbedPropertySheetPage sheet = select(segmentation);
		FeaturesSection relations = section(sheet, "relations", FeaturesSection.Relations.class);
		((ChoiceField) relations.fields().field("dataSource").orElseThrow()).choose("(none)");
		assertNull(segmentation.getDataSource());
		stack.undo();
		assertEquals(dataSource, segmentation.getDataSource());

		Persona persona = editor.getProject().getPersonas().get(0);
		Segment other = editor.getProject().getSegmentations().get(0).getSegments().stream()
				.filter(s -> !persona.getSegments().contains(s)).findFirst().orElseThrow();
		sheet = select(persona);
		relations = section(sheet, "relations", FeaturesSection.Relations.class);
		((ChecklistField) relations.fields().field("segments").orElseThrow()).setChecked(other, true);
		assertTrue(persona.getSegments().contains(other));
		assertTrue(other.getPersonas().contains(persona), "the opposite end follows");
		workspace.screenshotMaximized(IPageLayout.ID_PROP_SHEET, "properties-relations");
		stack.undo();
		assertFalse(persona.getSegments().contains(other));
	}

	@Test
	void validationTabListsTheElementsFindings() throws Exception {
		Segmentation segmentation = editor.getProject().getSegmentations().get(0);
		Segment first = segmentation.getSegments().get(0);
		Segment second = segmentation.getSegments().get(1);
		stack.execute(SetCommand.create(editor.getEditingDomain(), second, SegmentaPackage.Literals.NAMED_ELEMENT__NAME,
				first.getName()));
		ModelValidationJob validation = editor.validate();
		validation.join();
		ExampleWorkspace.processEvents();
		assertTrue(ModelMarkers.markersOf(second).stream().anyMatch(
				m -> "segmenta.integrity.uniqueNames".equals(m.getAttribute(ModelValidationJob.RULE_ID, ""))));

		TabbedPropertySheetPage sheet = select(second);
		ValidationSection findings = section(sheet, "validation", ValidationSection.class);
		assertEquals(ModelMarkers.markersOf(second).size(), findings.findingCount());
		assertTrue(findings.findingCount() > 0);
		workspace.screenshotMaximized(IPageLayout.ID_PROP_SHEET, "properties-validation");

		findings.runQuickFix();
		Job.getJobManager().join(ModelValidationJob.MARKER_TYPE, null);
		ExampleWorkspace.processEvents();
		assertEquals(first.getName() + " (2)", second.getName());
		assertEquals(0, findings.findingCount(), "the fixed finding is still listed");
	}
}

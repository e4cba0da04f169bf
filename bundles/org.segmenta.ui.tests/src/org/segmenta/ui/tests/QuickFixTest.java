/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;
import org.segmenta.model.Segment;
import org.segmenta.model.SegmentaPackage;
import org.segmenta.model.Segmentation;
import org.segmenta.model.ValueCommunity;
import org.segmenta.ui.internal.validation.ModelValidationJob;

/** Quick fixes on validation markers: offered where the fix is obvious, undoable, and the marker goes. */
class QuickFixTest extends ExampleEditorTestCase {

	private static final SegmentaPackage MODEL = SegmentaPackage.eINSTANCE;


	private void set(EObject owner, EStructuralFeature feature, Object value) {
		stack.execute(SetCommand.create(editor.getEditingDomain(), owner, feature, value));
	}

	private List<IMarker> markers(String rule, EObject element) throws Exception {
		Job.getJobManager().join(ModelValidationJob.MARKER_TYPE, null);
		String id = ModelValidationJob.elementId(element);
		IMarker[] all = workspace.project.getFile(ExampleWorkspace.MODEL).findMarkers(ModelValidationJob.MARKER_TYPE,
				true, IResource.DEPTH_ZERO);
		return Arrays.stream(all).filter(m -> rule.equals(m.getAttribute(ModelValidationJob.RULE_ID, ""))
				&& id.equals(m.getAttribute(ModelValidationJob.ELEMENT_ID, ""))).toList();
	}

	private List<IMarker> validate(String rule, EObject element) throws Exception {
		editor.validate();
		return markers(rule, element);
	}

	private static IMarkerResolution fix(IMarker marker, String labelStart) {
		assertTrue(IDE.getMarkerHelpRegistry().hasResolutions(marker), "no quick fix offered");
		IMarkerResolution[] fixes = IDE.getMarkerHelpRegistry().getResolutions(marker);
		return Arrays.stream(fixes).filter(f -> f.getLabel().startsWith(labelStart)).findFirst()
				.orElseThrow(() -> new AssertionError("no fix '" + labelStart + "' among "
						+ Arrays.stream(fixes).map(IMarkerResolution::getLabel).toList()));
	}

	@Test
	void statementIsRephrasedToBeginWithThePhrase() throws Exception {
		ValueCommunity community = project.getValueCommunities().get(0);
		String original = community.getStatement();
		set(community, MODEL.getValueCommunity_Statement(), "Want time for family, friends and fjällvandring");
		List<IMarker> found = validate("segmenta.describable.valueCommunity", community);
		assertEquals(1, found.size());

		fix(found.get(0), "Rephrase").run(found.get(0));
		assertEquals("Those of us who want time for family, friends and fjällvandring", community.getStatement());
		assertTrue(markers("segmenta.describable.valueCommunity", community).isEmpty(), "the marker stayed");

		stack.undo();
		stack.undo();
		assertEquals(original, community.getStatement());
	}

	@Test
	void oneSegmentationIsMadePrimary() throws Exception {
		Segmentation primary = project.getSegmentations().stream().filter(Segmentation::isPrimary).findFirst().orElseThrow();
		Segmentation other = project.getSegmentations().stream().filter(s -> s != primary).findFirst().orElseThrow();
		set(other, MODEL.getSegmentation_Primary(), true);
		List<IMarker> found = validate("segmenta.primary.exactlyOne", project);
		assertEquals(1, found.size());

		fix(found.get(0), "Make \u201c" + other.getName() + "\u201d").run(found.get(0));
		assertTrue(other.isPrimary());
		assertFalse(primary.isPrimary());
		assertTrue(markers("segmenta.primary.exactlyOne", project).isEmpty(), "the marker stayed");
	}

	@Test
	void clashingNameGetsANumberAndBoundsWidenToTheSegmentsThereAre() throws Exception {
		Segmentation segmentation = project.getSegmentations().get(0);
		Segment first = segmentation.getSegments().get(0);
		Segment second = segmentation.getSegments().get(1);
		set(second, MODEL.getNamedElement_Name(), " " + first.getName().toUpperCase());
		List<IMarker> found = validate("segmenta.integrity.uniqueNames", second);
		assertEquals(1, found.size());
		fix(found.get(0), "Rename").run(found.get(0));
		assertEquals(first.getName().toUpperCase() + " (2)", second.getName());
		assertTrue(markers("segmenta.integrity.uniqueNames", second).isEmpty(), "the marker stayed");

		int count = segmentation.getSegments().size();
		set(segmentation, MODEL.getSegmentation_MaxSegmentCount(), count - 1);
		found = validate("segmenta.operational.segmentCount", segmentation);
		assertEquals(1, found.size());
		fix(found.get(0), "Raise the maximum").run(found.get(0));
		assertEquals(count, segmentation.getMaxSegmentCount());
		assertTrue(markers("segmenta.operational.segmentCount", segmentation).isEmpty(), "the marker stayed");
	}

	@Test
	void findingsWithoutAnObviousFixOfferNone() throws Exception {
		ValueCommunity community = project.getValueCommunities().get(0);
		stack.execute(RemoveCommand.create(editor.getEditingDomain(), community,
				MODEL.getValueCommunity_Values(), List.copyOf(community.getValues())));
		List<IMarker> found = validate("segmenta.describable.valueCommunity", community);
		assertEquals(1, found.size(), "a community without values is a finding");
		assertFalse(IDE.getMarkerHelpRegistry().hasResolutions(found.get(0)),
				"which values hold a community together is the consultant's call");
	}
}

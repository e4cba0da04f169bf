/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.segmenta.model.Persona;
import org.segmenta.model.Project;
import org.segmenta.model.Segment;
import org.segmenta.model.SegmentaPackage;
import org.segmenta.tests.support.Examples;
import org.segmenta.tests.support.ui.NoLoggedErrors;
import org.segmenta.tests.support.ui.Screenshots;
import org.segmenta.ui.internal.charts.ChartKind;
import org.segmenta.ui.internal.charts.ChartsView;
import org.segmenta.ui.internal.editor.SegmentationEditor;
import org.segmenta.ui.internal.validation.ModelValidationJob;
import org.segmenta.validation.Finding;
import org.segmenta.validation.RuleCatalog;
import org.segmenta.validation.SegmentationValidator;
import org.segmenta.validation.ValidationSettings;

/** Validation findings as Problems-view markers that lead to their element, and the charts view. */
@ExtendWith(NoLoggedErrors.class)
class ValidationAndChartsTest {

	private IProject workspaceProject;
	private IWorkbenchPage page;
	private IFile file;

	@BeforeEach
	void openExample() throws Exception {
		workspaceProject = ResourcesPlugin.getWorkspace().getRoot().getProject("checks");
		workspaceProject.create(null);
		workspaceProject.open(null);
		file = workspaceProject.getFile("nordic-members.segmentation");
		try (InputStream example = Files.newInputStream(Examples.model())) {
			file.create(example, true, null);
		}
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	@AfterEach
	void cleanUp() throws Exception {
		page.closeAllEditors(false);
		workspaceProject.delete(true, null);
	}

	@Test
	void findingsBecomeMarkersThatSelectTheirElement() throws Exception {
		SegmentationEditor editor = (SegmentationEditor) IDE.openEditor(page, file, SegmentationEditor.ID);
		// a persona without a name or channels is a finding the example does not have
		Persona persona = editor.getProject().getPersonas().get(0);
		editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(), persona,
				SegmentaPackage.Literals.PERSONA__CHANNELS, List.of()));

		ModelValidationJob job = editor.validate();
		job.join();
		processEvents();

		List<Finding> expected = new SegmentationValidator(ValidationSettings.defaults(
				RuleCatalog.fromExtensions(Platform.getExtensionRegistry(), problem -> { })), Clock.systemDefaultZone())
				.validate(editor.getProject()).findings();
		IMarker[] markers = file.findMarkers(ModelValidationJob.MARKER_TYPE, true, IResource.DEPTH_ZERO);
		assertEquals(expected.size(), markers.length, "one marker per finding");
		assertTrue(expected.size() > 0, "the edit must produce a finding");
		Set<String> expectedMessages = expected.stream().map(Finding::getMessage).collect(Collectors.toSet());
		Set<String> markerMessages = Arrays.stream(markers).map(m -> m.getAttribute(IMarker.MESSAGE, ""))
				.collect(Collectors.toSet());
		assertEquals(expectedMessages, markerMessages);

		IMarker aboutPersona = Arrays.stream(markers)
				.filter(m -> persona.getId().equals(m.getAttribute(ModelValidationJob.ELEMENT_ID, ""))).findFirst()
				.orElseThrow(() -> new AssertionError("no marker on " + persona.getName()));
		IDE.gotoMarker(editor, aboutPersona);
		processEvents();
		IStructuredSelection selection = editor.getModelTreePage().getViewer().getStructuredSelection();
		assertEquals(persona, selection.getFirstElement(), "going to the marker selects its element");
	}

	@Test
	void chartsViewFollowsTheSelection() throws Exception {
		SegmentationEditor editor = (SegmentationEditor) IDE.openEditor(page, file, SegmentationEditor.ID);
		ChartsView charts = assertInstanceOf(ChartsView.class, page.showView(ChartsView.ID));
		Project project = editor.getProject();
		editor.showModelTree();
		page.activate(editor);

		Segment segment = project.getSegmentations().get(0).getSegments().get(0);
		editor.getModelTreePage().getViewer().setSelection(new StructuredSelection(segment), true);
		processEvents();
		assertEquals(ChartKind.PROFILE_INDEX, charts.getShownKind());
		assertNotNull(charts.getChart().getTitle());

		editor.getModelTreePage().getViewer().setSelection(new StructuredSelection(project.getJobs().get(0)), true);
		processEvents();
		assertEquals(ChartKind.OPPORTUNITY_LANDSCAPE, charts.getShownKind());

		editor.getModelTreePage().getViewer()
				.setSelection(new StructuredSelection(project.getValueCommunities().get(0)), true);
		processEvents();
		assertEquals(ChartKind.COMMUNITY_OVERLAP, charts.getShownKind());
		Screenshots.take("charts-community-overlap");

		editor.getModelTreePage().getViewer().setSelection(new StructuredSelection(project.getSegmentations().get(0)),
				true);
		processEvents();
		assertEquals(ChartKind.SEGMENT_SIZES, charts.getShownKind());
		Screenshots.take("charts-segment-sizes");
	}

	private static void processEvents() {
		Display display = Display.getCurrent();
		long until = System.currentTimeMillis() + 500;
		// post-selection listeners fire after a short delay, so keep the loop turning briefly
		while (System.currentTimeMillis() < until) {
			if (!display.readAndDispatch()) {
				Thread.onSpinWait();
			}
		}
	}
}

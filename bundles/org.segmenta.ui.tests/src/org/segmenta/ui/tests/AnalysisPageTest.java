/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.segmenta.model.Segment;
import org.segmenta.model.Segmentation;
import org.segmenta.tests.support.ui.Screenshots;
import org.segmenta.ui.internal.editor.AnalysisPage;
import org.segmenta.ui.internal.editor.SegmentationEditor;
import org.segmenta.ui.internal.welcome.WelcomePart;

/** Segmenting the example's survey data from the editor: a job, the suggestion, and an undoable write-back. */
class AnalysisPageTest {

	@AfterEach
	void cleanUp() throws Exception {
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			project.delete(true, null);
		}
	}

	@Test
	void compareAcceptAndUndo() throws Exception {
		SegmentationEditor editor = WelcomePart.openExample();
		AnalysisPage analysis = editor.showAnalysis();
		Segmentation segmentation = analysis.segmentation();
		List<String> before = segmentation.getSegments().stream().map(Segment::getName).toList();

		analysis.setRange(4, 6);
		Job job = analysis.compare();
		job.join();
		drain();

		assertTrue(job.getResult().isOK(), job.getResult().getMessage());
		assertNotNull(analysis.result(), "no result shown");
		assertEquals(3, analysis.result().rows().size());
		int k = analysis.result().suggested() == 0 ? 4 : analysis.result().suggested();
		Screenshots.take("editor-analysis");

		analysis.accept(k);
		drain();
		assertEquals(k, segmentation.getSegments().size());
		assertTrue(editor.isDirty());
		double shares = segmentation.getSegments().stream().mapToDouble(Segment::getShare).sum();
		assertEquals(1.0, shares, 1e-6, "accepted segments cover the data");

		editor.getEditingDomain().getCommandStack().undo();
		drain();
		assertEquals(before, segmentation.getSegments().stream().map(Segment::getName).toList());
	}

	private static void drain() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// run the page's asynchronous updates
		}
	}
}

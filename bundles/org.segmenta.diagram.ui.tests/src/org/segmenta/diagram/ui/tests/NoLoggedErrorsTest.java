/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.ui.tests;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.segmenta.diagram.DiagramKinds;
import org.segmenta.diagram.description.DiagramDescription;
import org.segmenta.diagram.ui.internal.DiagramEditor;
import org.segmenta.diagram.ui.internal.OpenDiagramHandler;
import org.segmenta.tests.support.ui.WorkspaceLog;
import org.segmenta.ui.internal.editor.SegmentationEditor;

/**
 * Working through the example as a user first does (the model editor's every page, then every
 * diagram kind) writes no error to the workspace log.
 */
class NoLoggedErrorsTest {

	private IWorkbenchPage page;
	private IFile model;

	@BeforeEach
	void closeEverything() throws Exception {
		model = DiagramWorkbench.importExample();
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		// the editor's contributor is made when the first editor of its kind opens
		page.closeAllEditors(false);
		DiagramWorkbench.settle(200);
	}

	@AfterEach
	void closeEditors() {
		page.closeAllEditors(false);
	}

	@Test
	void openingTheModelEditorsPagesAndEveryDiagramLogsNoError() throws Exception {
		List<String> kinds = DiagramKinds.getDefault().all().stream().map(DiagramDescription::getId).toList();
		assertTrue(kinds.containsAll(List.of("segment-tree", "value-community-map", "persona-board", "buying-centre-map")),
				"the four kinds that ship are registered: " + kinds);
		try (WorkspaceLog log = WorkspaceLog.start()) {
			SegmentationEditor editor = assertInstanceOf(SegmentationEditor.class, IDE.openEditor(page, model));
			assertNotNull(editor.getProject(), "the example loads");
			assertTrue(editor.getPageCount() > 1, "the editor has its pages");
			for (int index = 0; index < editor.getPageCount(); index++) {
				editor.setActivePage(index);
				DiagramWorkbench.settle(300);
			}
			for (DiagramDescription kind : DiagramKinds.getDefault().all()) {
				DiagramEditor diagram = OpenDiagramHandler.open(page, model, kind);
				assertTrue(DiagramWorkbench.waitForBrowser(diagram), kind.getId() + ": the diagram server started");
				assertTrue(DiagramWorkbench.waitForDiagram(diagram), kind.getId() + " is drawn");
			}
			page.activate(editor);
			DiagramWorkbench.settle(300);
			log.assertNoErrors("opening the model editor's pages and the diagrams " + kinds);
		}
	}
}

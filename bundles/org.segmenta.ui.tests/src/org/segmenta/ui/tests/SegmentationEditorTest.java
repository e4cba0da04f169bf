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

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.segmenta.model.Project;
import org.segmenta.model.Segment;
import org.segmenta.model.SegmentaPackage;
import org.segmenta.model.persistence.SegmentationFiles;
import org.segmenta.tests.support.Examples;
import org.segmenta.tests.support.ui.NoLoggedErrors;
import org.segmenta.tests.support.ui.Screenshots;
import org.segmenta.ui.internal.editor.SegmentationEditor;
import org.segmenta.ui.internal.perspective.SegmentationPerspective;
import org.segmenta.ui.internal.welcome.WelcomePart;

/** The model editor in a running workbench: open, edit through commands, undo, redo, save, reopen. */
@ExtendWith(NoLoggedErrors.class)
class SegmentationEditorTest {

	private IProject workspaceProject;
	private IWorkbenchPage page;

	@BeforeEach
	void openWorkspaceProjectWithTheExample() throws Exception {
		workspaceProject = ResourcesPlugin.getWorkspace().getRoot().getProject("nordfag");
		if (!workspaceProject.exists()) {
			workspaceProject.create(null);
		}
		workspaceProject.open(null);
		IFile model = workspaceProject.getFile("nordic-members.segmentation");
		try (InputStream example = Files.newInputStream(Examples.model())) {
			if (model.exists()) {
				model.setContents(example, IResource.FORCE, null);
			} else {
				model.create(example, true, null);
			}
		}
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		PlatformUI.getWorkbench().showPerspective(SegmentationPerspective.ID,
				PlatformUI.getWorkbench().getActiveWorkbenchWindow());
	}

	@AfterEach
	void closeEditorsAndDeleteProjects() throws Exception {
		page.closeAllEditors(false);
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			project.delete(true, null);
		}
	}

	@Test
	void welcomeOpensTheExampleInANewProjectEachTime() throws Exception {
		SegmentationEditor editor = WelcomePart.openExample();
		processEvents();
		assertEquals("Nordfag member segmentation 2026", editor.getProject().getName());
		assertTrue(ResourcesPlugin.getWorkspace().getRoot().getProject("nordfag-example").exists());
		editor.showPersonas();
		processEvents();

		SegmentationEditor second = WelcomePart.openExample();
		processEvents();
		assertTrue(ResourcesPlugin.getWorkspace().getRoot().getProject("nordfag-example-2").exists(),
				"a second example project must not overwrite the first");
		assertFalse(second == editor);
	}

	private SegmentationEditor open(IFile file) throws Exception {
		IEditorPart editor = IDE.openEditor(page, file, SegmentationEditor.ID);
		processEvents();
		return assertInstanceOf(SegmentationEditor.class, editor);
	}

	@Test
	void renameUndoRedoSaveAndReopen() throws Exception {
		IFile file = workspaceProject.getFile("nordic-members.segmentation");
		SegmentationEditor editor = open(file);
		Project project = editor.getProject();
		Segment segment = project.getSegmentations().get(0).getSegments().get(0);
		String original = segment.getName();
		EditingDomain domain = editor.getEditingDomain();

		Command rename = SetCommand.create(domain, segment, SegmentaPackage.Literals.NAMED_ELEMENT__NAME,
				"Balancesøgere i Næstved");
		domain.getCommandStack().execute(rename);
		processEvents();
		assertTrue(editor.isDirty());
		assertEquals("Balancesøgere i Næstved", segment.getName());

		domain.getCommandStack().undo();
		processEvents();
		assertEquals(original, segment.getName());
		assertFalse(editor.isDirty(), "undoing the only edit leaves nothing to save");

		domain.getCommandStack().redo();
		processEvents();
		assertEquals("Balancesøgere i Næstved", segment.getName());
		assertTrue(editor.isDirty());

		editor.showModelTree();
		editor.getModelTreePage().getViewer().setSelection(new StructuredSelection(segment), true);
		page.showView(IPageLayout.ID_PROP_SHEET);
		processEvents();
		Screenshots.take("editor-model-tree");

		editor.doSave(null);
		processEvents();
		assertFalse(editor.isDirty());
		assertTrue(file.isSynchronized(IResource.DEPTH_ZERO), "the workspace was not told about the save");
		String saved = Files.readString(file.getLocation().toFile().toPath(), StandardCharsets.UTF_8);
		assertTrue(saved.contains("name=\"Balancesøgere i Næstved\""), "the new name is not in the file");

		page.closeEditor(editor, false);
		SegmentationEditor reopened = open(file);
		assertEquals("Balancesøgere i Næstved",
				reopened.getProject().getSegmentations().get(0).getSegments().get(0).getName());
		assertEquals(SegmentationFiles.load(file.getLocation().toFile().toPath()).getName(),
				reopened.getProject().getName());
		reopened.showOverview();
		processEvents();
		Screenshots.take("editor-overview");
	}

	@Test
	void copyPasteAndDeleteAreUndoableAndPastedCopiesGetTheirOwnIds() throws Exception {
		SegmentationEditor editor = open(workspaceProject.getFile("nordic-members.segmentation"));
		editor.showModelTree();
		var segmentation = editor.getProject().getSegmentations().get(0);
		Segment original = segmentation.getSegments().get(0);
		int before = segmentation.getSegments().size();
		var viewer = editor.getModelTreePage().getViewer();

		viewer.setSelection(new StructuredSelection(original), true);
		editor.getModelTreePage().runEditAction("Copy");
		viewer.setSelection(new StructuredSelection(segmentation), true);
		editor.getModelTreePage().runEditAction("Paste");
		processEvents();

		assertEquals(before + 1, segmentation.getSegments().size());
		Segment pasted = segmentation.getSegments().get(before);
		assertEquals(original.getName(), pasted.getName());
		assertFalse(original.getId().equals(pasted.getId()), "the copy took its original's id");

		viewer.setSelection(new StructuredSelection(pasted), true);
		editor.getModelTreePage().runEditAction("Delete");
		assertEquals(before, segmentation.getSegments().size());
		editor.getEditingDomain().getCommandStack().undo();
		editor.getEditingDomain().getCommandStack().undo();
		assertEquals(before, segmentation.getSegments().size());
		assertFalse(editor.isDirty());
	}

	@Test
	void brokenFileOpensAnErrorPageAndIsLeftAlone() throws Exception {
		IFile broken = workspaceProject.getFile("broken.segmentation");
		byte[] half = Files.readAllBytes(Examples.model());
		byte[] truncated = Arrays.copyOf(half, half.length / 3);
		broken.create(new ByteArrayInputStream(truncated), true, null);

		SegmentationEditor editor = open(broken);

		assertNull(editor.getProject());
		assertFalse(editor.isDirty());
		editor.doSave(null);
		assertEquals(truncated.length, Files.size(broken.getLocation().toFile().toPath()));
		Screenshots.take("editor-load-error");
	}

	private static void processEvents() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// drain the event queue, including the editor's asynchronous refreshes
		}
	}
}

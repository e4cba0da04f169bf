package org.segmenta.diagram.ui.tests;

import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.segmenta.diagram.DiagramKinds;
import org.segmenta.diagram.ui.internal.DiagramEditor;
import org.segmenta.diagram.ui.internal.OpenDiagramHandler;

/** The workbench's diagram editor (GLSP client in an SWT Browser) on the example. */
class DiagramEditorTest {

	private IFile model;
	private IWorkbenchPage page;

	@BeforeEach
	void importExample() throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("Diagrams");
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		model = project.getFile("nordic-members.segmentation");
		if (!model.exists()) {
			Path example = Path.of(System.getProperty("segmenta.repository.root"), "examples", "nordic-members.segmentation");
			model.create(Files.newInputStream(example), true, new NullProgressMonitor());
		}
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	@AfterEach
	void closeEditors() {
		page.closeAllEditors(false);
	}

	@Test
	void theDiagramSharesTheModelEditorsEditingDomain() throws Exception {
		IEditorPart modelEditor = IDE.openEditor(page, model);
		DiagramEditor diagram = OpenDiagramHandler.open(page, model, DiagramKinds.getDefault().get("segment-tree"));
		assertSame(((IEditingDomainProvider) modelEditor).getEditingDomain(), diagram.getEditingDomain(),
				"one command stack: undo, redo and dirty state are shared");
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.IJobChangeListener;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.segmenta.diagram.Bounds;
import org.segmenta.diagram.DiagramFiles;
import org.segmenta.diagram.DiagramKinds;
import org.segmenta.diagram.DiagramSession;
import org.segmenta.diagram.state.DiagramFile;
import org.segmenta.diagram.state.DiagramView;
import org.segmenta.diagram.ui.internal.DiagramEditor;
import org.segmenta.diagram.ui.internal.Messages;
import org.segmenta.diagram.ui.internal.OpenDiagramHandler;
import org.segmenta.model.Project;
import org.segmenta.model.Segment;
import org.segmenta.model.edit.SharedModels;
import org.segmenta.model.persistence.SegmentationFiles;
import org.segmenta.tests.support.ui.WorkspaceLog;
import org.segmenta.ui.internal.editor.SegmentationEditor;

/**
 * The model editor and two diagram editors of one model, opened in every order: one editing
 * domain, and a save from any of them keeps the edits of all. Changes of the files by another
 * program reach the editors.
 */
class SharedModelEditorsTest {

	private static final String RENAMED = "Äppelodlare på Åland";
	private static final String TREE_NODE = "st-segment:seg-career";
	private static final String CENTRE_NODE = "bc-centre:bc-brinkhoj";

	private IWorkbenchPage page;
	private IFile model;
	private WorkspaceLog log;

	@BeforeEach
	void copyTheExampleIntoAProjectOfItsOwn() throws Exception {
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		page.closeAllEditors(false);
		model = DiagramWorkbench.exampleInFreshProject("SharedModels");
		log = WorkspaceLog.start();
	}

	@AfterEach
	void closeEditors() {
		page.closeAllEditors(false);
		log.close();
	}

	static Stream<Arguments> openingOrders() {
		List<Arguments> orders = new ArrayList<>();
		List<String> editors = List.of("model", "segment-tree", "buying-centre-map");
		for (String first : editors) {
			for (String second : editors) {
				for (String third : editors) {
					if (!first.equals(second) && !first.equals(third) && !second.equals(third)) {
						// the editor that saves goes round, so each kind saves in some order
						orders.add(Arguments.of(List.of(first, second, third), orders.size() % 3));
					}
				}
			}
		}
		return orders.stream();
	}

	@ParameterizedTest(name = "{0}, saved from editor {1}")
	@MethodSource("openingOrders")
	void everyOpeningOrderSharesOneDomainAndASaveFromAnyEditorKeepsEveryEdit(List<String> order, int saving) throws Exception {
		List<IEditorPart> editors = new ArrayList<>();
		for (String editor : order) {
			editors.add(open(editor));
		}
		EditingDomain domain = ((IEditingDomainProvider) editors.get(0)).getEditingDomain();
		for (IEditorPart editor : editors) {
			assertSame(domain, ((IEditingDomainProvider) editor).getEditingDomain(), order + ": one editing domain");
		}

		// an edit in each: a rename in the model editor, a move in each diagram
		SegmentationEditor modelEditor = (SegmentationEditor) editors.get(order.indexOf("model"));
		EObject segment = modelEditor.getProject().eResource().getEObject("seg-career");
		domain.getCommandStack().execute(SetCommand.create(domain, segment, segment.eClass().getEStructuralFeature("name"), RENAMED));
		move((DiagramEditor) editors.get(order.indexOf("segment-tree")), "segment-tree", TREE_NODE, 777, 333);
		move((DiagramEditor) editors.get(order.indexOf("buying-centre-map")), "buying-centre-map", CENTRE_NODE, 505, 404);
		for (IEditorPart editor : editors) {
			assertTrue(editor.isDirty(), order + ": every editor is dirty");
		}

		editors.get(saving).doSave(new NullProgressMonitor());
		for (IEditorPart editor : editors) {
			assertFalse(editor.isDirty(), order + ": saved from " + order.get(saving) + ", no editor is dirty");
		}
		page.closeAllEditors(false);

		Project saved = SegmentationFiles.load(path(model));
		assertEquals(RENAMED, ((Segment) saved.eResource().getEObject("seg-career")).getName(), "the model editor's edit");
		DiagramFile diagrams = diagramFileOnDisk();
		assertPosition(diagrams, "segment-tree", TREE_NODE, 777, 333);
		assertPosition(diagrams, "buying-centre-map", CENTRE_NODE, 505, 404);
		log.assertNoErrors("editing the shared model");
	}

	@Test
	void undoInADiagramUndoesTheModelEditorsEditAndSavingAgainWritesIt() throws Exception {
		DiagramEditor diagram = (DiagramEditor) open("segment-tree");
		SegmentationEditor modelEditor = (SegmentationEditor) open("model");
		EditingDomain domain = modelEditor.getEditingDomain();
		EObject segment = modelEditor.getProject().eResource().getEObject("seg-career");
		domain.getCommandStack().execute(SetCommand.create(domain, segment, segment.eClass().getEStructuralFeature("name"), RENAMED));
		assertTrue(diagram.isDirty(), "the diagram is dirty with the model editor's edit");
		diagram.getEditingDomain().getCommandStack().undo();
		assertFalse(modelEditor.isDirty(), "undone in the diagram, the model editor is clean again");
		assertEquals("Career Climbers", ((Segment) segment).getName());
	}

	@Test
	void aCleanEditorReadsTheFileAgainWhenAnotherProgramChangesIt() throws Exception {
		SegmentationEditor modelEditor = (SegmentationEditor) open("model");
		DiagramEditor diagram = (DiagramEditor) open("segment-tree");
		Project before = modelEditor.getProject();

		Project changed = SegmentationFiles.load(path(model));
		((Segment) changed.eResource().getEObject("seg-career")).setName(RENAMED);
		SegmentationFiles.save(changed, path(model));
		model.refreshLocal(IResource.DEPTH_ZERO, null);

		assertTrue(DiagramWorkbench.waitUntil(10_000, () -> modelEditor.getProject() != before),
				"the model editor read the file again");
		assertEquals(RENAMED, ((Segment) modelEditor.getProject().eResource().getEObject("seg-career")).getName());
		assertSame(modelEditor.getEditingDomain(), diagram.getEditingDomain(), "still one domain");
		assertFalse(modelEditor.isDirty(), "nothing to save: the editor shows the file");
		assertTrue(DiagramWorkbench.waitForText(diagram, RENAMED), "the diagram shows the new name");
		log.assertNoErrors("editing the shared model");
	}

	@Test
	void deletingTheModelFileClosesItsEditors() throws Exception {
		open("model");
		open("segment-tree");
		assertEquals(2, page.getEditorReferences().length);
		model.delete(true, null);
		assertTrue(DiagramWorkbench.waitUntil(10_000, () -> page.getEditorReferences().length == 0),
				"the editors of the deleted file closed");
	}

	@Test
	void theLastEditorToCloseLetsTheModelGoAndTheNextOneReadsTheFile() throws Exception {
		SegmentationEditor first = (SegmentationEditor) open("model");
		EditingDomain domain = first.getEditingDomain();
		page.closeAllEditors(false);
		SegmentationEditor second = (SegmentationEditor) open("model");
		assertNotSame(domain, second.getEditingDomain(), "a new domain once every editor has closed");
	}

	@Test
	void aDiagramOpenedFirstReadsTheModelInAJobAndAModelEditorOpenedMeanwhileSharesIt() throws Exception {
		DiagramEditor diagram = OpenDiagramHandler.open(page, model, DiagramKinds.getDefault().get("segment-tree"));
		// the job hands the model over through the UI thread's queue, which this test has not run yet
		assertNull(diagram.getEditingDomain(), "the model is read off the UI thread");
		String reading = NLS.bind(Messages.DiagramEditor_loading, model.getFullPath());
		assertTrue(labels(page.getWorkbenchWindow().getShell()).contains(reading), "the editor says it reads the file");

		SegmentationEditor modelEditor = (SegmentationEditor) open("model");
		// on top of the diagram, whose page gets its size when it comes to the front
		page.activate(diagram);

		assertTrue(DiagramWorkbench.waitForDiagram(diagram), "the diagram is shown once the model is read");
		assertSame(modelEditor.getEditingDomain(), diagram.getEditingDomain(), "one domain, read once");
		assertFalse(labels(page.getWorkbenchWindow().getShell()).contains(reading), "the editor no longer says it reads");
	}

	@Test
	void aDiagramOfAModelAlreadyOpenOpensItsServerSessionOffTheUiThread() throws Exception {
		SegmentationEditor modelEditor = (SegmentationEditor) open("model");
		DiagramEditor diagram = OpenDiagramHandler.open(page, model, DiagramKinds.getDefault().get("segment-tree"));
		// the first session of the workbench starts Jetty; the job hands the session over through the
		// UI thread's queue, which this test has not run yet
		assertNull(diagram.browser(), "the session is opened off the UI thread");
		assertSame(modelEditor.getEditingDomain(), diagram.getEditingDomain(), "the model editor's domain, at once");
		assertFalse(labels(page.getWorkbenchWindow().getShell()).contains(NLS.bind(Messages.DiagramEditor_loading, model.getFullPath())),
				"the model is not read again, so the editor does not say it reads it");

		assertTrue(DiagramWorkbench.waitForDiagram(diagram), "the diagram is shown once the session is open");
	}

	@Test
	void aDiagramClosedWhileItReadsTheModelLetsTheModelGo() throws Exception {
		String job = NLS.bind(Messages.DiagramEditor_loadingJob, model.getName());
		List<String> scheduled = new CopyOnWriteArrayList<>();
		IJobChangeListener listener = new JobChangeAdapter() {
			@Override
			public void scheduled(IJobChangeEvent event) {
				scheduled.add(event.getJob().getName());
			}
		};
		Job.getJobManager().addJobChangeListener(listener);
		try {
			DiagramEditor diagram = OpenDiagramHandler.open(page, model, DiagramKinds.getDefault().get("segment-tree"));
			assertTrue(labels(page.getWorkbenchWindow().getShell()).contains(NLS.bind(Messages.DiagramEditor_loading, model.getFullPath())),
					"the editor reads the model");
			// before the UI thread's queue has run, where the editor would start its reading job
			page.closeEditor(diagram, false);

			assertTrue(DiagramWorkbench.waitUntil(10_000,
					() -> Arrays.stream(Job.getJobManager().find(null)).noneMatch(running -> running.getName().equals(job))), "the job ends");
			DiagramWorkbench.settle(200);
		} finally {
			Job.getJobManager().removeJobChangeListener(listener);
		}
		assertFalse(scheduled.contains(job), "an editor closed before it started reading reads nothing: " + scheduled);
		assertTrue(SharedModels.getDefault().find(model.getLocation().toFile().toPath()).isEmpty(),
				"no model is held for the closed editor");
	}

	/** The texts of the labels in {@code control} and its children. */
	private static List<String> labels(Control control) {
		List<String> texts = new ArrayList<>();
		if (control instanceof Label label) {
			texts.add(label.getText());
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				texts.addAll(labels(child));
			}
		}
		return texts;
	}

	private IEditorPart open(String editor) throws Exception {
		if (editor.equals("model")) {
			return IDE.openEditor(page, model, SegmentationEditor.ID);
		}
		DiagramEditor diagram = OpenDiagramHandler.open(page, model, DiagramKinds.getDefault().get(editor));
		assertTrue(DiagramWorkbench.waitForDiagram(diagram), editor + " is shown");
		return diagram;
	}

	/**
	 * Moves a node with the command a drag in the page runs on the server (see
	 * {@code DiagramOperationHandlers.ChangeBounds}), on the diagram's editing domain.
	 */
	private void move(DiagramEditor diagram, String kind, String node, double x, double y) throws Exception {
		EditingDomain domain = diagram.getEditingDomain();
		Project project = (Project) domain.getResourceSet().getResource(URI.createFileURI(path(model).toString()), false)
				.getContents().get(0);
		DiagramSession session = DiagramSession.open(domain, project, DiagramKinds.getDefault(), kind);
		Command move = session.layout().changeBounds(Map.of(node, new Bounds(x, y, 180, 60)));
		assertTrue(move.canExecute(), kind + ": the move can run");
		domain.getCommandStack().execute(move);
		DiagramFile file = diagramFileIn(domain.getResourceSet());
		double[] position = position(file, kind, node);
		assertTrue(position != null && position[0] == x, kind + ": the move reached the diagram file; it holds "
				+ (file == null ? "nothing" : file.getViews().stream().map(view -> view.getKind() + " " + view.getNodes().stream()
						.filter(layout -> layout.getNode().equals(node)).map(layout -> layout.getX() + "," + layout.getY()).toList())
						.toList()) + "; resources " + domain.getResourceSet().getResources().stream().map(Resource::getURI).toList());
	}

	private DiagramFile diagramFileIn(ResourceSet resourceSet) {
		Resource resource = resourceSet.getResource(DiagramFiles.stateUri(URI.createFileURI(path(model).toString())), false);
		return resource == null || resource.getContents().isEmpty() ? null : (DiagramFile) resource.getContents().get(0);
	}

	private DiagramFile diagramFileOnDisk() throws Exception {
		ResourceSet resourceSet = SegmentationFiles.newResourceSet();
		SegmentationFiles.load(resourceSet, path(model));
		return (DiagramFile) DiagramFiles.stateResource(resourceSet, URI.createFileURI(path(model).toString())).getContents().get(0);
	}

	private static void assertPosition(DiagramFile file, String kind, String node, double x, double y) {
		double[] position = position(file, kind, node);
		assertTrue(position != null, kind + ": the diagram file holds the moved node " + node);
		assertEquals(1, file.getViews().stream().filter(view -> kind.equals(view.getKind())).flatMap(view -> view.getNodes().stream())
				.filter(layout -> node.equals(layout.getNode())).count(), kind + ": one layout per node");
		assertEquals(x, position[0], 1e-9, kind + " x");
		assertEquals(y, position[1], 1e-9, kind + " y");
	}

	private static double[] position(DiagramFile file, String kind, String node) {
		if (file == null) {
			return null;
		}
		return file.getViews().stream().filter(view -> kind.equals(view.getKind())).map(DiagramView::getNodes).flatMap(List::stream)
				.filter(layout -> node.equals(layout.getNode())).map(layout -> new double[] { layout.getX(), layout.getY() })
				.reduce((first, last) -> last).orElse(null); // the last one counts, as the diagram reads it
	}

	private static Path path(IFile file) {
		return file.getLocation().toFile().toPath();
	}
}

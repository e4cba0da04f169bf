/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.resources.IFile;
import org.eclipse.e4.ui.model.application.ui.MElementContainer;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartSashContainerElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.segmenta.diagram.DiagramKinds;
import org.segmenta.diagram.ui.internal.DiagramEditor;
import org.segmenta.diagram.ui.internal.OpenDiagramHandler;
import org.segmenta.tests.support.ui.Screenshots;
import org.segmenta.ui.internal.editor.SegmentationEditor;

/**
 * The model editor's tree and the diagram editors follow each other's selection through the
 * workbench selection service: once, without echo, and without taking the focus.
 */
class SelectionSyncTest {

	private static final long SYNC_MILLIS = 10_000;
	/** Long enough for an echo to come back: post-selection delay, websocket and the client's render. */
	private static final long ECHO_MILLIS = 2_000;

	private IWorkbenchPage page;
	private IFile model;
	private SegmentationEditor modelEditor;
	private TreeViewer tree;
	private DiagramEditor diagram;
	/** The selections the tree and the diagram announced, in order. */
	private final List<String> treeChanges = new CopyOnWriteArrayList<>();
	private final List<String> diagramChanges = new CopyOnWriteArrayList<>();

	@BeforeEach
	void openTheModelAndItsSegmentTree() throws Exception {
		model = DiagramWorkbench.importExample();
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		modelEditor = (SegmentationEditor) IDE.openEditor(page, model);
		modelEditor.showModelTree();
		tree = modelEditor.getModelTreePage().getViewer();
		diagram = openDiagram();
		tree.addSelectionChangedListener(event -> treeChanges.add(ids(event.getSelection())));
		diagramSelection().addSelectionChangedListener(event -> diagramChanges.add(ids(event.getSelection())));
	}

	private DiagramEditor openDiagram() throws Exception {
		DiagramEditor editor = OpenDiagramHandler.open(page, model, DiagramKinds.getDefault().get("segment-tree"));
		assertTrue(DiagramWorkbench.waitForText(editor, "Balance Seekers"), "the segment tree is shown");
		// count what the workbench asks the diagram to select: an echo would show up here
		editor.browser().evaluate("""
				const api = window.segmentaDiagram;
				const selectElements = api.selectElements;
				window.selectElementsCalls = 0;
				api.selectElements = ids => { window.selectElementsCalls++; return selectElements(ids); };
				return true;""");
		return editor;
	}

	@AfterEach
	void closeEditors() {
		page.closeAllEditors(false);
	}

	@Test
	void selectingInTheModelTreeSelectsInTheDiagram() {
		page.activate(modelEditor);
		EObject career = element("seg-career");

		tree.setSelection(new StructuredSelection(career), true);

		assertTrue(DiagramWorkbench.waitUntil(SYNC_MILLIS, () -> diagramSelection().getSelection().equals(new StructuredSelection(career))),
				"the diagram reports the segment selected; it reports " + diagramSelection().getSelection());
		assertEquals(List.of("st-segment:seg-career"), clientSelection(diagram), "the client shows the segment's node selected");
		DiagramWorkbench.settle(ECHO_MILLIS);
		assertEquals(List.of("seg-career"), treeChanges, "the tree's selection changed once: the diagram's report did not come back");
		assertEquals(List.of("seg-career"), diagramChanges, "the diagram's selection changed once");
		assertEquals(1, selectElementsCalls(diagram), "the workbench asked the diagram once");
		assertSame(modelEditor, page.getActivePart(), "the model editor keeps the focus");

		tree.setSelection(new StructuredSelection(career), true);
		DiagramWorkbench.settle(ECHO_MILLIS);
		assertEquals(1, selectElementsCalls(diagram), "selecting what the diagram shows already costs the diagram nothing");
	}

	@Test
	void selectingInTheDiagramSelectsInTheModelTreeAndOutline() throws Exception {
		page.activate(modelEditor);
		page.showView(IPageLayout.ID_OUTLINE);
		IContentOutlinePage outline = modelEditor.getAdapter(IContentOutlinePage.class);
		page.activate(diagram);
		EObject security = element("seg-security");
		EObject career = element("seg-career");

		// what a click on two nodes dispatches in the client
		diagram.browser().execute("window.segmentaDiagram.select(['st-segment:seg-security', 'st-segment:seg-career']);");

		assertTrue(DiagramWorkbench.waitUntil(SYNC_MILLIS, () -> tree.getStructuredSelection().size() == 2),
				"the tree selects the two segments; it selects " + tree.getStructuredSelection());
		assertEquals(List.of(security, career).stream().sorted(this::treeOrder).toList(), tree.getStructuredSelection().toList());
		assertEquals(tree.getStructuredSelection(), outline.getSelection(), "the Outline follows the tree");
		DiagramWorkbench.settle(ECHO_MILLIS);
		assertEquals(List.of("seg-security seg-career"), diagramChanges, "the diagram's selection changed once");
		assertEquals(List.of(ids(tree.getSelection())), treeChanges, "the tree's selection changed once: it did not come back");
		assertEquals(0, selectElementsCalls(diagram), "the workbench did not push the diagram's own selection back into it");
		assertSame(diagram, page.getActivePart(), "the diagram keeps the focus");
		assertEquals(2, clientSelection(diagram).size(), "the diagram still shows both selected");

		placeBesideTheDiagram(modelEditor);
		page.setPartState(page.getReference(diagram), IWorkbenchPage.STATE_MAXIMIZED);
		DiagramWorkbench.settle(500);
		diagram.browser().evaluate("window.segmentaDiagram.dispatch({ kind: 'fit', elementIds: window.segmentaDiagram.selection(),"
				+ " padding: 120, maxZoom: 1, animate: false }); return true;");
		DiagramWorkbench.settle(ECHO_MILLIS);
		Screenshots.take("selection-sync-diagram-and-tree");
		page.setPartState(page.getReference(diagram), IWorkbenchPage.STATE_RESTORED);
		assertEquals(1, treeChanges.size(), "moving and zooming changed no selection");
	}

	@Test
	void aSecondDiagramFollowsTheFirstAndScrollsToTheSelection() throws Exception {
		DiagramEditor board = OpenDiagramHandler.open(page, model, DiagramKinds.getDefault().get("value-community-map"));
		assertTrue(DiagramWorkbench.waitForText(board, "Work-life balance"), "the value community map is shown");
		// beside the first, as a user follows one diagram in another: a diagram behind a tab renders
		// nothing (the browser gives a hidden page no frames) until it comes to the front
		placeBesideTheDiagram(board);
		// zoomed in far on the top-left corner: the segment is out of view
		board.browser().evaluate("window.segmentaDiagram.dispatch({ kind: 'viewport', elementId: 'diagram:value-community-map',"
				+ " newViewport: { scroll: { x: -2000, y: -2000 }, zoom: 2 }, animate: false }); return true;");
		DiagramWorkbench.settle(500);

		diagram.browser().execute("window.segmentaDiagram.select(['st-segment:seg-balance']);");

		assertTrue(DiagramWorkbench.waitUntil(SYNC_MILLIS, () -> clientSelection(board).stream().anyMatch(id -> id.endsWith(":seg-balance"))),
				"the value community map selects the segment; it selects " + clientSelection(board));
		assertTrue(DiagramWorkbench.waitUntil(SYNC_MILLIS, () -> Boolean.TRUE.equals(board.browser().evaluate("""
				const view = document.getElementById('segmenta-diagram').getBoundingClientRect();
				return window.segmentaDiagram.selection().some(id => {
					const node = document.getElementById('segmenta-diagram_' + id);
					const box = node && node.getBoundingClientRect();
					return !!box && box.right > view.left && box.left < view.right && box.bottom > view.top && box.top < view.bottom;
				});"""))), () -> "the selected node was scrolled into view; the map is at " + board.browser().evaluate(
				"return JSON.stringify({ zoom: window.segmentaDiagram.zoom(), hidden: document.hidden });"));
		assertEquals(new StructuredSelection(element("seg-balance")), tree.getStructuredSelection(), "the model tree follows too");
		assertSame(diagram, page.getActivePart(), "the first diagram keeps the focus");
	}

	@Test
	void aDiagramOpenedBeforeTheModelEditorSelectsTheEditorsElements() throws Exception {
		page.closeAllEditors(false);
		diagram = openDiagram();
		modelEditor = (SegmentationEditor) IDE.openEditor(page, model);
		modelEditor.showModelTree();
		tree = modelEditor.getModelTreePage().getViewer();
		assertSame(modelEditor.getEditingDomain(), diagram.getEditingDomain(), "opened after the diagram, the editor shares its domain");
		page.activate(diagram);

		diagram.browser().execute("window.segmentaDiagram.select(['st-segment:seg-purpose']);");

		assertTrue(DiagramWorkbench.waitUntil(SYNC_MILLIS, () -> tree.getStructuredSelection().equals(new StructuredSelection(element("seg-purpose")))),
				"the tree selects the segment; it selects " + tree.getStructuredSelection());

		page.activate(modelEditor);
		tree.setSelection(new StructuredSelection(element("seg-community")), true);
		assertTrue(DiagramWorkbench.waitUntil(SYNC_MILLIS, () -> clientSelection(diagram).equals(List.of("st-segment:seg-community"))),
				"the diagram selects the tree's element; it selects " + clientSelection(diagram));
	}

	@Test
	void aDiagramOpenedFromTheModelTreeShowsTheTreesSelection() throws Exception {
		diagram.getSite().getPage().closeEditor(diagram, false);
		page.activate(modelEditor);
		tree.setSelection(new StructuredSelection(element("seg-security")), true);

		DiagramEditor opened = OpenDiagramHandler.open(page, model, DiagramKinds.getDefault().get("segment-tree"));

		assertTrue(DiagramWorkbench.waitUntil(SYNC_MILLIS, () -> opened.browser() != null && Boolean.TRUE.equals(opened.browser().evaluate("return !!window.segmentaDiagramReady;"))
				&& clientSelection(opened).equals(List.of("st-segment:seg-security"))),
				"the new diagram shows the tree's segment selected once it is ready");
		assertEquals(new StructuredSelection(element("seg-security")), opened.getSite().getSelectionProvider().getSelection(),
				"and reports it like a click");
	}

	private EObject element(String id) {
		return modelEditor.getProject().eResource().getEObject(id);
	}

	private int treeOrder(EObject one, EObject other) {
		List<EObject> all = new ArrayList<>();
		modelEditor.getProject().eAllContents().forEachRemaining(all::add);
		return Integer.compare(all.indexOf(one), all.indexOf(other));
	}

	private static String ids(ISelection selection) {
		List<?> elements = ((IStructuredSelection) selection).toList();
		return elements.stream().map(element -> EcoreUtil.getID((EObject) element)).collect(Collectors.joining(" "));
	}

	private ISelectionProvider diagramSelection() {
		return diagram.getSite().getSelectionProvider();
	}

	private static List<String> clientSelection(DiagramEditor editor) {
		Object[] ids = (Object[]) editor.browser().evaluate("return window.segmentaDiagram.selection();");
		return Arrays.stream(ids).map(String.class::cast).toList();
	}

	private static int selectElementsCalls(DiagramEditor editor) {
		return ((Number) editor.browser().evaluate("return window.selectElementsCalls;")).intValue();
	}

	/** Moves {@code editor} into a stack of its own right of the diagram's, as a user drags it there, and activates the diagram. */
	private void placeBesideTheDiagram(IEditorPart editor) {
		EModelService models = editor.getSite().getService(EModelService.class);
		MPart part = editor.getSite().getService(MPart.class);
		MElementContainer<MUIElement> stack = part.getParent();
		MPartStack beside = models.createModelElement(MPartStack.class);
		models.insert(beside, (MPartSashContainerElement) stack, EModelService.RIGHT_OF, 0.45f);
		beside.getChildren().add(part);
		beside.setSelectedElement(part);
		page.activate(diagram);
	}
}

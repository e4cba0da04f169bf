/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.FileEditorInput;
import org.eclipse.ui.views.properties.PropertySheet;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.segmenta.diagram.DiagramKinds;
import org.segmenta.diagram.ui.internal.DiagramEditor;
import org.segmenta.diagram.ui.internal.OpenDiagramHandler;
import org.segmenta.tests.support.ui.Screenshots;
import org.segmenta.ui.internal.editor.SegmentationEditor;

/**
 * The diagram's context menu items that reach into the workbench, chosen in the page as a user
 * does: "Show in model tree" opens the model editor on its tree with the element selected, and
 * "Properties" opens the Properties view on it.
 */
class DiagramWorkbenchMenuTest {

	private static final String CAREER_NODE = "st-segment:seg-career";

	private IFile model;
	private IWorkbenchPage page;
	private DiagramEditor diagram;

	@BeforeEach
	void openTheSegmentTreeAlone() throws Exception {
		model = DiagramWorkbench.exampleInFreshProject("DiagramMenu");
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		page.closeAllEditors(false);
		IViewPart properties = page.findView(IPageLayout.ID_PROP_SHEET);
		if (properties != null) {
			page.hideView(properties);
		}
		diagram = OpenDiagramHandler.open(page, model, DiagramKinds.getDefault().get("segment-tree"));
		assertTrue(DiagramWorkbench.waitForText(diagram, "Career Climbers"), "the segment tree is shown");
		page.activate(diagram);
	}

	@AfterEach
	void closeEditors() {
		page.closeAllEditors(false);
	}

	@Test
	void showInModelTreeOpensTheModelEditorWithTheElementSelected() throws Exception {
		assertNull(page.findEditor(new FileEditorInput(model)), "no model editor is open yet");

		chooseFromTheMenuOf(CAREER_NODE, "segmenta.show-in-tree");

		assertTrue(DiagramWorkbench.waitUntil(10_000, () -> page.getActiveEditor() instanceof SegmentationEditor),
				"the model editor opens and comes to the front; the active editor is " + page.getActiveEditor());
		SegmentationEditor modelEditor = (SegmentationEditor) page.getActiveEditor();
		EObject career = modelEditor.getProject().eResource().getEObject("seg-career");
		assertTrue(DiagramWorkbench.waitUntil(5_000,
				() -> modelEditor.getModelTreePage().getViewer().getStructuredSelection().equals(new StructuredSelection(career))),
				"the tree selects the segment; it selects " + modelEditor.getModelTreePage().getViewer().getStructuredSelection());
		assertTrue(modelEditor.getModelTreePage().getViewer().getControl().isVisible(), "the tree is in front");
		Screenshots.take("diagram-show-in-model-tree");

		// again with the editor open behind the diagram: it is brought to the front, not opened twice
		page.activate(diagram);
		chooseFromTheMenuOf("st-segment:seg-security", "segmenta.show-in-tree");
		EObject security = modelEditor.getProject().eResource().getEObject("seg-security");
		assertTrue(DiagramWorkbench.waitUntil(10_000, () -> page.getActiveEditor() == modelEditor
				&& modelEditor.getModelTreePage().getViewer().getStructuredSelection().equals(new StructuredSelection(security))),
				"the same editor selects the other segment");
		assertEquals(2, page.getEditorReferences().length, "the diagram and one model editor");
	}

	@Test
	void propertiesOpensThePropertiesViewOnTheElement() throws Exception {
		chooseFromTheMenuOf(CAREER_NODE, "segmenta.properties");

		assertTrue(DiagramWorkbench.waitUntil(10_000, () -> page.findView(IPageLayout.ID_PROP_SHEET) instanceof PropertySheet view
				&& view.getCurrentPage() instanceof TabbedPropertySheetPage sheet && sheet.getCurrentTab() != null),
				"the Properties view opens with the model editor's tabs");
		TabbedPropertySheetPage sheet = (TabbedPropertySheetPage) ((PropertySheet) page.findView(IPageLayout.ID_PROP_SHEET)).getCurrentPage();
		Text name = DiagramWorkbench.nameField(sheet);
		assertEquals("Career Climbers", name.getText(), "the view shows the segment chosen in the diagram");
		Screenshots.take("diagram-properties-from-menu");
	}

	/** Right-clicks the node in the page, waits for the menu and clicks the item; fails naming the items shown otherwise. */
	private void chooseFromTheMenuOf(String nodeId, String itemId) {
		String node = "document.querySelector('#segmenta-diagram [id=\"segmenta-diagram_" + nodeId + "\"] .segmenta-shape')";
		diagram.browser().execute("window.segmentaDiagram.center(['" + nodeId + "']);");
		assertTrue(DiagramWorkbench.waitUntil(5_000, () -> Boolean.TRUE.equals(diagram.browser().evaluate("return !!" + node + ";"))),
				"the node " + nodeId + " is drawn");
		String item = "document.querySelector('.segmenta-context-menu [data-id=\"" + itemId + "\"]')";
		DiagramWorkbench.settle(300);
		// in a block: the page's global scope keeps what a script declares at its top
		diagram.browser().execute("{ const box = " + node + ".getBoundingClientRect();"
				+ node + ".dispatchEvent(new MouseEvent('contextmenu', { bubbles: true, cancelable: true, button: 2,"
				+ " clientX: box.x + box.width / 2, clientY: box.y + 5 })); }");
		boolean shown = DiagramWorkbench.waitUntil(10_000, () -> Boolean.TRUE.equals(diagram.browser().evaluate("return !!" + item + ";")));
		Object items = diagram.browser().evaluate(
				"return Array.from(document.querySelectorAll('.segmenta-context-menu [data-id]')).map(e => e.dataset.id).join(' ');");
		assertTrue(shown, "the menu offers " + itemId + "; it offers " + items);
		assertTrue(List.of(String.valueOf(items).split(" ")).contains("segmenta.properties"), "Properties beside it: " + items);
		diagram.browser().execute(item + ".click();");
	}
}

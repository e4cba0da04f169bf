/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.bindings.TriggerSequence;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.Test;
import org.segmenta.diagram.DiagramKinds;
import org.segmenta.diagram.ui.internal.DiagramEditor;
import org.segmenta.diagram.ui.internal.OpenDiagramHandler;
import org.segmenta.model.Segmentation;
import org.segmenta.tests.support.ui.WorkspaceLog;

/**
 * The diagram's keys are the workbench's key bindings, listed in Help > Key Assist while a diagram
 * editor is active, and pressed on the keyboard in the SWT Browser they run their command once; the
 * page's toolbar answers the mouse there.
 */
class DiagramKeysTest extends ExampleDiagramTestCase {

	/** The diagram's commands and the keys Key Assist lists for them (GTK spells Ctrl and Alt so). */
	private static final Map<String, String> KEYS = new LinkedHashMap<>();
	static {
		KEYS.put("org.segmenta.diagram.ui.page.zoomIn", "Ctrl+=");
		KEYS.put("org.segmenta.diagram.ui.page.zoomOut", "Ctrl+-");
		KEYS.put("org.segmenta.diagram.ui.page.actualSize", "Ctrl+0");
		KEYS.put("org.segmenta.diagram.ui.page.fit", "Shift+Ctrl+F");
		KEYS.put("org.segmenta.diagram.ui.page.arrangeAll", "Shift+Alt+L");
		KEYS.put("org.segmenta.diagram.ui.page.hide", "Shift+Alt+H");
		KEYS.put("org.segmenta.diagram.ui.page.remove", "Shift+Alt+R");
		KEYS.put("org.segmenta.diagram.ui.page.showHidden", "Shift+Alt+U");
		KEYS.put("org.segmenta.diagram.ui.page.pin", "Shift+Alt+N");
		KEYS.put("org.segmenta.diagram.ui.page.duplicate", "Ctrl+D");
		KEYS.put("org.segmenta.diagram.ui.page.toggleGrid", "Shift+Alt+G");
		KEYS.put("org.segmenta.diagram.ui.page.showInTree", "Shift+Alt+W");
		KEYS.put("org.segmenta.diagram.ui.page.properties", "Alt+Enter");
		KEYS.put("org.segmenta.diagram.ui.export", "Shift+Alt+E");
	}


	@Test
	void keyAssistListsTheDiagramsKeysWhileADiagramEditorIsActive() throws Exception {
		DiagramEditor editor = OpenDiagramHandler.open(page, model, DiagramKinds.getDefault().get("segment-tree"));
		assertTrue(DiagramWorkbench.waitForDiagram(editor), "the tree is drawn");
		IContextService contexts = PlatformUI.getWorkbench().getService(IContextService.class);
		IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
		page.activate(editor);
		DiagramWorkbench.settle(300);
		assertTrue(contexts.getActiveContextIds().contains("org.segmenta.diagram.ui.context"), "the diagram's context is active");
		for (Map.Entry<String, String> key : KEYS.entrySet()) {
			List<String> listed = List.of(bindings.getActiveBindingsFor(key.getKey())).stream().map(TriggerSequence::format).toList();
			assertTrue(listed.contains(key.getValue()), key.getKey() + " is bound to " + key.getValue() + ": " + listed);
		}
		page.activate(page.showView(IPageLayout.ID_PROJECT_EXPLORER));
		DiagramWorkbench.settle(300);
		assertFalse(contexts.getActiveContextIds().contains("org.segmenta.diagram.ui.context"),
				"elsewhere the keys are the workbench's (Alt+Shift+N opens the New menu)");
	}

	@Test
	void keysPressedInTheBrowserRunTheirCommandOnce() throws Exception {
		try (WorkspaceLog log = WorkspaceLog.start()) {
			DiagramEditor editor = OpenDiagramHandler.open(page, model, DiagramKinds.getDefault().get("segment-tree"));
			assertTrue(DiagramWorkbench.waitForText(editor, "Career Climbers"), "the tree is drawn");
			page.activate(editor);
			editor.getSite().getShell().forceActive();
			editor.browser().setFocus();
			DiagramWorkbench.settle(300);

			double before = zoom(editor);
			press(SWT.CTRL, '=');
			assertTrue(DiagramWorkbench.waitUntil(5_000, () -> zoom(editor) > before), "Ctrl+= zooms in");
			DiagramWorkbench.settle(500);
			assertEquals(before * 1.25, zoom(editor), 1e-6, "one step: the key runs its command once");
			press(SWT.CTRL, '0');
			assertTrue(DiagramWorkbench.waitUntil(5_000, () -> Math.abs(zoom(editor) - 1) < 1e-6), "Ctrl+0 shows 100 %: " + zoom(editor));

			EditingDomain domain = editor.getEditingDomain();
			EObject segment = domain.getResourceSet().getResources().stream().map(resource -> resource.getEObject("seg-career"))
					.filter(Objects::nonNull).findFirst().orElseThrow();
			Segmentation segmentation = (Segmentation) segment.eContainer();
			int segments = segmentation.getSegments().size();
			editor.browser().execute("window.segmentaDiagram.select(['st-segment:seg-career']);");
			DiagramWorkbench.settle(500);
			editor.browser().setFocus();
			press(SWT.CTRL, 'd');
			assertTrue(DiagramWorkbench.waitUntil(10_000, () -> segmentation.getSegments().size() > segments), "Ctrl+D duplicates the segment");
			DiagramWorkbench.settle(1000);
			assertEquals(segments + 1, segmentation.getSegments().size(), "once");
			domain.getCommandStack().undo();
			assertEquals(segments, segmentation.getSegments().size(), "and the duplicate is undone");

			// Ctrl+C and Ctrl+V are the workbench's Copy and Paste, which the diagram handles while active
			editor.browser().execute("window.segmentaDiagram.select(['st-segment:seg-career']);");
			DiagramWorkbench.settle(500);
			editor.browser().setFocus();
			press(SWT.CTRL, 'c');
			DiagramWorkbench.settle(500);
			press(SWT.CTRL, 'v');
			assertTrue(DiagramWorkbench.waitUntil(10_000, () -> segmentation.getSegments().size() > segments), "Ctrl+C, Ctrl+V pastes a copy");
			DiagramWorkbench.settle(1000);
			assertEquals(segments + 1, segmentation.getSegments().size(), "one copy");
			domain.getCommandStack().undo();
			log.assertNoErrors("pressing the diagram's keys");
		}
	}

	@Test
	void theToolbarAnswersTheMouseInTheBrowser() throws Exception {
		try (WorkspaceLog log = WorkspaceLog.start()) {
			DiagramEditor editor = OpenDiagramHandler.open(page, model, DiagramKinds.getDefault().get("segment-tree"));
			assertTrue(DiagramWorkbench.waitForText(editor, "Career Climbers"), "the tree is drawn");
			page.activate(editor);
			editor.getSite().getShell().forceActive();
			DiagramWorkbench.settle(300);

			double before = zoom(editor);
			click(editor, "zoom-in");
			assertTrue(DiagramWorkbench.waitUntil(5_000, () -> zoom(editor) > before), "the zoom-in button zooms in");
			DiagramWorkbench.settle(500);
			assertEquals(before * 1.25, zoom(editor), 1e-6, "one step a click");

			assertFalse(editor.getEditingDomain().getCommandStack().canUndo(), "nothing to undo yet");
			click(editor, "arrange-all");
			assertTrue(DiagramWorkbench.waitUntil(20_000, () -> editor.getEditingDomain().getCommandStack().canUndo()),
					"Arrange all is one command on the editing domain");
			assertTrue(editor.isDirty(), "and the editor is dirty");
			editor.getEditingDomain().getCommandStack().undo();
			log.assertNoErrors("clicking the toolbar");
		}
	}

	/** Clicks the toolbar button of {@code command} with the mouse, in the middle of the button as it is drawn. */
	private static void click(DiagramEditor editor, String command) {
		Object box = editor.browser().evaluate("const box = document.querySelector('.segmenta-toolbar-button[data-command=\"" + command
				+ "\"]').getBoundingClientRect(); return [box.left + box.width / 2, box.top + box.height / 2];");
		Object[] middle = (Object[]) box;
		Point onScreen = editor.browser().toDisplay(((Number) middle[0]).intValue(), ((Number) middle[1]).intValue());
		Display display = Display.getCurrent();
		Event move = new Event();
		move.type = SWT.MouseMove;
		move.x = onScreen.x;
		move.y = onScreen.y;
		display.post(move);
		DiagramWorkbench.settle(100);
		for (int type : new int[] { SWT.MouseDown, SWT.MouseUp }) {
			Event button = new Event();
			button.type = type;
			button.button = 1;
			display.post(button);
		}
		DiagramWorkbench.settle(200);
	}

	private static double zoom(DiagramEditor editor) {
		return ((Number) editor.browser().evaluate("return window.segmentaDiagram.zoom();")).doubleValue();
	}

	/** Presses {@code character} with {@code modifier} held, as the keyboard would. */
	private static void press(int modifier, char character) {
		Display display = Display.getCurrent();
		post(display, SWT.KeyDown, modifier, '\0');
		post(display, SWT.KeyDown, 0, character);
		post(display, SWT.KeyUp, 0, character);
		post(display, SWT.KeyUp, modifier, '\0');
		DiagramWorkbench.settle(200);
	}

	private static void post(Display display, int type, int keyCode, char character) {
		Event event = new Event();
		event.type = type;
		event.keyCode = keyCode;
		event.character = character;
		display.post(event);
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.segmenta.model.Persona;
import org.segmenta.model.Segment;
import org.segmenta.model.SegmentaPackage;
import org.segmenta.model.Segmentation;
import org.segmenta.tests.support.ui.Screenshots;
import org.segmenta.ui.internal.editor.PersonasPage;
import org.segmenta.ui.internal.editor.SegmentationEditor;
import org.segmenta.ui.internal.properties.FieldGroup;

/**
 * The workbench's Edit menu and its commands act on the editor's page in front: model elements
 * in the model tree, the focused text in a form page, the model's command stack everywhere.
 */
class EditMenuTest extends ExampleEditorTestCase {

	@Test
	void deleteInTheModelTreeRemovesTheSelectedSegmentAndUndoBringsItBack() throws Exception {
		editor.showModelTree();
		Segmentation segmentation = project.getSegmentations().get(0);
		Segment segment = segmentation.getSegments().get(1);
		select(segment);

		assertTrue(handler(ActionFactory.DELETE).isEnabled(), "Delete is enabled for the selected segment");
		execute("org.eclipse.ui.edit.delete");
		assertFalse(segmentation.getSegments().contains(segment), "the segment is gone");

		assertTrue(handler(ActionFactory.UNDO).isEnabled());
		assertEquals("&Undo Delete", handler(ActionFactory.UNDO).getText());
		execute("org.eclipse.ui.edit.undo");
		assertSame(segment, segmentation.getSegments().get(1), "Undo brings the segment back where it was");
		execute("org.eclipse.ui.edit.redo");
		assertFalse(segmentation.getSegments().contains(segment), "Redo deletes it again");
	}

	@Test
	void copyAndPasteInTheModelTreeDuplicateASegment() throws Exception {
		editor.showModelTree();
		Segmentation segmentation = project.getSegmentations().get(0);
		Segment original = segmentation.getSegments().get(0);
		int before = segmentation.getSegments().size();

		select(original);
		handler(ActionFactory.COPY).run();
		select(segmentation);
		assertTrue(handler(ActionFactory.PASTE).isEnabled(), "Paste is enabled once something is copied");
		handler(ActionFactory.PASTE).run();

		assertEquals(before + 1, segmentation.getSegments().size());
		Segment pasted = segmentation.getSegments().get(before);
		assertEquals(original.getName(), pasted.getName());
		assertNotEquals(original.getId(), pasted.getId());
		execute("org.eclipse.ui.edit.undo");
		assertEquals(before, segmentation.getSegments().size(), "Undo takes the pasted copy away");
	}

	@Test
	void selectAllInTheModelTreeSelectsEveryShownElement() throws Exception {
		editor.showModelTree();
		TreeViewer viewer = editor.getModelTreePage().getViewer();
		select(project.getSegmentations().get(0));

		execute("org.eclipse.ui.edit.selectAll");

		List<?> selected = viewer.getStructuredSelection().toList();
		assertTrue(selected.contains(project), "the project is selected");
		assertTrue(selected.containsAll(project.getSegmentations().get(0).getSegments()), "and the segments under it");
		assertTrue(handler(ActionFactory.COPY).isEnabled(), "the selection can be copied");
	}

	@Test
	void inAFormPageTheEditActionsWorkOnTheFocusedTextAndUndoOnTheModel() throws Exception {
		// a segment selected in the tree must not be what Delete removes on a form page
		editor.showModelTree();
		Segment segment = project.getSegmentations().get(0).getSegments().get(0);
		select(segment);
		PersonasPage page = editor.showPersonas();
		ExampleWorkspace.processEvents();
		Persona persona = project.getPersonas().get(0);
		FieldGroup card = page.cards().get(0);
		Text name = (Text) card.field("name").orElseThrow().control();
		Text home = (Text) card.field("home").orElseThrow().control();
		String oldHome = persona.getHome();

		focus(name);
		execute("org.eclipse.ui.edit.selectAll");
		assertEquals(persona.getName(), name.getSelectionText(), "Select All selects the field's text");
		assertTrue(handler(ActionFactory.COPY).isEnabled());
		execute("org.eclipse.ui.edit.copy");
		assertEquals(persona.getName(), clipboardText(), "Copy puts the selected text on the clipboard");

		focus(home);
		handler(ActionFactory.SELECT_ALL).run();
		assertTrue(handler(ActionFactory.PASTE).isEnabled());
		execute("org.eclipse.ui.edit.paste");
		assertEquals(persona.getName(), home.getText(), "Paste replaces the selection with the clipboard");
		handler(ActionFactory.SELECT_ALL).run();
		execute("org.eclipse.ui.edit.delete");
		assertEquals("", home.getText(), "Delete removes the selected text");
		assertTrue(project.getSegmentations().get(0).getSegments().contains(segment), "and no model element");
		home.setText("Aarhus C");
		home.notifyListeners(SWT.FocusOut, new Event()); // leaving the field sets the model
		ExampleWorkspace.processEvents();
		assertEquals("Aarhus C", persona.getHome());

		assertTrue(handler(ActionFactory.UNDO).isEnabled(), "Undo works on the form page too");
		execute("org.eclipse.ui.edit.undo");
		ExampleWorkspace.processEvents();
		assertEquals(oldHome, persona.getHome(), "Undo takes the model's last change back");
		assertEquals(oldHome, home.getText(), "and the field shows it");
	}

	@Test
	void withoutAFocusedTextAFormPageHasNothingToCutCopyOrPaste() throws Exception {
		editor.showModelTree();
		select(project.getSegmentations().get(0).getSegments().get(0));
		editor.showOverview();
		ExampleWorkspace.processEvents();

		for (ActionFactory action : List.of(ActionFactory.CUT, ActionFactory.COPY, ActionFactory.PASTE,
				ActionFactory.DELETE, ActionFactory.SELECT_ALL)) {
			IAction handler = handler(action);
			assertNotNull(handler, action.getId() + " has a handler");
			assertFalse(handler.isEnabled(), action.getId() + " is disabled: the overview has no text field");
		}
	}

	@Test
	void undoActsOnTheActiveEditorsModel() throws Exception {
		ExampleWorkspace other = new ExampleWorkspace("EditMenuTestOther");
		SegmentationEditor second = other.open();
		var name = SegmentaPackage.Literals.NAMED_ELEMENT__NAME;
		stack.execute(SetCommand.create(editor.getEditingDomain(), project, name, "First model, renamed"));
		workspace.page.activate(second);
		ExampleWorkspace.processEvents();
		assertFalse(handler(ActionFactory.UNDO).isEnabled(), "the second model has nothing to undo");

		workspace.page.activate(editor);
		ExampleWorkspace.processEvents();
		execute("org.eclipse.ui.edit.undo");
		assertNotEquals("First model, renamed", project.getName(), "Undo took the first model's change back");
		assertFalse(editor.isDirty());
		assertFalse(second.isDirty());
	}

	@Test
	void theEditMenuShowsWhatThePageInFrontCanDo() throws Exception {
		PersonasPage page = editor.showPersonas();
		Persona persona = project.getPersonas().get(0);
		Text quote = (Text) page.cards().get(0).field("quote").orElseThrow().control();
		ExampleWorkspace.type(quote, persona.getQuote() + " Mostly.");
		Text name = (Text) page.cards().get(0).field("name").orElseThrow().control();
		focus(name);
		name.setSelection(0, 5);
		ExampleWorkspace.processEvents();

		List<String> items = openEditMenu(() -> Screenshots.take("edit-menu-personas"));

		assertShown(items, "enabled: &Undo Set");
		assertShown(items, "enabled: Cu&t");
		assertShown(items, "enabled: &Copy");
		assertShown(items, "enabled: &Paste");
		assertShown(items, "enabled: Select &All");
		assertShown(items, "disabled: &Redo");
	}

	private static void assertShown(List<String> items, String item) {
		assertTrue(items.stream().anyMatch(shown -> shown.startsWith(item)), "the Edit menu shows " + item + ": " + items);
	}

	/** Opens the workbench's Edit menu as a user does (Alt+E), runs {@code whileOpen}, closes it; its items. */
	private static List<String> openEditMenu(ThrowingRunnable whileOpen) throws Exception {
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		Display display = shell.getDisplay();
		Menu edit = Stream.of(shell.getMenuBar().getItems()).filter(item -> item.getText().replace("&", "").equals("Edit"))
				.findFirst().orElseThrow().getMenu();
		boolean[] shown = { false };
		edit.addListener(SWT.Show, event -> shown[0] = true);
		// the keys go to the window under the pointer; away from the menu, so no tooltip covers it
		Point inside = shell.toDisplay(800, 700);
		post(display, SWT.MouseMove, 0, inside);
		post(display, SWT.KeyDown, SWT.ALT, null);
		post(display, SWT.KeyDown, 'e', null);
		post(display, SWT.KeyUp, 'e', null);
		post(display, SWT.KeyUp, SWT.ALT, null);
		ExampleWorkspace.waitUntil(() -> shown[0], "the Edit menu opens");
		long end = System.currentTimeMillis() + 500;
		while (System.currentTimeMillis() < end) {
			ExampleWorkspace.processEvents();
		}
		whileOpen.run();
		List<String> items = new ArrayList<>();
		for (MenuItem item : edit.getItems()) {
			if ((item.getStyle() & SWT.SEPARATOR) == 0) {
				items.add((item.getEnabled() ? "enabled: " : "disabled: ") + item.getText());
			}
		}
		post(display, SWT.KeyDown, SWT.ESC, null);
		post(display, SWT.KeyUp, SWT.ESC, null);
		ExampleWorkspace.processEvents();
		return items;
	}

	private static void post(Display display, int type, int key, Point location) {
		Event event = new Event();
		event.type = type;
		if (location != null) {
			event.x = location.x;
			event.y = location.y;
		} else if (key == SWT.ALT) {
			event.keyCode = key;
		} else {
			event.character = (char) key;
		}
		display.post(event);
		ExampleWorkspace.processEvents();
	}

	private interface ThrowingRunnable {
		void run() throws Exception;
	}

	private void select(Object element) {
		editor.getModelTreePage().getViewer().setSelection(new StructuredSelection(element), true);
		ExampleWorkspace.processEvents();
	}

	private void focus(Text text) {
		editor.getSite().getShell().forceActive();
		assertTrue(text.setFocus(), "the field takes the focus");
		ExampleWorkspace.processEvents();
		assertSame(text, text.getDisplay().getFocusControl());
	}

	/** The handler the editor's action bars give the workbench's Edit action {@code action}. */
	private IAction handler(ActionFactory action) {
		return editor.getEditorSite().getActionBars().getGlobalActionHandler(action.getId());
	}

	/** Runs a workbench command as its key binding or menu item does. */
	private static void execute(String commandId) throws Exception {
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(commandId, null);
		ExampleWorkspace.processEvents();
	}

	private static String clipboardText() {
		Clipboard clipboard = new Clipboard(Display.getCurrent());
		try {
			return (String) clipboard.getContents(TextTransfer.getInstance());
		} finally {
			clipboard.dispose();
		}
	}
}

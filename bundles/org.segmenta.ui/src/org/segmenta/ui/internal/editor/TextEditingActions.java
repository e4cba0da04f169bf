/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.ui.internal.editor;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.actions.ActionFactory;

/**
 * Cut, Copy, Paste, Delete and Select All on the text field that has the focus in a form page, as
 * they work in a dialog; disabled while no text field of the page has the focus. The model is
 * changed when the user leaves the field, as after typing.
 */
final class TextEditingActions {

	private final Supplier<Control> page;
	private final Map<String, TextAction> actions = new LinkedHashMap<>();

	/** @param page the page whose text fields the actions work on; {@code null} for none */
	TextEditingActions(Supplier<Control> page) {
		this.page = page;
		add(ActionFactory.CUT, Messages.Editing_cut, text -> text.getEditable() && text.getSelectionCount() > 0, Text::cut);
		add(ActionFactory.COPY, Messages.Editing_copy, text -> text.getSelectionCount() > 0, Text::copy);
		add(ActionFactory.PASTE, Messages.Editing_paste, Text::getEditable, Text::paste);
		add(ActionFactory.DELETE, Messages.Editing_delete, text -> text.getEditable()
				&& (text.getSelectionCount() > 0 || text.getCaretPosition() < text.getCharCount()), TextEditingActions::delete);
		add(ActionFactory.SELECT_ALL, Messages.Editing_selectAll, text -> text.getCharCount() > 0, Text::selectAll);
	}

	private void add(ActionFactory global, String label, Predicate<Text> enabled, Consumer<Text> edit) {
		TextAction action = new TextAction(label, enabled, edit);
		action.setActionDefinitionId(global.getCommandId());
		actions.put(global.getId(), action);
	}

	/** The actions by their global action id. */
	Map<String, IAction> actions() {
		return Map.copyOf(actions);
	}

	/** Enables the actions for the focused field, its selection and its text as they are now. */
	void update() {
		Text text = focusedText();
		actions.values().forEach(action -> action.update(text));
	}

	/** The text field of the page that has the focus, or {@code null}. */
	private Text focusedText() {
		Control shown = page.get();
		if (shown == null || shown.isDisposed() || !(shown.getDisplay().getFocusControl() instanceof Text text)) {
			return null;
		}
		for (Control control = text; control != null; control = control.getParent()) {
			if (control == shown) {
				return text;
			}
		}
		return null;
	}

	/** Deletes the selection, or the character after the caret, as the Delete key does. */
	private static void delete(Text text) {
		if (text.getSelectionCount() == 0) {
			int caret = text.getCaretPosition();
			text.setSelection(caret, caret + 1);
		}
		text.insert("");
	}

	private final class TextAction extends Action {
		private final Predicate<Text> enabled;
		private final Consumer<Text> edit;

		TextAction(String label, Predicate<Text> enabled, Consumer<Text> edit) {
			super(label);
			this.enabled = enabled;
			this.edit = edit;
			setEnabled(false);
		}

		void update(Text text) {
			setEnabled(text != null && enabled.test(text));
		}

		@Override
		public void run() {
			Text text = focusedText();
			if (text != null && enabled.test(text)) {
				edit.accept(text);
			}
			TextEditingActions.this.update();
		}
	}
}

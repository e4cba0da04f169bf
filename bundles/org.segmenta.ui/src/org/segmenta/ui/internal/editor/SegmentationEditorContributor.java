/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.ui.internal.editor;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.MultiPageEditorActionBarContributor;

/**
 * The model editor's Edit menu (and its keys): Undo and Redo of the model's command stack on every
 * page; Cut, Copy, Paste, Delete and Select All as commands on the selected elements in the model
 * tree, and on the focused text field in the form pages. One contributor serves all open model
 * editors and follows the active one and its page in front.
 */
public class SegmentationEditorContributor extends MultiPageEditorActionBarContributor {

	/** The Edit actions that depend on the page in front. */
	private static final List<ActionFactory> PAGE_ACTIONS = List.of(ActionFactory.CUT, ActionFactory.COPY,
			ActionFactory.PASTE, ActionFactory.DELETE, ActionFactory.SELECT_ALL);
	/** What may change the focused text field or its selection, and the Edit menu about to show. */
	private static final int[] TEXT_EVENTS = { SWT.FocusIn, SWT.FocusOut, SWT.KeyUp, SWT.MouseUp, SWT.Modify, SWT.Show };

	private SegmentationEditor editor;
	private CommandStack stack;
	private Display display;
	private final StackAction undo = new StackAction(ActionFactory.UNDO, "&Undo", CommandStack::canUndo,
			CommandStack::getUndoCommand, CommandStack::undo);
	private final StackAction redo = new StackAction(ActionFactory.REDO, "&Redo", CommandStack::canRedo,
			CommandStack::getRedoCommand, CommandStack::redo);
	private final TextEditingActions textActions = new TextEditingActions(
			() -> editor == null ? null : editor.pageInFront());
	private final CommandStackListener stackTracker = event -> inUi(this::updateUndoRedo);
	private final Listener textTracker = event -> textActions.update();

	@Override
	public void init(IActionBars bars, IWorkbenchPage page) {
		super.init(bars, page);
		display = page.getWorkbenchWindow().getShell().getDisplay();
		for (int type : TEXT_EVENTS) {
			display.addFilter(type, textTracker);
		}
	}

	@Override
	public void setActiveEditor(IEditorPart part) {
		if (stack != null) {
			stack.removeCommandStackListener(stackTracker);
		}
		editor = part instanceof SegmentationEditor modelEditor ? modelEditor : null;
		stack = editor == null ? null : editor.getEditingDomain().getCommandStack();
		if (stack != null) {
			stack.addCommandStackListener(stackTracker);
		}
		updateUndoRedo();
		super.setActiveEditor(part);
	}

	/**
	 * Retargets the Edit actions to the page in front. The editor's pages are controls, not nested
	 * editors, so {@code activeNestedEditor} is always {@code null} and the editor is asked instead.
	 */
	@Override
	public void setActivePage(IEditorPart activeNestedEditor) {
		IActionBars bars = getActionBars();
		if (bars == null) {
			return;
		}
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
		Map<String, IAction> treeActions = editor == null ? null : editor.treeEditActionsInFront();
		Map<String, IAction> pageActions = treeActions != null ? treeActions : textActions.actions();
		for (ActionFactory action : PAGE_ACTIONS) {
			bars.setGlobalActionHandler(action.getId(), pageActions.get(action.getId()));
		}
		textActions.update();
		bars.updateActionBars();
	}

	private void updateUndoRedo() {
		undo.update();
		redo.update();
	}

	/** Runs {@code update} now on the UI thread, or soon from another thread. */
	private void inUi(Runnable update) {
		if (Display.getCurrent() == display) {
			update.run();
		} else if (!display.isDisposed()) {
			display.asyncExec(update);
		}
	}

	@Override
	public void dispose() {
		if (stack != null) {
			stack.removeCommandStackListener(stackTracker);
		}
		if (display != null && !display.isDisposed()) {
			for (int type : TEXT_EVENTS) {
				display.removeFilter(type, textTracker);
			}
		}
		editor = null;
		super.dispose();
	}

	/** Undo or Redo on the active editor's stack, named after the command it would take back or do again. */
	private final class StackAction extends Action {
		private final String label;
		private final Predicate<CommandStack> possible;
		private final Function<CommandStack, Command> next;
		private final Consumer<CommandStack> perform;

		StackAction(ActionFactory global, String label, Predicate<CommandStack> possible,
				Function<CommandStack, Command> next, Consumer<CommandStack> perform) {
			super(label);
			this.label = label;
			this.possible = possible;
			this.next = next;
			this.perform = perform;
			setActionDefinitionId(global.getCommandId());
			setEnabled(false);
		}

		void update() {
			boolean enabled = stack != null && possible.test(stack);
			String commandLabel = enabled ? next.apply(stack).getLabel() : null;
			setEnabled(enabled);
			setText(commandLabel == null || commandLabel.isBlank() ? label : label + " " + commandLabel);
		}

		@Override
		public void run() {
			if (stack != null && possible.test(stack)) {
				perform.accept(stack);
			}
		}
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.ui.internal.editor;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.command.CopyToClipboardCommand;
import org.eclipse.emf.edit.command.CutToClipboardCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.DragAndDropCommand;
import org.eclipse.emf.edit.command.PasteFromClipboardCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.dnd.TransferData;
import org.eclipse.ui.actions.ActionFactory;

/**
 * Cut, copy, paste, delete and drag-and-drop in the model tree, each an EMF.Edit command on the
 * editor's stack, so all of them can be undone, and Select All. The workbench's Edit menu and key
 * bindings reach them while the tree is in front (see {@link SegmentationEditorContributor}).
 */
class TreeEditing {

	private final TreeViewer viewer;
	private final EditingDomain domain;
	private final List<SelectionCommandAction> actions;
	private final Action selectAll = new Action(Messages.Editing_selectAll) {
		@Override
		public void run() {
			viewer.getTree().selectAll();
			// the widget's selection, announced to the viewer's listeners (Properties view, actions)
			viewer.setSelection(viewer.getSelection());
		}
	};

	TreeEditing(TreeViewer viewer, EditingDomain domain) {
		this.viewer = viewer;
		this.domain = domain;
		actions = List.of(
				new SelectionCommandAction(Messages.Editing_cut, ActionFactory.CUT, s -> CutToClipboardCommand.create(domain, s)),
				new SelectionCommandAction(Messages.Editing_copy, ActionFactory.COPY, s -> CopyToClipboardCommand.create(domain, s)),
				new SelectionCommandAction(Messages.Editing_paste, ActionFactory.PASTE,
						s -> s.size() == 1 ? PasteFromClipboardCommand.create(domain, s.iterator().next(), null)
								: UnexecutableCommand.INSTANCE),
				new SelectionCommandAction(Messages.Editing_delete, ActionFactory.DELETE, s -> DeleteCommand.create(domain, s)));
		selectAll.setActionDefinitionId(ActionFactory.SELECT_ALL.getCommandId());
		viewer.addSelectionChangedListener(event -> updateEnablement());
		addDragAndDrop();
	}

	List<? extends Action> actions() {
		return actions;
	}

	/** The Edit menu's actions by their global action id: the context menu's and Select All. */
	Map<String, IAction> globalActions() {
		Map<String, IAction> global = new LinkedHashMap<>();
		actions.forEach(action -> global.put(action.globalId, action));
		global.put(ActionFactory.SELECT_ALL.getId(), selectAll);
		return global;
	}

	void updateEnablement() {
		actions.forEach(SelectionCommandAction::update);
		selectAll.setEnabled(viewer.getTree().getItemCount() > 0);
	}

	private Collection<?> selection() {
		return viewer.getStructuredSelection().toList();
	}

	/** An action whose command is made from the tree's selection when it runs. */
	private final class SelectionCommandAction extends Action {
		private final String globalId;
		private final Function<Collection<?>, Command> commandFor;

		SelectionCommandAction(String label, ActionFactory globalAction, Function<Collection<?>, Command> commandFor) {
			super(label);
			this.globalId = globalAction.getId();
			this.commandFor = commandFor;
			setActionDefinitionId(globalAction.getCommandId());
			setEnabled(false);
		}

		void update() {
			Collection<?> selected = selection();
			if (selected.isEmpty()) {
				setEnabled(false);
				return;
			}
			Command command = commandFor.apply(selected);
			setEnabled(command.canExecute());
			command.dispose();
		}

		@Override
		public void run() {
			Collection<?> selected = selection();
			if (selected.isEmpty()) {
				return;
			}
			Command command = commandFor.apply(selected);
			if (command.canExecute()) {
				domain.getCommandStack().execute(command);
				Collection<?> affected = command.getAffectedObjects();
				if (!affected.isEmpty()) {
					viewer.setSelection(new StructuredSelection(affected.toArray()), true);
				}
			}
			updateEnablement();
		}
	}

	private void addDragAndDrop() {
		Transfer[] transfers = { LocalSelectionTransfer.getTransfer() };
		int operations = DND.DROP_MOVE | DND.DROP_COPY | DND.DROP_LINK;
		viewer.addDragSupport(operations, transfers, new DragSourceAdapter() {
			@Override
			public void dragStart(DragSourceEvent event) {
				LocalSelectionTransfer.getTransfer().setSelection(viewer.getStructuredSelection());
				event.doit = !viewer.getStructuredSelection().isEmpty();
			}
		});
		viewer.addDropSupport(operations, transfers, new ViewerDropAdapter(viewer) {
			@Override
			public boolean validateDrop(Object target, int operation, TransferData type) {
				Command command = dropCommand(target, operation);
				boolean valid = command.canExecute();
				command.dispose();
				return valid;
			}

			@Override
			public boolean performDrop(Object data) {
				Command command = dropCommand(getCurrentTarget(), getCurrentOperation());
				if (!command.canExecute()) {
					return false;
				}
				domain.getCommandStack().execute(command);
				return true;
			}

			private Command dropCommand(Object target, int operation) {
				if (target == null || !(LocalSelectionTransfer.getTransfer()
						.getSelection() instanceof IStructuredSelection dragged) || dragged.isEmpty()) {
					return UnexecutableCommand.INSTANCE;
				}
				return DragAndDropCommand.create(domain, target, position(getCurrentLocation()), operations,
						operation, dragged.toList());
			}
		});
	}

	/** Where on the target the drop lands, as EMF.Edit measures it: 0 is the top edge, 1 the bottom. */
	private static float position(int location) {
		return switch (location) {
		case ViewerDropAdapter.LOCATION_BEFORE -> 0.1f;
		case ViewerDropAdapter.LOCATION_AFTER -> 0.9f;
		default -> 0.5f;
		};
	}
}

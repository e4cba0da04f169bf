/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.ui.internal.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchPartSite;
import org.segmenta.ui.internal.viewers.ItemProviderContentProvider;
import org.segmenta.ui.internal.viewers.ItemProviderLabelProvider;

/**
 * The model as a tree over the EMF.Edit item providers, with a context menu whose actions are
 * commands on the editor's command stack: new child, new sibling and delete.
 */
public class ModelTreePage {

	private final TreeViewer viewer;
	private final AdapterFactoryEditingDomain domain;
	private final TreeEditing editing;

	ModelTreePage(Composite parent, AdapterFactoryEditingDomain domain, ComposedAdapterFactory adapterFactory,
			IWorkbenchPartSite site) {
		this.domain = domain;
		viewer = new TreeViewer(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.setContentProvider(new ItemProviderContentProvider(adapterFactory));
		viewer.setLabelProvider(new ItemProviderLabelProvider(adapterFactory));
		viewer.setAutoExpandLevel(3);
		editing = new TreeEditing(viewer, domain);

		MenuManager menu = new MenuManager("#PopupMenu");
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(this::fillContextMenu);
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
		site.registerContextMenu(menu, viewer);
	}

	public TreeViewer getViewer() {
		return viewer;
	}

	/**
	 * Selects and reveals the elements of {@code selection} that belong to the tree's model, also
	 * when another editing domain loaded them from the same file. Does nothing when the selection has
	 * none of them or they are selected already, so parts that follow each other's selection settle
	 * after one round.
	 */
	public void showSelection(ISelection selection) {
		if (!(selection instanceof IStructuredSelection structured) || !(viewer.getInput() instanceof Resource model)) {
			return;
		}
		List<EObject> elements = new ArrayList<>();
		for (Object selected : structured) {
			EObject element = Adapters.adapt(selected, EObject.class);
			Resource resource = element == null ? null : element.eResource();
			if (resource == null) {
				continue; // not a model element, or a removed one
			}
			EObject same = resource == model ? element
					: model.getURI().equals(resource.getURI()) ? model.getEObject(resource.getURIFragment(element)) : null;
			if (same != null) {
				elements.add(same);
			}
		}
		StructuredSelection shown = new StructuredSelection(elements);
		if (!elements.isEmpty() && !sameElements(shown, viewer.getStructuredSelection())) {
			viewer.setSelection(shown, true);
		}
	}

	/** Whether the selections hold the same elements, in any order. */
	static boolean sameElements(IStructuredSelection one, IStructuredSelection other) {
		return one.size() == other.size() && new HashSet<>(one.toList()).equals(new HashSet<>(other.toList()));
	}

	/** Cut, Copy, Paste, Delete and Select All on the tree, by their global action id. */
	Map<String, IAction> editActions() {
		return editing.globalActions();
	}

	/** Enables the Edit actions for the selection and the clipboard as they are now. */
	void updateEditActions() {
		editing.updateEnablement();
	}

	/** Runs the tree's Edit action with the given label (Cut, Copy, Paste or Delete) on the selection. */
	public void runEditAction(String label) {
		editing.actions().stream().filter(a -> a.getText().replace("&", "").equals(label)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("no action " + label)).run();
	}

	Control getControl() {
		return viewer.getControl();
	}

	private void fillContextMenu(IMenuManager menu) {
		IStructuredSelection selection = viewer.getStructuredSelection();
		if (selection.size() == 1) {
			Object selected = selection.getFirstElement();
			menu.add(createMenu(Messages.ModelTreePage_newChild, selected, null));
			Object parent = domain.getParent(selected);
			if (parent != null) {
				menu.add(createMenu(Messages.ModelTreePage_newSibling, parent, selected));
			}
			menu.add(new Separator());
		}
		editing.updateEnablement();
		editing.actions().forEach(menu::add);
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
	}

	/** One action per child the item provider allows under {@code owner}, next to {@code sibling} if given. */
	private MenuManager createMenu(String title, Object owner, Object sibling) {
		MenuManager submenu = new MenuManager(title);
		Collection<?> descriptors = domain.getNewChildDescriptors(owner, sibling);
		for (Object descriptor : descriptors) {
			Command create = CreateChildCommand.create(domain, owner, descriptor,
					sibling == null ? List.of(owner) : List.of(sibling));
			String label = create instanceof CreateChildCommand createChild ? createChild.getText()
					: ((CommandParameter) descriptor).getFeature().toString();
			submenu.add(new CommandAction(label, create));
		}
		return submenu;
	}

	/** Runs an EMF command on the editor's stack and selects what it affected. */
	private final class CommandAction extends Action {
		private final Command command;

		CommandAction(String label, Command command) {
			super(label);
			this.command = command;
			setEnabled(command.canExecute());
		}

		@Override
		public void run() {
			domain.getCommandStack().execute(command);
			Collection<?> affected = command.getAffectedObjects();
			if (!affected.isEmpty()) {
				viewer.setSelection(new StructuredSelection(affected.toArray()), true);
			}
		}
	}
}

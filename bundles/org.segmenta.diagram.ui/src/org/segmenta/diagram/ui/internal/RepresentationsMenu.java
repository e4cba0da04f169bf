/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.CompoundContributionItem;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;
import org.segmenta.diagram.Representations;
import org.segmenta.diagram.state.DiagramView;
import org.segmenta.model.Identified;
import org.segmenta.model.Project;
import org.segmenta.model.persistence.ModelLoadException;
import org.segmenta.ui.internal.editor.SegmentationEditor;

/**
 * The model tree's "Representations" menu: the representations rooted at the selected element (all
 * of them on the project), each opening its diagram.
 */
public class RepresentationsMenu extends CompoundContributionItem {

	@Override
	protected IContributionItem[] getContributionItems() {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		IEditorPart editor = window == null ? null : window.getActivePage().getActiveEditor();
		if (!(editor instanceof SegmentationEditor modelEditor) || modelEditor.getProject() == null
				|| !(window.getSelectionService().getSelection() instanceof IStructuredSelection selection)
				|| !(selection.getFirstElement() instanceof EObject element)) {
			return new IContributionItem[0];
		}
		List<IContributionItem> items = new ArrayList<>();
		try {
			Representations representations = Representations.of(modelEditor.getEditingDomain(), modelEditor.getProject(),
					ModelRepresentations.kinds());
			String rootId = element instanceof Identified identified && !(element instanceof Project) ? identified.getId() : null;
			for (DiagramView view : representations.all()) {
				if (rootId == null || rootId.equals(view.getRoot())) {
					CommandContributionItemParameter parameter = new CommandContributionItemParameter(window,
							"org.segmenta.diagram.ui.openRepresentation." + items.size(), RepresentationHandlers.OPEN_COMMAND,
							CommandContributionItem.STYLE_PUSH);
					parameter.label = view.getName();
					parameter.parameters = Map.of(RepresentationHandlers.NAME, view.getName());
					items.add(new CommandContributionItem(parameter));
				}
			}
		} catch (ModelLoadException e) {
			// the editor shows why the diagram file cannot be read
		}
		return items.toArray(IContributionItem[]::new);
	}
}

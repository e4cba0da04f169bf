/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.glsp.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.server.actions.AbstractActionHandler;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.actions.SelectAction;
import org.eclipse.glsp.server.di.DiagramType;

import com.google.inject.Inject;

/**
 * Tells the server's selection listeners which model elements the user selected in the diagram
 * (the workbench syncs the Properties view and the model tree with it). The client reports
 * selection changes as deltas; this handler keeps the whole selection.
 */
public class SelectionForwarder extends AbstractActionHandler<SelectAction> {

	@Inject
	protected SegmentaModelState modelState;

	@Inject
	@DiagramType
	protected String kind;

	private final Set<String> selected = new LinkedHashSet<>();

	@Override
	protected List<Action> executeAction(SelectAction action) {
		if (action.isDeselectAll()) {
			selected.clear();
		}
		selected.removeAll(action.getDeselectedElementsIDs());
		selected.addAll(action.getSelectedElementsIDs());
		modelState.context().fireSelection(kind, elementIds());
		return none();
	}

	/** The model element ids behind the selected nodes and edges (an edge without one has none). */
	private List<String> elementIds() {
		Set<String> ids = new LinkedHashSet<>();
		for (String id : selected) {
			GModelElement element = modelState.getIndex().get(DiagramGraphToGModel.nodeIdOf(id)).orElse(null);
			if (element != null) {
				String semantic = (String) element.getArgs().get(DiagramGraphToGModel.ELEMENT_ARG);
				if (semantic != null) {
					ids.add(semantic);
				}
			}
		}
		return List.copyOf(ids);
	}

}

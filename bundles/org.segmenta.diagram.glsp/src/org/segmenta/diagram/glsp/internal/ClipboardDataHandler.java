/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.glsp.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.server.actions.AbstractActionHandler;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.features.clipboard.RequestClipboardDataAction;
import org.eclipse.glsp.server.features.clipboard.SetClipboardDataAction;
import org.eclipse.glsp.server.types.EditorContext;

import com.google.inject.Inject;

/**
 * What a copy holds: the ids of the selected nodes that show model elements (a selected label
 * stands for its node; rows and edges are not copied). The elements are copied when pasted
 * ({@link DiagramOperationHandlers.Paste}), as they are then.
 */
public class ClipboardDataHandler extends AbstractActionHandler<RequestClipboardDataAction> {

	/** The clipboard entry with the copied nodes' ids, one a line. */
	static final String NODES = "application/x-segmenta-nodes";

	@Inject
	protected SegmentaModelState modelState;

	@Override
	protected List<Action> executeAction(RequestClipboardDataAction action) {
		EditorContext context = action.getEditorContext();
		List<String> selected = context == null || context.getSelectedElementIds() == null ? List.of() : context.getSelectedElementIds();
		Set<String> nodes = new LinkedHashSet<>();
		for (String id : selected) {
			GModelElement element = modelState.getIndex().get(DiagramGraphToGModel.nodeIdOf(id)).orElse(null);
			if (element instanceof GNode node && node.getArgs().get(DiagramGraphToGModel.ELEMENT_ARG) != null
					&& !Boolean.TRUE.equals(node.getArgs().get(DiagramGraphToGModel.ROW_ARG))) {
				nodes.add(node.getId());
			}
		}
		return listOf(new SetClipboardDataAction(nodes.isEmpty() ? Map.of() : Map.of(NODES, String.join("\n", nodes))));
	}

	/** The node ids a paste's clipboard data holds. */
	static List<String> nodes(Map<String, String> clipboardData) {
		String nodes = clipboardData == null ? null : clipboardData.get(NODES);
		List<String> ids = new ArrayList<>();
		if (nodes != null) {
			nodes.lines().filter(line -> !line.isBlank()).forEach(ids::add);
		}
		return ids;
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.glsp.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.glsp.graph.GPoint;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.actions.TriggerEdgeCreationAction;
import org.eclipse.glsp.server.features.contextmenu.ContextMenuItemProvider;
import org.eclipse.glsp.server.features.contextmenu.MenuItem;
import org.eclipse.glsp.server.operations.CreateNodeOperation;
import org.segmenta.diagram.DiagramGraph;
import org.segmenta.diagram.DiagramKinds;
import org.segmenta.diagram.DiagramMessages;
import org.segmenta.diagram.DiagramNode;
import org.segmenta.diagram.DiagramNotes;
import org.segmenta.diagram.DiagramSession;
import org.segmenta.diagram.description.CreateEdgeTool;
import org.segmenta.diagram.description.CreateNodeTool;
import org.segmenta.diagram.description.Tool;

import com.google.inject.Inject;

/**
 * The part of the context menu only the description knows: the palette tools that apply where the
 * user right-clicked. On a node, the create-node tools that create inside it ("New" at the click)
 * and the create-edge tools that start at it; on the canvas, the tools that create at the top
 * level. Everything the client knows itself (rename, delete, hide, pin, arrange, align, export) the client
 * adds.
 */
public class DescriptionContextMenu implements ContextMenuItemProvider {

	/** Menu item ids the client translates (it falls back to the label sent). */
	static final String NEW_GROUP = "segmenta.new";
	static final String CONNECT_GROUP = "segmenta.connect";

	@Inject
	protected SegmentaModelState modelState;

	@Override
	public List<MenuItem> getItems(List<String> selectedElementIds, GPoint position, Map<String, String> args) {
		DiagramSession diagram = modelState.diagram();
		DiagramGraph graph = modelState.graph();
		DiagramNode[] clicked = new DiagramNode[1];
		modelState.context().modelThread().read(() -> clicked[0] = clickedNode(graph, selectedElementIds));
		DiagramNode node = clicked[0];
		if (node == null && !selectedElementIds.isEmpty()) {
			return List.of(); // an edge, or several elements: no tool applies to all of them
		}
		List<MenuItem> creations = new ArrayList<>();
		List<MenuItem> connections = new ArrayList<>();
		int order = 0;
		for (Tool tool : diagram.description().getTools()) {
			if (!diagram.isAvailable(tool)) {
				continue;
			}
			String sort = String.format("%03d", order++);
			Map<String, String> toolArgs = Map.of(DiagramOperationHandlers.TOOL_ARG, tool.getId());
			if (tool instanceof CreateNodeTool create && (node == null ? create.getContainerMappings().isEmpty()
					: create.getContainerMappings().contains(node.mapping()))) {
				CreateNodeOperation operation = new CreateNodeOperation(DiagramGraphToGModel.nodeType(create.getMapping()), position,
						node == null ? null : node.id(), toolArgs);
				creations.add(item(NEW_GROUP + "." + tool.getId(), tool.getLabel(), operation, DescriptionToolPalette.icon(tool, "add"), sort, NEW_GROUP));
			} else if (tool instanceof CreateEdgeTool connect && node != null
					&& connect.getMapping().getSourceMappings().contains(node.mapping())) {
				TriggerEdgeCreationAction trigger = new TriggerEdgeCreationAction(DiagramGraphToGModel.edgeType(connect.getMapping()),
						toolArgs);
				connections.add(item(CONNECT_GROUP + "." + tool.getId(), tool.getLabel(), trigger, DescriptionToolPalette.icon(tool, "arrow-right"), sort,
						CONNECT_GROUP));
			}
		}
		DiagramMessages messages = DiagramMessages.of(DiagramKinds.language(diagram.description()));
		addNoteTools(messages, node, position, creations, connections);
		List<MenuItem> menu = new ArrayList<>();
		if (!creations.isEmpty()) {
			menu.add(new MenuItem(NEW_GROUP, messages.text("menu.new"), List.of(), "add", "0", "a-new", null, true, false, creations));
		}
		if (!connections.isEmpty()) {
			menu.add(new MenuItem(CONNECT_GROUP, messages.text("palette.connect"), List.of(), "type-hierarchy", "1", "a-new", null, true, false, connections));
		}
		return menu;
	}

	/** Note and Text on the canvas, at the click; Note link from any node (a note, or the node to link a note to). */
	private static void addNoteTools(DiagramMessages messages, DiagramNode node, GPoint position, List<MenuItem> creations,
			List<MenuItem> connections) {
		if (node == null) {
			for (String[] tool : new String[][] { { DiagramNotes.NOTE_TOOL, "palette.note", "note" }, { DiagramNotes.TEXT_TOOL, "palette.text", "text-size" } }) {
				CreateNodeOperation operation = new CreateNodeOperation(DescriptionToolPalette.NOTE_NODE_TYPE, position, null,
						Map.of(DiagramOperationHandlers.TOOL_ARG, tool[0]));
				creations.add(item(NEW_GROUP + "." + tool[0], messages.text(tool[1]), operation, tool[2], "z" + tool[0], NEW_GROUP));
			}
		} else {
			TriggerEdgeCreationAction trigger = new TriggerEdgeCreationAction(DescriptionToolPalette.NOTE_LINK_TYPE,
					Map.of(DiagramOperationHandlers.TOOL_ARG, DiagramNotes.LINK_TOOL));
			connections.add(item(CONNECT_GROUP + "." + DiagramNotes.LINK_TOOL, messages.text("palette.noteLink"), trigger, "link", "z", CONNECT_GROUP));
		}
	}

	/** The one node selected (a label or compartment heading stands for its node), or {@code null}. */
	private static DiagramNode clickedNode(DiagramGraph graph, List<String> selectedElementIds) {
		if (selectedElementIds.size() != 1) {
			return null;
		}
		DiagramNode node = graph.node(DiagramGraphToGModel.nodeIdOf(selectedElementIds.get(0)));
		return node != null && node.isRow() ? null : node;
	}

	private static MenuItem item(String id, String label, Action action, String icon, String sort, String parent) {
		return new MenuItem(id, label, List.of(action), icon, sort, null, parent, true, false, List.of());
	}
}

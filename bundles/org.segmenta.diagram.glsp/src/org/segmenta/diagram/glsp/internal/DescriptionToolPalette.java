/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.glsp.internal;

import org.segmenta.diagram.DiagramKinds;
import org.segmenta.diagram.DiagramMessages;
import org.segmenta.diagram.DiagramNotes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.glsp.server.actions.TriggerEdgeCreationAction;
import org.eclipse.glsp.server.actions.TriggerNodeCreationAction;
import org.eclipse.glsp.server.features.toolpalette.PaletteItem;
import org.eclipse.glsp.server.features.toolpalette.ToolPaletteItemProvider;
import org.segmenta.diagram.description.CreateEdgeTool;
import org.segmenta.diagram.description.CreateNodeTool;
import org.segmenta.diagram.description.DiagramDescription;
import org.segmenta.diagram.description.Tool;

import com.google.inject.Inject;

/**
 * The palette: the description's create-node tools ("Create") and create-edge tools ("Connect"),
 * in the description's order. Each entry triggers GLSP's creation tool with the element type of
 * the tool's mapping (so the type hints apply) and the tool id in the args (so the server runs
 * exactly this tool).
 */
public class DescriptionToolPalette implements ToolPaletteItemProvider {

	/** The element type of notes and text boxes, in every kind. */
	static final String NOTE_NODE_TYPE = "node:note";
	/** The element type of a note's link, in every kind. */
	static final String NOTE_LINK_TYPE = "edge:note-link";

	@Inject
	protected SegmentaModelState modelState;

	@Override
	public List<PaletteItem> getItems(Map<String, String> args) {
		DiagramDescription description = modelState.diagram().description();
		DiagramMessages messages = DiagramMessages.of(DiagramKinds.language(description));
		List<PaletteItem> nodes = new ArrayList<>();
		List<PaletteItem> edges = new ArrayList<>();
		int order = 0;
		for (Tool tool : description.getTools()) {
			if (!modelState.diagram().isAvailable(tool)) {
				continue; // its layer is off: what it made could not be seen
			}
			String sort = String.format("%03d", order++);
			Map<String, String> toolArgs = Map.of(DiagramOperationHandlers.TOOL_ARG, tool.getId());
			if (tool instanceof CreateNodeTool create) {
				nodes.add(new PaletteItem(tool.getId(), tool.getLabel(),
						new TriggerNodeCreationAction(DiagramGraphToGModel.nodeType(create.getMapping()), toolArgs), icon(tool, "add"), sort));
			} else if (tool instanceof CreateEdgeTool connect) {
				edges.add(new PaletteItem(tool.getId(), tool.getLabel(),
						new TriggerEdgeCreationAction(DiagramGraphToGModel.edgeType(connect.getMapping()), toolArgs), icon(tool, "arrow-right"), sort));
			}
		}
		List<PaletteItem> groups = new ArrayList<>();
		if (!nodes.isEmpty()) {
			groups.add(PaletteItem.createPaletteGroup("create", messages.text("palette.create"), nodes, "symbol-property", "A"));
		}
		if (!edges.isEmpty()) {
			groups.add(PaletteItem.createPaletteGroup("connect", messages.text("palette.connect"), edges, "type-hierarchy", "B"));
		}
		groups.add(PaletteItem.createPaletteGroup("notes", messages.text("palette.notes"), noteTools(messages), "note", "C"));
		return groups;
	}

	/** Note, Text and Note link: kept in the diagram file, in every kind. */
	private static List<PaletteItem> noteTools(DiagramMessages messages) {
		return List.of(
				new PaletteItem(DiagramNotes.NOTE_TOOL, messages.text("palette.note"),
						new TriggerNodeCreationAction(NOTE_NODE_TYPE, Map.of(DiagramOperationHandlers.TOOL_ARG, DiagramNotes.NOTE_TOOL)), "note", "000"),
				new PaletteItem(DiagramNotes.TEXT_TOOL, messages.text("palette.text"),
						new TriggerNodeCreationAction(NOTE_NODE_TYPE, Map.of(DiagramOperationHandlers.TOOL_ARG, DiagramNotes.TEXT_TOOL)), "text-size", "001"),
				new PaletteItem(DiagramNotes.LINK_TOOL, messages.text("palette.noteLink"),
						new TriggerEdgeCreationAction(NOTE_LINK_TYPE, Map.of(DiagramOperationHandlers.TOOL_ARG, DiagramNotes.LINK_TOOL)), "link", "002"));
	}

	/** A codicon name: the tool's own when the description gives one. */
	static String icon(Tool tool, String fallback) {
		return tool.getIcon() == null || tool.getIcon().isBlank() ? fallback : tool.getIcon();
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.glsp.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.glsp.server.diagram.BaseDiagramConfiguration;
import org.eclipse.glsp.server.layout.ServerLayoutKind;
import org.eclipse.glsp.server.types.EdgeTypeHint;
import org.eclipse.glsp.server.types.ShapeTypeHint;
import org.segmenta.diagram.DiagramEdits;
import org.segmenta.diagram.DiagramKinds;
import org.segmenta.diagram.description.CreateNodeTool;
import org.segmenta.diagram.description.DeleteTool;
import org.segmenta.diagram.description.DiagramDescription;
import org.segmenta.diagram.description.EdgeMapping;
import org.segmenta.diagram.description.Mapping;
import org.segmenta.diagram.description.NodeMapping;

import com.google.inject.Inject;

/**
 * The type hints of a diagram kind, from its description: every node mapping may be moved and
 * resized, deleted where a delete tool names it, dropped into another parent where its elements
 * may live in more than one place, and holds what the create-node tools create in
 * it; edges connect what their mapping's source and target mappings say, and their ends may be
 * dragged to other such nodes where a create-edge tool draws the mapping. The server lays out
 * (ELK, in the core) and places every label itself, so the client needs no layout pass.
 */
public class DescriptionDiagramConfiguration extends BaseDiagramConfiguration {

	@Inject
	protected ServerContext context;

	private DiagramDescription description() {
		return context.kinds().get(diagramType);
	}

	@Override
	public List<ShapeTypeHint> getShapeTypeHints() {
		DiagramDescription description = description();
		Set<Mapping> deletable = deletable(description);
		List<ShapeTypeHint> hints = new ArrayList<>();
		for (NodeMapping mapping : allNodeMappings(description)) {
			List<String> containable = description.getTools().stream().filter(CreateNodeTool.class::isInstance)
					.map(CreateNodeTool.class::cast).filter(tool -> tool.getContainerMappings().contains(mapping))
					.map(tool -> DiagramGraphToGModel.nodeType(tool.getMapping())).distinct().toList();
			hints.add(new ShapeTypeHint(DiagramGraphToGModel.nodeType(mapping), true, deletable.contains(mapping), true,
					DiagramEdits.canReparent(description, mapping), new ArrayList<>(containable)));
		}
		// notes and text boxes lie on the diagram itself: moved, resized and deleted, never dropped into a node
		hints.add(new ShapeTypeHint(DescriptionToolPalette.NOTE_NODE_TYPE, true, true, true, false, new ArrayList<>()));
		return hints;
	}

	@Override
	public List<EdgeTypeHint> getEdgeTypeHints() {
		DiagramDescription description = description();
		Set<Mapping> deletable = deletable(description);
		List<EdgeTypeHint> hints = new ArrayList<>();
		for (EdgeMapping mapping : description.getEdgeMappings()) {
			// repositionable: the ends may be dragged to other nodes; routable: bends may be dragged, added and removed
			hints.add(new EdgeTypeHint(DiagramGraphToGModel.edgeType(mapping), DiagramEdits.canReconnect(description, mapping),
					deletable.contains(mapping), true,
					mapping.getSourceMappings().stream().map(DiagramGraphToGModel::nodeType).toList(),
					mapping.getTargetMappings().stream().map(DiagramGraphToGModel::nodeType).toList()));
		}
		// a note's link joins a note and any node, drawn from either end; either end may be dragged to another node or note
		List<String> ends = new ArrayList<>(allNodeMappings(description).stream().map(DiagramGraphToGModel::nodeType).toList());
		ends.add(DescriptionToolPalette.NOTE_NODE_TYPE);
		hints.add(new EdgeTypeHint(DescriptionToolPalette.NOTE_LINK_TYPE, true, true, true, ends, ends));
		return hints;
	}

	private static Set<Mapping> deletable(DiagramDescription description) {
		Set<Mapping> mappings = new HashSet<>();
		description.getTools().stream().filter(DeleteTool.class::isInstance)
				.forEach(tool -> mappings.addAll(((DeleteTool) tool).getMappings()));
		return mappings;
	}

	private static List<NodeMapping> allNodeMappings(DiagramDescription description) {
		List<NodeMapping> all = new ArrayList<>();
		description.getNodeMappings().forEach(mapping -> collect(mapping, all));
		return all;
	}

	private static void collect(NodeMapping mapping, List<NodeMapping> into) {
		if (!into.contains(mapping)) {
			into.add(mapping);
			mapping.getChildMappings().forEach(child -> collect(child, into));
		}
	}

	@Override
	public boolean needsClientLayout() {
		return false;
	}

	@Override
	public ServerLayoutKind getLayoutKind() {
		return ServerLayoutKind.MANUAL;
	}

	@Override
	public boolean animatedUpdate() {
		return false;
	}

	/** The kinds the server offers. */
	static List<String> kindIds(DiagramKinds kinds) {
		return kinds.all().stream().map(DiagramDescription::getId).toList();
	}
}

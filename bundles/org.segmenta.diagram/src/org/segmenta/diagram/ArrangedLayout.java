/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.segmenta.diagram.internal.NodeGeometry;

/**
 * What ELK made of a graph, with what it was made from: every node's id, nesting, size and
 * header, every edge's ends and label. A graph built anew whose nodes and edges are the same in
 * these (after validation coloured the nodes, or an edit that changed no text) takes the same places
 * and routes without being laid out again, which on thousands of nodes takes most of a rebuild.
 */
final class ArrangedLayout {

	private record NodeInput(String id, String parentId, boolean row, boolean container, Bounds bounds, double top) {
	}

	private record EdgeInput(String id, String sourceId, String targetId, String label) {
	}

	private record EdgeResult(List<Point> route, Point labelPosition) {
	}

	private final List<Record> input;
	private final Map<String, Bounds> nodes = new HashMap<>();
	private final Map<String, EdgeResult> edges = new HashMap<>();

	private ArrangedLayout(List<Record> input) {
		this.input = input;
	}

	/** Lays {@code graph} out as {@code previous} was when it was made from the same, else with ELK; what it made. */
	static ArrangedLayout arrange(DiagramGraph graph, ArrangedLayout previous) {
		List<Record> input = inputOf(graph);
		if (previous != null && previous.input.equals(input)) {
			previous.applyTo(graph);
			return previous;
		}
		DiagramLayout.arrange(graph);
		ArrangedLayout arranged = new ArrangedLayout(input);
		graph.nodes().forEach(node -> arranged.nodes.put(node.id(), node.bounds()));
		graph.edges().forEach(edge -> arranged.edges.put(edge.id(), new EdgeResult(edge.route(), edge.labelPosition())));
		return arranged;
	}

	private static List<Record> inputOf(DiagramGraph graph) {
		List<Record> input = new ArrayList<>();
		for (DiagramNode node : graph.nodes()) {
			// a container's children start under its header and rows, so that goes into its layout too
			double top = node.isContainer() ? Math.max(NodeGeometry.headerHeight(node.appearance()), node.rowsBottom()) : 0;
			input.add(new NodeInput(node.id(), node.parent() == null ? null : node.parent().id(), node.isRow(), node.isContainer(),
					node.bounds(), top));
		}
		for (DiagramEdge edge : graph.edges()) {
			input.add(new EdgeInput(edge.id(), edge.source().id(), edge.target().id(), edge.label()));
		}
		return input;
	}

	private void applyTo(DiagramGraph graph) {
		for (DiagramNode node : graph.nodes()) {
			Bounds bounds = nodes.get(node.id());
			node.setBounds(bounds.x(), bounds.y(), bounds.width(), bounds.height());
			if (!node.isRow()) {
				node.fitRows();
			}
		}
		for (DiagramEdge edge : graph.edges()) {
			EdgeResult result = edges.get(edge.id());
			edge.setRoute(result.route());
			edge.setLabelPosition(result.labelPosition());
		}
	}
}

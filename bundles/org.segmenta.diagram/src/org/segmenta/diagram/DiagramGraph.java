/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.segmenta.diagram.description.DiagramDescription;

/**
 * A diagram as nodes and edges, built from a model through a {@link DiagramDescription}: what
 * editors, the GLSP server and the image export show. It is a snapshot; rebuild it after the model
 * changes.
 */
public final class DiagramGraph {

	private final DiagramDescription description;
	private final List<DiagramNode> roots = new ArrayList<>();
	private final Map<String, DiagramNode> nodes = new LinkedHashMap<>();
	private final Map<String, DiagramEdge> edges = new LinkedHashMap<>();
	private final Map<EObject, List<DiagramNode>> nodesByElement = new IdentityHashMap<>();

	DiagramGraph(DiagramDescription description) {
		this.description = description;
	}

	public DiagramDescription description() {
		return description;
	}

	/** The top-level nodes. */
	public List<DiagramNode> roots() {
		return Collections.unmodifiableList(roots);
	}

	/** Every node, parents before their children. */
	public List<DiagramNode> nodes() {
		return List.copyOf(nodes.values());
	}

	public List<DiagramEdge> edges() {
		return List.copyOf(edges.values());
	}

	/** The node with {@code id}, or {@code null}. */
	public DiagramNode node(String id) {
		return nodes.get(id);
	}

	/** The node with {@code id}; a request naming another is refused. */
	DiagramNode requireNode(String id) {
		DiagramNode node = nodes.get(id);
		if (node == null) {
			throw new IllegalArgumentException("the diagram has no node '" + id + "'");
		}
		return node;
	}

	/** The edge with {@code id}, or {@code null}. */
	public DiagramEdge edge(String id) {
		return edges.get(id);
	}

	/** The nodes that show {@code element}: none, one, or one per mapping that shows it. */
	public List<DiagramNode> nodesOf(EObject element) {
		return nodesByElement.getOrDefault(element, List.of());
	}

	/** The smallest rectangle, from the origin, that holds every node and edge, plus a margin. */
	public Bounds extent(double margin) {
		double right = 1;
		double bottom = 1;
		for (DiagramNode root : roots) {
			Bounds bounds = root.bounds();
			right = Math.max(right, bounds.x() + bounds.width());
			bottom = Math.max(bottom, bounds.y() + bounds.height());
		}
		for (DiagramEdge edge : edges.values()) {
			for (Point point : edge.route()) {
				right = Math.max(right, point.x());
				bottom = Math.max(bottom, point.y());
			}
		}
		return new Bounds(0, 0, right + margin, bottom + margin);
	}

	void add(DiagramNode node) {
		if (node.parent() == null) {
			roots.add(node);
		}
		nodes.put(node.id(), node);
		nodesByElement.computeIfAbsent(node.element(), element -> new ArrayList<>(1)).add(node);
	}

	void add(DiagramEdge edge) {
		edges.put(edge.id(), edge);
	}

	boolean containsEdge(String id) {
		return edges.containsKey(id);
	}
}

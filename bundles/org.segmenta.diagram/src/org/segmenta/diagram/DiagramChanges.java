/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What differs between two builds of one diagram, so that a viewer can update what it shows
 * instead of drawing everything again: the nodes and edges to take away (gone, or drawn
 * differently) and those to add (new, or drawn differently). A node stands for its subtree: when it
 * is taken away or added, its descendants go with it and are not listed again.
 *
 * @param removed the ids of the nodes and edges of the earlier build to take away
 * @param added   the nodes of the later build to add, each with its subtree, parents before children
 * @param edges   the edges of the later build to add
 */
public record DiagramChanges(List<String> removed, List<DiagramNode> added, List<DiagramEdge> edges) {

	public DiagramChanges {
		removed = List.copyOf(removed);
		added = List.copyOf(added);
		edges = List.copyOf(edges);
	}

	/** The changes that turn what {@code before} shows into what {@code after} shows. */
	public static DiagramChanges between(DiagramGraph before, DiagramGraph after) {
		Set<String> taken = new HashSet<>();
		List<String> removed = new ArrayList<>(topmost(before, node -> {
			DiagramNode now = after.node(node.id());
			return now == null || !now.drawsLike(node);
		}, taken).stream().map(DiagramNode::id).toList());
		List<DiagramNode> added = topmost(after, node -> before.node(node.id()) == null || taken.contains(node.id()), new HashSet<>());
		List<DiagramEdge> edges = new ArrayList<>();
		for (DiagramEdge edge : before.edges()) {
			DiagramEdge now = after.edge(edge.id());
			if (now == null || !now.drawsLike(edge)) {
				removed.add(edge.id());
			}
		}
		for (DiagramEdge edge : after.edges()) {
			DiagramEdge earlier = before.edge(edge.id());
			if (earlier == null || !earlier.drawsLike(edge)) {
				edges.add(edge);
			}
		}
		return new DiagramChanges(removed, added, edges);
	}

	/**
	 * The nodes of {@code graph} that {@code differ} and are not inside one that does; adds their ids
	 * and those of all their descendants to {@code covered}.
	 */
	private static List<DiagramNode> topmost(DiagramGraph graph, Predicate<DiagramNode> differ, Set<String> covered) {
		List<DiagramNode> topmost = new ArrayList<>();
		for (DiagramNode node : graph.nodes()) {
			// nodes() lists parents before children, so a covered parent is known before its children
			if (node.parent() != null && covered.contains(node.parent().id())) {
				covered.add(node.id());
			} else if (differ.test(node)) {
				covered.add(node.id());
				topmost.add(node);
			}
		}
		return topmost;
	}

	/** Whether both builds show the same. */
	public boolean isEmpty() {
		return removed.isEmpty() && added.isEmpty() && edges.isEmpty();
	}
}

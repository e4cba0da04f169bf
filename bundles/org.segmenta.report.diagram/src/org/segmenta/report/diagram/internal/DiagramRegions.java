/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.report.diagram.internal;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.segmenta.diagram.Bounds;
import org.segmenta.diagram.DiagramEdge;
import org.segmenta.diagram.DiagramGraph;
import org.segmenta.diagram.DiagramImages;
import org.segmenta.diagram.DiagramNode;
import org.segmenta.diagram.Point;
import org.segmenta.report.ReportChart.Region;

/**
 * The parts of a laid-out diagram that read on their own, for a report that must split it: each
 * group of top-level nodes joined by edges (a segmentation's tree, a buying centre, a cluster of
 * overlapping communities, a lone persona card). A group whose edges form a tree stays one region,
 * cut into pieces where it is too large, since a tree is read along its branches. A group with
 * cycles, such as communities that overlap each other, falls back to one region per top-level node
 * with the nodes its edges reach, and that node alone where those are too many. Regions are in the
 * coordinates of the diagram's images, which have a margin around the layout.
 */
final class DiagramRegions {

	/** Room around a region, in layout units, so that borders and shadows are not cut. */
	private static final double MARGIN = 12;

	/** Where the painter draws the diagram's origin. */
	private static final double ORIGIN = DiagramImages.MARGIN;

	private DiagramRegions() {
	}

	static List<Region> of(DiagramGraph graph) {
		Map<DiagramNode, DiagramNode> groupOf = new HashMap<>();
		for (DiagramNode root : graph.roots()) {
			groupOf.put(root, root);
		}
		Map<DiagramNode, Set<DiagramNode>> neighbours = new LinkedHashMap<>();
		Map<DiagramNode, List<DiagramEdge>> edgesOf = new HashMap<>();
		for (DiagramEdge edge : graph.edges()) {
			DiagramNode source = top(edge.source());
			DiagramNode target = top(edge.target());
			edgesOf.computeIfAbsent(source, any -> new ArrayList<>()).add(edge);
			if (source != target) {
				edgesOf.computeIfAbsent(target, any -> new ArrayList<>()).add(edge);
				neighbours.computeIfAbsent(source, any -> new LinkedHashSet<>()).add(edge.target());
				neighbours.computeIfAbsent(target, any -> new LinkedHashSet<>()).add(edge.source());
				groupOf.put(find(groupOf, source), find(groupOf, target));
			}
		}
		Set<DiagramNode> targets = new HashSet<>();
		for (DiagramEdge edge : graph.edges()) {
			if (top(edge.source()) != top(edge.target())) {
				targets.add(top(edge.target()));
			}
		}
		Map<DiagramNode, List<DiagramNode>> groups = new LinkedHashMap<>();
		for (DiagramNode root : graph.roots()) {
			groups.computeIfAbsent(find(groupOf, root), any -> new ArrayList<>()).add(root);
		}
		List<Region> regions = new ArrayList<>();
		for (List<DiagramNode> group : groups.values()) {
			Rectangle2D bounds = null;
			long joins = 0;
			for (DiagramNode root : group) {
				bounds = union(bounds, root, edgesOf.getOrDefault(root, List.of()));
				joins += neighbours.getOrDefault(root, Set.of()).stream().map(DiagramRegions::top).distinct().count();
			}
			// each join is counted from both ends; a tree joins n nodes with n - 1 links
			boolean tree = joins / 2 <= group.size() - 1;
			List<Region> parts = tree ? List.of() : group.stream().map(root -> neighbourhood(root, neighbours, edgesOf)).toList();
			regions.add(new Region(name(group, targets, tree), bounds, parts, ids(group)));
		}
		return regions;
	}

	/** {@code root} with the nodes its edges reach, and in its place {@code root} alone. */
	private static Region neighbourhood(DiagramNode root, Map<DiagramNode, Set<DiagramNode>> neighbours,
			Map<DiagramNode, List<DiagramEdge>> edgesOf) {
		Rectangle2D alone = union(null, root, List.of());
		Rectangle2D around = union(null, root, edgesOf.getOrDefault(root, List.of()));
		List<DiagramNode> shown = new ArrayList<>(List.of(root));
		for (DiagramNode other : neighbours.getOrDefault(root, Set.of())) {
			around = union(around, other, List.of());
			shown.add(top(other));
		}
		String name = name(root);
		return new Region(name, around, List.of(new Region(name, alone, List.of(), ids(List.of(root)))), ids(shown));
	}

	/** What a region of the top-level nodes {@code roots} shows: those nodes, by id. */
	private static Set<String> ids(List<DiagramNode> roots) {
		return roots.stream().map(DiagramNode::id).collect(Collectors.toSet());
	}

	private static Rectangle2D union(Rectangle2D bounds, DiagramNode node, List<DiagramEdge> edges) {
		Bounds box = node.absoluteBounds();
		Rectangle2D result = add(bounds, new Rectangle2D.Double(ORIGIN + box.x() - MARGIN, ORIGIN + box.y() - MARGIN,
				box.width() + 2 * MARGIN, box.height() + 2 * MARGIN));
		for (DiagramEdge edge : edges) {
			for (Point point : edge.route()) {
				result.add(ORIGIN + point.x(), ORIGIN + point.y());
			}
			Bounds label = edge.labelBounds();
			if (label != null) {
				result.add(new Rectangle2D.Double(ORIGIN + label.x(), ORIGIN + label.y(), label.width(), label.height()));
			}
		}
		return result;
	}

	private static Rectangle2D add(Rectangle2D bounds, Rectangle2D more) {
		if (bounds == null) {
			return more;
		}
		bounds.add(more);
		return bounds;
	}

	private static DiagramNode top(DiagramNode node) {
		DiagramNode top = node;
		while (top.parent() != null) {
			top = top.parent();
		}
		return top;
	}

	private static DiagramNode find(Map<DiagramNode, DiagramNode> groupOf, DiagramNode node) {
		DiagramNode group = node;
		while (groupOf.get(group) != group) {
			group = groupOf.get(group);
		}
		groupOf.put(node, group);
		return group;
	}

	/**
	 * A tree that fans out from a few nodes (a segmentation over its segments) is named by those;
	 * any other group by its nodes, as many as a caption lists.
	 */
	private static String name(List<DiagramNode> group, Set<DiagramNode> targets, boolean tree) {
		List<DiagramNode> sources = group.stream().filter(root -> !targets.contains(root)).toList();
		List<DiagramNode> named = tree && !sources.isEmpty() && sources.size() < group.size() / 2.0 ? sources : group;
		return Region.listing(named.stream().map(DiagramRegions::name).toList());
	}

	private static String name(DiagramNode node) {
		String label = node.label().strip();
		int line = label.indexOf('\n');
		return line < 0 ? label : label.substring(0, line);
	}
}

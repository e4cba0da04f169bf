/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.alg.layered.components.ComponentOrderingStrategy;
import org.eclipse.elk.alg.layered.options.FixedAlignment;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.NodePlacementStrategy;
import org.eclipse.elk.alg.mrtree.options.MrTreeMetaDataProvider;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.options.SizeConstraint;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.segmenta.diagram.description.DiagramDescription;
import org.segmenta.diagram.description.LayoutAlgorithm;
import org.segmenta.diagram.description.LayoutDirection;
import org.segmenta.diagram.internal.NodeGeometry;

/**
 * Lays diagrams out with ELK: the description chooses the algorithm (layered or tree) and the
 * direction; containers are laid out with their children in one pass so that edges between levels
 * are routed too. Edges that have no route after a manual edit get a straight one.
 */
public final class DiagramLayout {

	private static final String LAYERED = "org.eclipse.elk.layered";
	private static final String TREE = "org.eclipse.elk.mrtree";
	/** From this many nodes on, layered layout spends less effort on crossings. */
	private static final int LARGE = 400;

	static {
		// ELK finds its algorithms through ServiceLoader, which does not see across OSGi bundles
		LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider(),
				new MrTreeMetaDataProvider());
	}

	private DiagramLayout() {
	}

	/** Places every node and routes every edge of {@code graph}. */
	public static void arrange(DiagramGraph graph) {
		DiagramDescription description = graph.description();
		if (description.getLayoutAlgorithm() == LayoutAlgorithm.GRID) {
			arrangeInGrid(graph);
			return;
		}
		// rows are placed by their list node, which the layout treats as one box
		boolean nested = graph.nodes().stream().anyMatch(node -> node.parent() != null && !node.isRow());
		// Mr. Tree cannot lay out nested nodes; a nested diagram falls back to layered
		String algorithm = description.getLayoutAlgorithm() == LayoutAlgorithm.TREE && !nested ? TREE : LAYERED;

		ElkNode root = ElkGraphUtil.createGraph();
		configure(root, algorithm, description);
		if (graph.nodes().size() > LARGE) {
			// crossing minimisation repeats with random starts; large maps trade a few crossings for speed
			root.setProperty(LayeredOptions.THOROUGHNESS, 2);
		}
		// separate trees (one per segmentation) and frames side by side, in the order of the model
		root.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_COMPONENTS, ComponentOrderingStrategy.MODEL_ORDER);
		if (description.getDirection() == LayoutDirection.DOWN) {
			root.setProperty(CoreOptions.ASPECT_RATIO, 100.0);
		}
		root.setProperty(CoreOptions.HIERARCHY_HANDLING,
				nested ? HierarchyHandling.INCLUDE_CHILDREN : HierarchyHandling.SEPARATE_CHILDREN);
		Map<DiagramNode, ElkNode> elkNodes = new HashMap<>();
		for (DiagramNode node : graph.nodes()) {
			if (node.isRow()) {
				continue;
			}
			ElkNode parent = node.parent() == null ? root : elkNodes.get(node.parent());
			ElkNode elkNode = ElkGraphUtil.createNode(parent);
			Bounds bounds = node.bounds();
			elkNode.setDimensions(bounds.width(), bounds.height());
			if (node.isContainer()) {
				configure(elkNode, algorithm, description);
				// free children go under the header and under the rows listed there
				double top = Math.max(NodeGeometry.headerHeight(node.appearance()), node.rowsBottom());
				elkNode.setProperty(CoreOptions.PADDING, new ElkPadding(top + 10, 16, 16, 16));
				elkNode.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS, EnumSet.of(SizeConstraint.MINIMUM_SIZE));
				elkNode.setProperty(CoreOptions.NODE_SIZE_MINIMUM,
						new KVector(bounds.width(), bounds.height()));
			}
			elkNodes.put(node, elkNode);
		}
		Map<DiagramEdge, ElkEdge> elkEdges = new HashMap<>();
		for (DiagramEdge edge : graph.edges()) {
			if (edge.source().isRow() || edge.target().isRow()) {
				continue; // drawn straight below
			}
			boolean reversed = edge.mapping().isReversedInLayout();
			ElkEdge elkEdge = ElkGraphUtil.createSimpleEdge(elkNodes.get(reversed ? edge.target() : edge.source()),
					elkNodes.get(reversed ? edge.source() : edge.target()));
			ElkGraphUtil.updateContainment(elkEdge);
			if (!edge.label().isEmpty()) {
				// the layout makes room for the label, so that it covers no node
				ElkLabel label = ElkGraphUtil.createLabel(edge.label(), elkEdge);
				double[] size = edge.labelSize();
				label.setDimensions(size[0], size[1]);
				label.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
			}
			elkEdges.put(edge, elkEdge);
		}

		new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

		for (Map.Entry<DiagramNode, ElkNode> entry : elkNodes.entrySet()) {
			ElkNode elkNode = entry.getValue();
			entry.getKey().setBounds(elkNode.getX(), elkNode.getY(), elkNode.getWidth(), elkNode.getHeight());
			// a container grown to hold its children widens its rows with it
			entry.getKey().fitRows();
		}
		for (Map.Entry<DiagramEdge, ElkEdge> entry : elkEdges.entrySet()) {
			List<Point> route = route(entry.getValue());
			if (entry.getKey().mapping().isReversedInLayout()) {
				route = route.reversed();
			}
			entry.getKey().setRoute(route);
			ElkEdge elkEdge = entry.getValue();
			if (!elkEdge.getLabels().isEmpty()) {
				ElkLabel label = elkEdge.getLabels().get(0);
				Point offset = offset(elkEdge);
				entry.getKey().setLabelPosition(new Point(label.getX() + offset.x(), label.getY() + offset.y()));
			}
		}
		routeStraight(graph);
	}

	/**
	 * Places the top-level nodes in a grid, row by row in the order they were built; the nodes of
	 * each mapping start a new row. Columns are as wide as their widest node, rows as tall as their
	 * tallest, so cards of different heights do not overlap.
	 */
	private static void arrangeInGrid(DiagramGraph graph) {
		DiagramDescription description = graph.description();
		List<DiagramNode> roots = graph.roots();
		int columns = description.getColumns() > 0 ? description.getColumns()
				: Math.max(1, (int) Math.ceil(Math.sqrt(roots.size())));
		double spacing = description.getSpacing() > 0 ? description.getSpacing() : 40;
		List<List<DiagramNode>> rows = new ArrayList<>();
		List<DiagramNode> row = null;
		Object mapping = null;
		for (DiagramNode node : roots) {
			if (row == null || row.size() == columns || node.mapping() != mapping) {
				row = new ArrayList<>();
				rows.add(row);
				mapping = node.mapping();
			}
			row.add(node);
		}
		double[] widths = new double[columns];
		for (List<DiagramNode> cells : rows) {
			for (int column = 0; column < cells.size(); column++) {
				widths[column] = Math.max(widths[column], cells.get(column).bounds().width());
			}
		}
		double y = spacing / 2;
		for (List<DiagramNode> cells : rows) {
			double x = spacing / 2;
			double height = 0;
			for (int column = 0; column < cells.size(); column++) {
				DiagramNode node = cells.get(column);
				Bounds bounds = node.bounds();
				node.setBounds(x, y, bounds.width(), bounds.height());
				x += widths[column] + spacing;
				height = Math.max(height, bounds.height());
			}
			y += height + spacing;
		}
		routeStraight(graph);
	}

	private static void configure(ElkNode node, String algorithm, DiagramDescription description) {
		node.setProperty(CoreOptions.ALGORITHM, algorithm);
		node.setProperty(CoreOptions.DIRECTION,
				description.getDirection() == LayoutDirection.RIGHT ? Direction.RIGHT : Direction.DOWN);
		double spacing = description.getSpacing() > 0 ? description.getSpacing() : 40;
		node.setProperty(CoreOptions.SPACING_NODE_NODE, spacing);
		node.setProperty(CoreOptions.SPACING_EDGE_NODE, spacing / 3);
		node.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, spacing * 1.5);
		node.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, spacing / 3);
		node.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
		node.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, NodePlacementStrategy.BRANDES_KOEPF);
		// a parent centred over its children, not over the first or last of them
		node.setProperty(LayeredOptions.NODE_PLACEMENT_BK_FIXED_ALIGNMENT, FixedAlignment.BALANCED);
		node.setProperty(CoreOptions.PADDING, new ElkPadding(24));
	}

	/** The edge's points in diagram coordinates (ELK gives them relative to the containing node). */
	private static List<Point> route(ElkEdge edge) {
		Point offset = offset(edge);
		double offsetX = offset.x();
		double offsetY = offset.y();
		List<Point> points = new ArrayList<>();
		for (ElkEdgeSection section : edge.getSections()) {
			points.add(new Point(section.getStartX() + offsetX, section.getStartY() + offsetY));
			for (ElkBendPoint bend : section.getBendPoints()) {
				points.add(new Point(bend.getX() + offsetX, bend.getY() + offsetY));
			}
			points.add(new Point(section.getEndX() + offsetX, section.getEndY() + offsetY));
		}
		return points;
	}

	/** Where the coordinate system of {@code edge} (its containing node's) lies in the diagram. */
	private static Point offset(ElkEdge edge) {
		double x = 0;
		double y = 0;
		for (ElkNode container = edge.getContainingNode(); container != null && container.getParent() != null; container = container.getParent()) {
			x += container.getX();
			y += container.getY();
		}
		return new Point(x, y);
	}

	/**
	 * Gives each edge without a route a straight one between the borders of its nodes: what an edge
	 * looks like after its nodes were moved by hand.
	 */
	public static void routeStraight(DiagramGraph graph) {
		for (DiagramEdge edge : graph.edges()) {
			if (edge.route().isEmpty()) {
				Bounds from = edge.source().absoluteBounds();
				Bounds to = edge.target().absoluteBounds();
				Point fromCentre = centre(from);
				Point toCentre = centre(to);
				edge.setRoute(List.of(border(from, toCentre), border(to, fromCentre)));
			}
		}
	}

	static Point centre(Bounds bounds) {
		return new Point(bounds.x() + bounds.width() / 2, bounds.y() + bounds.height() / 2);
	}

	/** Where the line from the centre of {@code bounds} towards {@code towards} leaves the rectangle. */
	static Point border(Bounds bounds, Point towards) {
		Point centre = centre(bounds);
		double dx = towards.x() - centre.x();
		double dy = towards.y() - centre.y();
		if (dx == 0 && dy == 0) {
			return centre;
		}
		double scale = Math.min(dx == 0 ? Double.MAX_VALUE : bounds.width() / 2 / Math.abs(dx),
				dy == 0 ? Double.MAX_VALUE : bounds.height() / 2 / Math.abs(dy));
		return new Point(centre.x() + dx * scale, centre.y() + dy * scale);
	}
}

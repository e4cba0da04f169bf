/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.segmenta.diagram.internal.NodeGeometry;
import org.segmenta.diagram.internal.RouteFollower;
import org.segmenta.diagram.state.DiagramStateFactory;
import org.segmenta.diagram.state.DiagramStatePackage;
import org.segmenta.diagram.state.DiagramView;
import org.segmenta.diagram.state.EdgeLayout;
import org.segmenta.diagram.state.NodeLayout;

/**
 * The layout of one diagram kind as the diagram file ({@code MODEL.segmentationdiagram}) keeps it:
 * node bounds and edge routes, put onto every build of the diagram, and changed only by commands on
 * the session's editing domain, so that a move is undone like a model edit. While a diagram has no
 * saved layout, ELK arranges it on every build; the first edit saves that arrangement. Commands are
 * returned, not executed.
 */
public final class SavedLayout {

	private final DiagramSession session;
	private final DiagramView view;

	SavedLayout(DiagramSession session, DiagramView view) {
		this.session = session;
		this.view = view;
	}

	/** Whether the diagram has a layout of its own yet. */
	boolean isSaved() {
		return !view.getNodes().isEmpty();
	}

	/**
	 * Puts the saved layout onto a freshly built graph; whether there was one (if not, the graph is
	 * still to be arranged).
	 */
	boolean applySaved(DiagramGraph graph) {
		if (!isSaved()) {
			return false;
		}
		placeSaved(graph);
		return true;
	}

	private void placeSaved(DiagramGraph graph) {
		Map<String, NodeLayout> nodes = new HashMap<>();
		view.getNodes().forEach(layout -> nodes.put(layout.getNode(), layout));
		Map<String, Double> nextFreeY = new HashMap<>();
		double right = 0;
		for (NodeLayout layout : view.getNodes()) {
			right = Math.max(right, layout.getX() + layout.getWidth());
		}
		for (DiagramNode node : graph.nodes()) {
			if (node.isRow()) {
				continue; // placed by its list node when built
			}
			NodeLayout layout = nodes.get(node.id());
			if (layout != null && layout.getWidth() > 0 && layout.getHeight() > 0) {
				// a list node grows to hold rows added since; its rows take its saved width
				double height = node.isList() ? Math.max(node.bounds().height(), layout.getHeight()) : layout.getHeight();
				node.setBounds(layout.getX(), layout.getY(), layout.getWidth(), height);
				node.fitRows();
			} else {
				// new since the layout was saved: a column right of the diagram, or under the parent's header
				String column = node.parent() == null ? "" : node.parent().id();
				double x = node.parent() == null ? right + 60 : 16;
				double top = node.parent() == null ? 24 : Math.max(NodeGeometry.headerHeight(node.parent().appearance()), node.parent().rowsBottom()) + 10;
				double y = nextFreeY.getOrDefault(column, top);
				Bounds size = node.bounds();
				node.setBounds(x, y, size.width(), size.height());
				nextFreeY.put(column, y + size.height() + 20);
			}
		}
		Map<String, EdgeLayout> edges = new HashMap<>();
		view.getEdges().forEach(layout -> edges.put(layout.getEdge(), layout));
		for (DiagramEdge edge : graph.edges()) {
			EdgeLayout layout = edges.get(edge.id());
			if (layout != null && layout.getPoints().size() >= 4 && layout.getPoints().size() % 2 == 0
					&& nodes.containsKey(edge.source().id()) && nodes.containsKey(edge.target().id())) {
				List<Point> route = new ArrayList<>();
				for (int i = 0; i + 1 < layout.getPoints().size(); i += 2) {
					route.add(new Point(layout.getPoints().get(i), layout.getPoints().get(i + 1)));
				}
				// a route that no longer starts and ends at its nodes is drawn straight instead
				if (near(route.get(0), edge.source()) && near(route.get(route.size() - 1), edge.target())) {
					edge.setRoute(route);
				}
			}
		}
		DiagramLayout.routeStraight(graph);
	}

	private static boolean near(Point point, DiagramNode node) {
		Bounds bounds = node.absoluteBounds();
		double slack = 2;
		return point.x() >= bounds.x() - slack && point.x() <= bounds.x() + bounds.width() + slack
				&& point.y() >= bounds.y() - slack && point.y() <= bounds.y() + bounds.height() + slack;
	}

	/**
	 * Lays the whole diagram out anew with ELK ("Arrange All"). Pinned nodes, and the nodes inside
	 * them, keep their saved bounds; the routes ELK gave their edges follow them there as they follow
	 * a node moved by hand ({@link RouteFollower}), or are drawn straight.
	 */
	public Command arrange() {
		DiagramGraph graph = session.buildGraph();
		DiagramLayout.arrange(graph);
		keepPinned(graph);
		CompoundCommand command = new CompoundCommand(session.messages().text("command.arrangeAll"));
		if (!view.getNodes().isEmpty()) {
			command.append(RemoveCommand.create(domain(), view, DiagramStatePackage.Literals.DIAGRAM_VIEW__NODES,
					List.copyOf(view.getNodes())));
		}
		if (!view.getEdges().isEmpty()) {
			command.append(RemoveCommand.create(domain(), view, DiagramStatePackage.Literals.DIAGRAM_VIEW__EDGES,
					List.copyOf(view.getEdges())));
		}
		command.append(saveLayoutCommand(graph, Set.of(), Set.of()));
		return command;
	}

	/** Puts the pinned nodes of a freshly arranged graph back at their saved bounds, and their edges after them. */
	private void keepPinned(DiagramGraph graph) {
		Map<String, NodeLayout> saved = new HashMap<>();
		view.getNodes().forEach(layout -> saved.put(layout.getNode(), layout));
		Set<String> fixed = new HashSet<>();
		for (String id : view.getPinnedNodes()) {
			DiagramNode node = graph.node(id);
			if (node != null && saved.containsKey(id)) {
				collectDescendants(node, fixed);
			}
		}
		if (fixed.isEmpty()) {
			return;
		}
		Map<String, Bounds> arranged = new HashMap<>();
		graph.nodes().forEach(node -> arranged.put(node.id(), node.absoluteBounds()));
		for (DiagramNode node : graph.nodes()) {
			NodeLayout layout = saved.get(node.id());
			if (fixed.contains(node.id()) && !node.isRow() && layout != null) {
				node.setBounds(layout.getX(), layout.getY(), layout.getWidth(), Math.max(node.bounds().height(), layout.getHeight()));
				node.fitRows();
			}
		}
		for (DiagramEdge edge : graph.edges()) {
			Bounds source = edge.source().absoluteBounds();
			Bounds target = edge.target().absoluteBounds();
			Bounds oldSource = arranged.get(edge.source().id());
			Bounds oldTarget = arranged.get(edge.target().id());
			if (!source.equals(oldSource) || !target.equals(oldTarget)) {
				edge.setRoute(RouteFollower.follow(edge.route(), oldSource, source, oldTarget, target));
			}
		}
		DiagramLayout.routeStraight(graph);
	}

	/**
	 * Appends to {@code command} what keeps nodes where they are drawn now: while the diagram has no
	 * saved layout, the automatic one (but for {@code left} and the nodes inside them); otherwise the
	 * bounds of {@code kept} and the nodes inside them that the saved layout lacks (new since it was
	 * saved, and placed in a free column).
	 */
	void keepPlaces(CompoundCommand command, Collection<DiagramNode> kept, Collection<DiagramNode> left) {
		DiagramGraph graph = session.graph();
		if (!isSaved()) {
			Set<String> skipped = new HashSet<>();
			left.forEach(node -> collectDescendants(node, skipped));
			materialise(graph, command, Set.of(), skipped);
			return;
		}
		Set<String> ids = new LinkedHashSet<>();
		kept.forEach(node -> collectDescendants(node, ids));
		view.getNodes().forEach(layout -> ids.remove(layout.getNode()));
		List<NodeLayout> missing = ids.stream().map(graph::node).filter(node -> !node.isRow())
				.map(node -> nodeLayout(node.id(), node.bounds())).toList();
		if (!missing.isEmpty()) {
			command.append(AddCommand.create(domain(), view, DiagramStatePackage.Literals.DIAGRAM_VIEW__NODES, missing));
		}
	}

	/**
	 * Moves and resizes nodes. Bounds are relative to the parent node. The edges at moved nodes keep
	 * their bends and follow their ends ({@link RouteFollower}); a diagonal straight edge is drawn
	 * straight again between the nodes' new places.
	 *
	 * @throws IllegalArgumentException when the diagram has no node of one of the ids
	 */
	public Command changeBounds(Map<String, Bounds> changes) {
		DiagramGraph graph = session.graph();
		for (String id : changes.keySet()) {
			graph.requireNode(id);
		}
		CompoundCommand command = new CompoundCommand(changes.size() == 1 ? session.messages().text("command.moveOne")
				: session.messages().text("command.moveMany", changes.size()));
		Set<String> moved = new HashSet<>(changes.keySet());
		for (String id : changes.keySet()) {
			graph.node(id).children().forEach(child -> collectDescendants(child, moved));
		}
		// the moved nodes get their new bounds below, once: not also their old ones with the rest
		materialise(graph, command, moved, changes.keySet());
		Map<String, NodeLayout> saved = new HashMap<>();
		view.getNodes().forEach(layout -> saved.put(layout.getNode(), layout));
		changes.forEach((id, bounds) -> {
			NodeLayout layout = saved.get(id);
			if (layout == null) {
				command.append(AddCommand.create(domain(), view, DiagramStatePackage.Literals.DIAGRAM_VIEW__NODES,
						nodeLayout(id, bounds)));
			} else {
				setBounds(command, layout, bounds);
			}
		});
		List<EdgeLayout> stale = view.getEdges().stream()
				.filter(layout -> graph.edge(layout.getEdge()) != null && touches(graph.edge(layout.getEdge()), moved)).toList();
		if (!stale.isEmpty()) {
			command.append(RemoveCommand.create(domain(), view, DiagramStatePackage.Literals.DIAGRAM_VIEW__EDGES, stale));
		}
		List<EdgeLayout> followed = new ArrayList<>();
		Map<String, Bounds> newBounds = new HashMap<>();
		for (DiagramEdge edge : graph.edges()) {
			if (touches(edge, moved)) {
				List<Point> route = RouteFollower.follow(edge.route(), edge.source().absoluteBounds(),
						movedBounds(edge.source(), changes, newBounds), edge.target().absoluteBounds(),
						movedBounds(edge.target(), changes, newBounds));
				if (!route.isEmpty()) {
					followed.add(edgeLayout(edge.id(), route));
				}
			}
		}
		if (!followed.isEmpty()) {
			command.append(AddCommand.create(domain(), view, DiagramStatePackage.Literals.DIAGRAM_VIEW__EDGES, followed));
		}
		return command;
	}

	/**
	 * Routes edges by hand: each edge bends at the given points (absolute, in order from its source;
	 * none draws it straight) and its ends sit where the lines to the first and last bend leave its
	 * nodes. The routes are kept in the diagram file, follow their nodes when these are moved, and
	 * give way to ELK's on Arrange all unless the nodes are pinned.
	 *
	 * @throws IllegalArgumentException when the diagram has no edge of one of the ids
	 */
	public Command changeRoutes(Map<String, List<Point>> bends) {
		DiagramGraph graph = session.graph();
		for (String id : bends.keySet()) {
			if (graph.edge(id) == null) {
				throw new IllegalArgumentException("the diagram has no edge '" + id + "'");
			}
		}
		CompoundCommand command = new CompoundCommand(bends.size() == 1 ? session.messages().text("command.routeOne")
				: session.messages().text("command.routeMany", bends.size()));
		if (!isSaved()) {
			command.append(saveLayoutCommand(graph, Set.of(), Set.of(), bends.keySet()));
		} else {
			List<EdgeLayout> replaced = view.getEdges().stream().filter(layout -> bends.containsKey(layout.getEdge())).toList();
			if (!replaced.isEmpty()) {
				command.append(RemoveCommand.create(domain(), view, DiagramStatePackage.Literals.DIAGRAM_VIEW__EDGES, replaced));
			}
		}
		List<EdgeLayout> routed = new ArrayList<>();
		bends.forEach((id, points) -> routed.add(edgeLayout(id, routeThrough(graph.edge(id), points))));
		command.append(AddCommand.create(domain(), view, DiagramStatePackage.Literals.DIAGRAM_VIEW__EDGES, routed));
		return command;
	}

	/** The route from the border of the edge's source through {@code bends} to the border of its target. */
	private static List<Point> routeThrough(DiagramEdge edge, List<Point> bends) {
		Bounds source = edge.source().absoluteBounds();
		Bounds target = edge.target().absoluteBounds();
		Point firstBend = bends.isEmpty() ? DiagramLayout.centre(target) : bends.get(0);
		Point lastBend = bends.isEmpty() ? DiagramLayout.centre(source) : bends.get(bends.size() - 1);
		List<Point> route = new ArrayList<>(bends.size() + 2);
		route.add(DiagramLayout.border(source, firstBend));
		route.addAll(bends);
		route.add(DiagramLayout.border(target, lastBend));
		return route;
	}

	/**
	 * The absolute bounds of {@code node} once {@code changes} (relative to the parents) are made: a
	 * node inside a moved one moves with it.
	 */
	private static Bounds movedBounds(DiagramNode node, Map<String, Bounds> changes, Map<String, Bounds> known) {
		Bounds cached = known.get(node.id());
		if (cached != null) {
			return cached;
		}
		Bounds result;
		Bounds change = changes.get(node.id());
		if (node.parent() == null) {
			result = change != null ? change : node.absoluteBounds();
		} else {
			Bounds parent = movedBounds(node.parent(), changes, known);
			Bounds own = change != null ? change : node.bounds();
			result = new Bounds(parent.x() + own.x(), parent.y() + own.y(), own.width(), own.height());
		}
		known.put(node.id(), result);
		return result;
	}

	/**
	 * The command that puts a node just created, or just moved to another parent, at {@code location}
	 * (relative to the node it is drawn in); a node the layout has already keeps its size.
	 * {@code before} is the diagram before the change when its automatic layout is yet to be saved,
	 * else {@code null}.
	 */
	Command place(DiagramGraph before, DiagramNode node, Point location) {
		CompoundCommand place = new CompoundCommand();
		if (before != null) {
			materialise(before, place, Set.of(), Set.of(node.id()));
		}
		NodeLayout saved = before != null ? null
				: view.getNodes().stream().filter(layout -> layout.getNode().equals(node.id())).findFirst().orElse(null);
		if (saved != null) {
			setBounds(place, saved, new Bounds(location.x(), location.y(), saved.getWidth(), saved.getHeight()));
		} else {
			Bounds size = before == null || before.node(node.id()) == null ? node.bounds() : before.node(node.id()).bounds();
			place.append(AddCommand.create(domain(), view, DiagramStatePackage.Literals.DIAGRAM_VIEW__NODES,
					nodeLayout(node.id(), new Bounds(location.x(), location.y(), size.width(), size.height()))));
		}
		return place;
	}

	/** Appends to {@code command} the removal of the saved bounds of {@code removed} and the nodes inside them. */
	void forget(CompoundCommand command, Collection<DiagramNode> removed) {
		Set<String> ids = new HashSet<>();
		removed.forEach(node -> collectDescendants(node, ids));
		List<NodeLayout> stale = view.getNodes().stream().filter(layout -> ids.contains(layout.getNode())).toList();
		if (!stale.isEmpty()) {
			command.append(RemoveCommand.create(domain(), view, DiagramStatePackage.Literals.DIAGRAM_VIEW__NODES, stale));
		}
	}

	/** Adds the ids of {@code node} and of the nodes drawn inside it, at any depth, to {@code into}. */
	static void collectDescendants(DiagramNode node, Set<String> into) {
		into.add(node.id());
		node.children().forEach(child -> collectDescendants(child, into));
	}

	private static boolean touches(DiagramEdge edge, Set<String> nodes) {
		return nodes.contains(edge.source().id()) || nodes.contains(edge.target().id());
	}

	private void setBounds(CompoundCommand command, NodeLayout layout, Bounds bounds) {
		command.append(SetCommand.create(domain(), layout, DiagramStatePackage.Literals.NODE_LAYOUT__X, bounds.x()));
		command.append(SetCommand.create(domain(), layout, DiagramStatePackage.Literals.NODE_LAYOUT__Y, bounds.y()));
		command.append(SetCommand.create(domain(), layout, DiagramStatePackage.Literals.NODE_LAYOUT__WIDTH, bounds.width()));
		command.append(SetCommand.create(domain(), layout, DiagramStatePackage.Literals.NODE_LAYOUT__HEIGHT, bounds.height()));
	}

	/**
	 * While a diagram has no saved layout it is arranged automatically on every build; the first
	 * edit saves that arrangement, so that one moved node does not scatter the others.
	 */
	private void materialise(DiagramGraph graph, CompoundCommand command, Set<String> skippedEdgeEnds, Set<String> skippedNodes) {
		if (!isSaved()) {
			CompoundCommand save = saveLayoutCommand(graph, skippedEdgeEnds, skippedNodes);
			// nothing else to keep (a diagram of one node, moved): an empty part would make the edit unexecutable
			if (!save.getCommandList().isEmpty()) {
				command.append(save);
			}
		}
	}

	private CompoundCommand saveLayoutCommand(DiagramGraph graph, Set<String> skippedEdgeEnds, Set<String> skippedNodes) {
		return saveLayoutCommand(graph, skippedEdgeEnds, skippedNodes, Set.of());
	}

	/** The command that saves the graph's layout but for {@code skippedNodes}, {@code skippedEdges} and the edges at {@code skippedEdgeEnds}. */
	private CompoundCommand saveLayoutCommand(DiagramGraph graph, Set<String> skippedEdgeEnds, Set<String> skippedNodes,
			Set<String> skippedEdges) {
		List<NodeLayout> nodes = new ArrayList<>();
		for (DiagramNode node : graph.nodes()) {
			if (!node.isRow() && !skippedNodes.contains(node.id())) {
				nodes.add(nodeLayout(node.id(), node.bounds()));
			}
		}
		List<EdgeLayout> edges = new ArrayList<>();
		for (DiagramEdge edge : graph.edges()) {
			if (!edge.route().isEmpty() && !touches(edge, skippedEdgeEnds) && !skippedEdges.contains(edge.id())) {
				edges.add(edgeLayout(edge.id(), edge.route()));
			}
		}
		CompoundCommand command = new CompoundCommand(); // a part of the edit that needs it, which names it
		if (!nodes.isEmpty()) {
			command.append(AddCommand.create(domain(), view, DiagramStatePackage.Literals.DIAGRAM_VIEW__NODES, nodes));
		}
		if (!edges.isEmpty()) {
			command.append(AddCommand.create(domain(), view, DiagramStatePackage.Literals.DIAGRAM_VIEW__EDGES, edges));
		}
		return command;
	}

	private static EdgeLayout edgeLayout(String id, List<Point> route) {
		EdgeLayout layout = DiagramStateFactory.eINSTANCE.createEdgeLayout();
		layout.setEdge(id);
		route.forEach(point -> {
			layout.getPoints().add(point.x());
			layout.getPoints().add(point.y());
		});
		return layout;
	}

		private static NodeLayout nodeLayout(String id, Bounds bounds) {
		NodeLayout layout = DiagramStateFactory.eINSTANCE.createNodeLayout();
		layout.setNode(id);
		layout.setX(bounds.x());
		layout.setY(bounds.y());
		layout.setWidth(bounds.width());
		layout.setHeight(bounds.height());
		return layout;
	}

	private EditingDomain domain() {
		return session.domain();
	}
}

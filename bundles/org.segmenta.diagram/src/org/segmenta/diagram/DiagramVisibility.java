/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.segmenta.diagram.internal.ToolRules;
import org.segmenta.diagram.state.DiagramStatePackage;
import org.segmenta.diagram.state.DiagramView;

/**
 * What one representation shows of its model, as Sirius users know it: Hide, Remove from diagram,
 * Show hidden elements, hiding an edge's label, and Pin and Unpin. The choices live in the
 * representation ({@link DiagramView} in the diagram file), never in the model, so two
 * representations of one kind hide and pin independently. Commands are returned, not executed.
 * <p>
 * The diagram is always built from the model, so a removed element would come straight back if
 * removing only dropped its place; Remove from diagram therefore hides the element as Hide does,
 * and also forgets its place (and those of the nodes inside it): brought back with Show hidden
 * elements, it is placed anew, where a hidden one returns where it was.
 */
public final class DiagramVisibility {

	/** The suffix that makes a hidden edge label's entry in {@link #hidden()} (the edge id, then this). */
	public static final String LABEL_SUFFIX = "#label";

	/** An entry of "Show hidden elements": the id to pass to {@link #show} and what it is, in words. */
	public record Hidden(String id, String label) {
	}

	private final DiagramSession session;
	private final DiagramView view;

	DiagramVisibility(DiagramSession session, DiagramView view) {
		this.session = session;
		this.view = view;
	}

	/** Hides the nodes (with the nodes inside them and their edges) and edges; each keeps its place for when it is shown. */
	public Command hide(Collection<String> ids) {
		Shown shown = shown(ids);
		CompoundCommand command = new CompoundCommand(session.messages().text("command.hide"));
		session.layout().keepPlaces(command, shown.nodes(), List.of());
		command.append(AddCommand.create(session.domain(), view, DiagramStatePackage.Literals.DIAGRAM_VIEW__HIDDEN_ELEMENTS, shown.ids()));
		return command;
	}

	/**
	 * Takes the nodes and edges out of this representation: hidden, without their places, and without
	 * the notes' links to the nodes (and to those inside them); the model keeps them.
	 */
	public Command remove(Collection<String> ids) {
		Shown shown = shown(ids);
		CompoundCommand command = new CompoundCommand(session.messages().text("command.removeFromDiagram"));
		session.layout().keepPlaces(command, List.of(), shown.nodes());
		session.layout().forget(command, shown.nodes());
		Set<String> removed = new HashSet<>();
		shown.nodes().forEach(node -> SavedLayout.collectDescendants(node, removed));
		session.notes().detachFrom(command, removed, shown.ids());
		List<String> unpinned = view.getPinnedNodes().stream().filter(shown.ids()::contains).toList();
		if (!unpinned.isEmpty()) {
			command.append(RemoveCommand.create(session.domain(), view, DiagramStatePackage.Literals.DIAGRAM_VIEW__PINNED_NODES, unpinned));
		}
		command.append(AddCommand.create(session.domain(), view, DiagramStatePackage.Literals.DIAGRAM_VIEW__HIDDEN_ELEMENTS, shown.ids()));
		return command;
	}

	/** Draws the edges without their labels. */
	public Command hideLabels(Collection<String> edgeIds) {
		DiagramGraph graph = session.graph();
		List<String> labelled = new ArrayList<>();
		for (String id : new LinkedHashSet<>(edgeIds)) {
			DiagramEdge edge = graph.edge(id);
			if (edge == null) {
				throw refused("edge.unknown", id);
			}
			if (edge.label().isEmpty()) {
				throw refused("visibility.noLabel", describe(edge));
			}
			labelled.add(id);
		}
		CompoundCommand command = new CompoundCommand(session.messages().text("command.hideLabel"));
		command.append(AddCommand.create(session.domain(), view, DiagramStatePackage.Literals.DIAGRAM_VIEW__HIDDEN_LABELS, labelled));
		return command;
	}

	/** Shows again what {@link #hidden()} lists under these ids: hidden or removed elements, hidden labels. */
	public Command show(Collection<String> ids) {
		List<String> elements = new ArrayList<>();
		List<String> labels = new ArrayList<>();
		for (String id : new LinkedHashSet<>(ids)) {
			String edge = id.endsWith(LABEL_SUFFIX) ? id.substring(0, id.length() - LABEL_SUFFIX.length()) : null;
			if (edge != null && view.getHiddenLabels().contains(edge)) {
				labels.add(edge);
			} else if (view.getHiddenElements().contains(id)) {
				elements.add(id);
			} else {
				throw refused("visibility.notHidden", id);
			}
		}
		CompoundCommand command = new CompoundCommand(session.messages().text("command.show"));
		removeFrom(command, DiagramStatePackage.Literals.DIAGRAM_VIEW__HIDDEN_ELEMENTS, elements);
		removeFrom(command, DiagramStatePackage.Literals.DIAGRAM_VIEW__HIDDEN_LABELS, labels);
		return command;
	}

	/**
	 * Pins the nodes, so that Arrange all leaves them (and the nodes inside them) where they are, or
	 * unpins them. The diagram's layout is saved first while it has none, as a move saves it.
	 */
	public Command pin(Collection<String> ids, boolean pinned) {
		DiagramGraph graph = session.graph();
		List<DiagramNode> nodes = new ArrayList<>();
		for (String id : new LinkedHashSet<>(ids)) {
			DiagramNode node = graph.node(id);
			if (node == null) {
				throw refused("node.unknown", id);
			}
			if (node.isRow()) {
				throw refused("pin.row", ToolRules.describe(node), ToolRules.describe(node.parent()));
			}
			if (node.isPinned() != pinned) {
				nodes.add(node);
			}
		}
		List<String> changed = nodes.stream().map(DiagramNode::id).toList();
		CompoundCommand command = new CompoundCommand(session.messages().text(pinned ? "command.pin" : "command.unpin"));
		if (pinned && !changed.isEmpty()) {
			session.layout().keepPlaces(command, nodes, List.of());
			command.append(AddCommand.create(session.domain(), view, DiagramStatePackage.Literals.DIAGRAM_VIEW__PINNED_NODES, changed));
		} else {
			removeFrom(command, DiagramStatePackage.Literals.DIAGRAM_VIEW__PINNED_NODES, changed);
		}
		return command;
	}

	/**
	 * What this representation hides, in the order it was hidden, named as the diagram would label
	 * it: what "Show hidden elements" offers. An element the model no longer has, or that a layer
	 * or filter leaves out anyway, is not listed.
	 */
	public List<Hidden> hidden() {
		if (view.getHiddenElements().isEmpty() && view.getHiddenLabels().isEmpty()) {
			return List.of();
		}
		DiagramGraph everything = session.builder(false).build(session.project(), session.root());
		List<Hidden> hidden = new ArrayList<>();
		for (String id : view.getHiddenElements()) {
			DiagramNode node = everything.node(id);
			DiagramEdge edge = everything.edge(id);
			if (node != null) {
				hidden.add(new Hidden(id, ToolRules.describe(node)));
			} else if (edge != null) {
				hidden.add(new Hidden(id, describe(edge)));
			}
		}
		for (String id : view.getHiddenLabels()) {
			DiagramEdge edge = everything.edge(id);
			if (edge != null && !view.getHiddenElements().contains(id)) {
				hidden.add(new Hidden(id + LABEL_SUFFIX, session.messages().text("visibility.label", describe(edge))));
			}
		}
		return hidden;
	}

	/** The nodes and edges named, as the diagram shows them now; an id it does not show is refused. */
	private Shown shown(Collection<String> ids) {
		DiagramGraph graph = session.graph();
		List<DiagramNode> nodes = new ArrayList<>();
		Set<String> shown = new LinkedHashSet<>();
		for (String id : ids) {
			DiagramNode node = graph.node(id);
			if (node != null) {
				nodes.add(node);
			} else if (graph.edge(id) == null) {
				throw refused("element.unknown", id);
			}
			shown.add(id);
		}
		return new Shown(List.copyOf(shown), nodes);
	}

	private record Shown(List<String> ids, List<DiagramNode> nodes) {
	}

	private void removeFrom(CompoundCommand command, EAttribute feature, List<String> ids) {
		if (!ids.isEmpty()) {
			command.append(RemoveCommand.create(session.domain(), view, feature, ids));
		}
	}

	private String describe(DiagramEdge edge) {
		return session.messages().text("visibility.edge", edge.mapping().getLabel(), edge.source().label(), edge.target().label());
	}

	private IllegalArgumentException refused(String key, Object... arguments) {
		return ToolRules.refused(session.messages(), key, arguments);
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.segmenta.diagram.description.DiagramDescription;
import org.segmenta.diagram.description.NodeMapping;

/**
 * What a diagram rooted at one model element shows, for any description: the root, what lies under
 * it (its containment tree), the elements of other kinds linked with those (the personas of a
 * segmentation's segments, the values of a community) and the top-level nodes an edge joins to
 * them. Elements of the root's own kind outside its tree (the other communities) are left out, so
 * a value-community map of one community shows that community and its sub-communities.
 */
final class RootScope {

	private final EObject root;
	private final Set<EObject> under = new HashSet<>();
	private final Set<EObject> linked = new HashSet<>();
	private final Set<EClass> underTypes = new HashSet<>();

	RootScope(EObject root) {
		this.root = root;
		under.add(root);
		for (TreeIterator<EObject> contents = root.eAllContents(); contents.hasNext();) {
			under.add(contents.next());
		}
		for (EObject element : under) {
			linked.addAll(element.eCrossReferences());
			underTypes.add(element.eClass());
		}
	}

	/**
	 * Whether {@code description} can show a diagram rooted at an element of {@code type}: some
	 * mapping shows elements of the type, or the type's containment tree holds elements a mapping
	 * shows (a segmentation holds the segments a persona board lists).
	 */
	static boolean accepts(DiagramDescription description, EClass type) {
		List<NodeMapping> mappings = allMappings(description);
		Set<EClass> reachable = new HashSet<>();
		collectContainable(type, reachable);
		for (NodeMapping mapping : mappings) {
			if (reachable.stream().anyMatch(candidate -> fits(mapping, candidate))) {
				return true;
			}
		}
		return false;
	}

	/** The mapping that draws the root when no top-level mapping's candidates hold it (a sub-community). */
	static Optional<NodeMapping> mappingFor(DiagramDescription description, EObject root) {
		return allMappings(description).stream().filter(mapping -> fits(mapping, root.eClass())).findFirst();
	}

	/** The graph without what lies outside the scope. */
	DiagramGraph restrict(DiagramGraph full) {
		Set<DiagramNode> kept = new HashSet<>();
		for (DiagramNode top : full.roots()) {
			EObject element = top.element();
			if (under.contains(element) || !isPeer(top) && isLinked(element)) {
				kept.add(top);
			}
		}
		Set<DiagramNode> neighbours = new HashSet<>();
		for (DiagramEdge edge : full.edges()) {
			DiagramNode source = top(edge.source());
			DiagramNode target = top(edge.target());
			if (kept.contains(source) != kept.contains(target)) {
				DiagramNode outside = kept.contains(source) ? target : source;
				if (!isPeer(outside)) {
					neighbours.add(outside);
				}
			}
		}
		kept.addAll(neighbours);
		DiagramGraph graph = new DiagramGraph(full.description());
		List<DiagramNode> included = new ArrayList<>();
		for (DiagramNode node : full.nodes()) {
			if (kept.contains(top(node))) {
				graph.add(node);
				included.add(node);
			}
		}
		Set<DiagramNode> shown = new HashSet<>(included);
		for (DiagramEdge edge : full.edges()) {
			if (shown.contains(edge.source()) && shown.contains(edge.target())) {
				graph.add(edge);
			}
		}
		return graph;
	}

	/** A node of the root's own kind: shown only when it lies under the root. */
	private boolean isPeer(DiagramNode node) {
		return DiagramGraphBuilder.isDomainElement(node.mapping(), root) && node.mapping().getDomainClass() != null
				&& !node.mapping().getDomainClass().isBlank();
	}

	/**
	 * Whether {@code element}, shown inside a node (as a row or a child), is of a kind the root's tree
	 * holds but lies outside that tree: on a persona board of one segmentation, a card does not list
	 * the persona's segments of the other segmentations.
	 */
	boolean isForeign(EObject element) {
		return underTypes.contains(element.eClass()) && !under.contains(element);
	}

	private boolean isLinked(EObject element) {
		if (linked.contains(element)) {
			return true;
		}
		for (EObject target : element.eCrossReferences()) {
			if (under.contains(target)) {
				return true;
			}
		}
		return false;
	}

	private static DiagramNode top(DiagramNode node) {
		DiagramNode top = node;
		while (top.parent() != null) {
			top = top.parent();
		}
		return top;
	}

	private static boolean fits(NodeMapping mapping, EClass type) {
		String domainClass = mapping.getDomainClass();
		return domainClass != null && (type.getName().equals(domainClass)
				|| type.getEAllSuperTypes().stream().anyMatch(superType -> superType.getName().equals(domainClass)));
	}

	private static void collectContainable(EClass type, Set<EClass> into) {
		if (!into.add(type)) {
			return;
		}
		for (EReference containment : type.getEAllContainments()) {
			collectContainable(containment.getEReferenceType(), into);
		}
	}

	/** Every node mapping, top-level ones first, then those inside them. */
	private static List<NodeMapping> allMappings(DiagramDescription description) {
		List<NodeMapping> mappings = new ArrayList<>(description.getNodeMappings());
		for (int i = 0; i < mappings.size(); i++) {
			for (NodeMapping child : mappings.get(i).getChildMappings()) {
				if (!mappings.contains(child)) {
					mappings.add(child);
				}
			}
		}
		return mappings;
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.segmenta.diagram.DiagramKinds;
import org.segmenta.diagram.DiagramMessages;
import org.segmenta.diagram.DiagramNode;
import org.segmenta.diagram.description.CreateEdgeTool;
import org.segmenta.diagram.description.DeleteTool;
import org.segmenta.diagram.description.DiagramDescription;
import org.segmenta.diagram.description.DirectEditTool;
import org.segmenta.diagram.description.EdgeMapping;
import org.segmenta.diagram.description.Mapping;
import org.segmenta.diagram.description.Tool;

/**
 * What a diagram description allows its edits: which tool an id names, which nodes an edge may
 * join, what may be deleted, which reference an edge stands for. A request outside of that is
 * refused with an {@link IllegalArgumentException} that says why, in the user's terms.
 */
public final class ToolRules {

	private ToolRules() {
	}

	/** The tool {@code id} of {@code description}, which must be a {@code kind}. */
	public static <T extends Tool> T tool(DiagramDescription description, String id, Class<T> kind) {
		for (Tool tool : description.getTools()) {
			if (tool.getId().equals(id)) {
				if (!kind.isInstance(tool)) {
					throw refused(messages(description), "tool.wrongKind", id, kind.getSimpleName());
				}
				return kind.cast(tool);
			}
		}
		throw refused(messages(description), "tool.unknown", description.getLabel(), id);
	}

	/** Refuses {@code what} unless a delete tool of {@code description} applies to {@code mapping}. */
	public static void requireDeletable(DiagramDescription description, Mapping mapping, String what) {
		boolean allowed = description.getTools().stream().filter(DeleteTool.class::isInstance).map(DeleteTool.class::cast)
				.anyMatch(tool -> tool.getMappings().contains(mapping));
		if (!allowed) {
			throw refused(messages(description), "delete.refused", what, description.getLabel());
		}
	}

	/** The direct-edit (rename) tool of {@code description} that applies to nodes of {@code mapping}, or {@code null}. */
	public static DirectEditTool renameTool(DiagramDescription description, Mapping mapping) {
		return description.getTools().stream().filter(DirectEditTool.class::isInstance).map(DirectEditTool.class::cast)
				.filter(tool -> tool.getMappings().contains(mapping)).findFirst().orElse(null);
	}

	/**
	 * Whether the ends of edges of {@code mapping} may be moved to other nodes: where the description
	 * offers a create-edge tool for the mapping, so that the edge is one the user may draw (a
	 * containment shown as an edge, such as a segmentation's segments, is not).
	 */
	public static boolean isReconnectable(DiagramDescription description, EdgeMapping mapping) {
		return description.getTools().stream().filter(CreateEdgeTool.class::isInstance).map(CreateEdgeTool.class::cast)
				.anyMatch(tool -> tool.getMapping() == mapping);
	}

	/** Refuses an edge of {@code mapping} (named {@code what}) from {@code source} to {@code target} the mapping does not draw. */
	public static void checkEnds(String what, EdgeMapping mapping, DiagramNode source, DiagramNode target) {
		if (!mapping.getSourceMappings().contains(source.mapping())) {
			throw refused(messages(mapping), "edge.cannotStart", what, describe(source));
		}
		if (!mapping.getTargetMappings().contains(target.mapping())) {
			throw refused(messages(mapping), "edge.cannotEnd", what, describe(target));
		}
		if (source == target) {
			throw refused(messages(mapping), "edge.itself", what, describe(source));
		}
	}

	/** The reference of {@code source} that edges of a reference-based {@code mapping} show. */
	public static EReference relation(EdgeMapping mapping, EObject source) {
		String path = mapping.getTargetExpression() == null ? "" : mapping.getTargetExpression().strip();
		if (source.eClass().getEStructuralFeature(path) instanceof EReference reference && !reference.isContainment()) {
			return reference;
		}
		throw refused(messages(mapping), "edge.notReference", mapping.getLabel(), path);
	}

	/** {@code initial}, numbered when a sibling in {@code feature} of {@code container} has that name already. */
	public static String uniqueName(EObject container, EStructuralFeature feature, EStructuralFeature name, String initial) {
		Set<Object> taken = new HashSet<>();
		for (Object sibling : (List<?>) container.eGet(feature)) {
			taken.add(((EObject) sibling).eGet(name));
		}
		String candidate = initial;
		for (int number = 2; taken.contains(candidate); number++) {
			candidate = initial + " " + number;
		}
		return candidate;
	}

	/** The node as messages name it: its mapping and label, e.g. {@code Persona 'Sanne Højbjerg'}. */
	public static String describe(DiagramNode node) {
		return node.mapping().getLabel() + " '" + node.label() + "'";
	}

	/** The texts in the language of the description that {@code element} is part of. */
	public static DiagramMessages messages(EObject element) {
		return EcoreUtil.getRootContainer(element) instanceof DiagramDescription description
				? DiagramMessages.of(DiagramKinds.language(description))
				: DiagramMessages.of(Locale.ENGLISH);
	}

	/** A refusal saying why, in the diagram's language. */
	public static IllegalArgumentException refused(DiagramMessages messages, String key, Object... arguments) {
		return new IllegalArgumentException(messages.text(key, arguments));
	}
}

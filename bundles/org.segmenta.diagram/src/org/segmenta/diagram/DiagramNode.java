/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.segmenta.diagram.description.ChildrenPresentation;
import org.segmenta.diagram.description.NodeMapping;
import org.segmenta.diagram.description.NodeShape;
import org.segmenta.diagram.internal.NodeGeometry;
import org.segmenta.validation.Severity;

/**
 * A node of a {@link DiagramGraph}: one model element shown through one node mapping. Its bounds are
 * relative to its parent node, or to the diagram for top-level nodes.
 */
public final class DiagramNode {

	/** A titled group of rows in a list node, with bounds relative to the node. */
	public record Compartment(String label, NodeMapping mapping, Bounds bounds) {
	}

	private final String id;
	private final EObject element;
	private final NodeMapping mapping;
	private final DiagramNode parent;
	private final String label;
	private final List<String> details;
	private final NodeAppearance appearance;
	private final Severity severity;
	private final List<String> problems;
	private final List<DiagramNode> children = new ArrayList<>();
	private final List<Compartment> compartments = new ArrayList<>();
	private static final double ROW_GAP = 3;
	private double x;
	private double y;
	private double width;
	private double height;
	private boolean pinned;

	DiagramNode(String id, EObject element, NodeMapping mapping, DiagramNode parent, String label, List<String> details,
			NodeAppearance appearance, Severity severity, List<String> problems) {
		this.id = id;
		this.element = element;
		this.mapping = mapping;
		this.parent = parent;
		this.label = label;
		this.details = List.copyOf(details);
		this.appearance = appearance;
		this.severity = severity;
		this.problems = List.copyOf(problems);
		if (parent != null) {
			parent.children.add(this);
		}
	}

	/** The id: the mapping's id and the element's id, e.g. {@code st-segment:s1}. */
	public String id() {
		return id;
	}

	public EObject element() {
		return element;
	}

	public NodeMapping mapping() {
		return mapping;
	}

	/** The node this one is drawn in, or {@code null}. */
	public DiagramNode parent() {
		return parent;
	}

	public String label() {
		return label;
	}

	/** The lines of text under the label. */
	public List<String> details() {
		return details;
	}

	public NodeAppearance appearance() {
		return appearance;
	}

	/** The worst validation severity of the element, or {@code null} when it has no findings. */
	public Severity severity() {
		return severity;
	}

	/** The validation messages about the element. */
	public List<String> problems() {
		return problems;
	}

	/** The nodes drawn inside this one. */
	public List<DiagramNode> children() {
		return Collections.unmodifiableList(children);
	}

	/** Whether the node frames child nodes placed by the layout (and is sized by them). */
	public boolean isContainer() {
		return appearance.shape() == NodeShape.CONTAINER || children.stream().anyMatch(child -> !child.isRow());
	}

	/** Whether the node lists nodes of some child mappings as rows, in compartments under its text. */
	public boolean isList() {
		return mapping.getChildMappings().stream().anyMatch(DiagramNode::listsRows);
	}

	/** Whether the node is a row of its parent: placed by the parent, not by the layout. */
	public boolean isRow() {
		return parent != null && listsRows(mapping);
	}

	/** Whether the nodes of {@code mapping} are rows of their parent. */
	public static boolean listsRows(NodeMapping mapping) {
		return mapping.getChildrenPresentation() == ChildrenPresentation.LIST;
	}

	/** The bottom of the node's rows (relative to the node), or {@code 0} without rows. */
	public double rowsBottom() {
		return children.stream().filter(DiagramNode::isRow).mapToDouble(row -> row.y + row.height).max().orElse(0);
	}

	/** The compartments of a list node, each heading its rows; empty for other nodes. */
	public List<Compartment> compartments() {
		return Collections.unmodifiableList(compartments);
	}

	/**
	 * Stacks the rows of a list node from {@code top} down, one compartment per child mapping that
	 * has rows, and grows the node to hold them.
	 */
	void stackRows(double top, double headingHeight) {
		double pad = NodeGeometry.PADDING_X;
		double rowsWidth = width;
		for (DiagramNode row : children) {
			if (row.isRow()) {
				rowsWidth = Math.max(rowsWidth, row.width + 2 * pad);
			}
		}
		width = rowsWidth;
		double y = top;
		compartments.clear();
		for (NodeMapping child : mapping.getChildMappings()) {
			List<DiagramNode> rows = children.stream().filter(row -> row.mapping == child && row.isRow()).toList();
			if (rows.isEmpty()) {
				continue;
			}
			compartments.add(new Compartment(child.getLabel(), child, new Bounds(pad, y, width - 2 * pad, headingHeight)));
			y += headingHeight;
			for (DiagramNode row : rows) {
				row.setBounds(pad, y, width - 2 * pad, row.height);
				y += row.height + ROW_GAP;
			}
			y += ROW_GAP;
		}
		height = Math.max(height, y + NodeGeometry.PADDING_Y);
	}

	public Bounds bounds() {
		return new Bounds(x, y, width, height);
	}

	/** The bounds in diagram coordinates. */
	public Bounds absoluteBounds() {
		double ax = x;
		double ay = y;
		for (DiagramNode ancestor = parent; ancestor != null; ancestor = ancestor.parent) {
			ax += ancestor.x;
			ay += ancestor.y;
		}
		return new Bounds(ax, ay, width, height);
	}

	/** Makes the rows and compartment headings as wide as the node, after it was resized. */
	void fitRows() {
		double rowWidth = width - 2 * NodeGeometry.PADDING_X;
		for (DiagramNode row : children) {
			if (row.isRow()) {
				row.width = rowWidth;
			}
		}
		compartments.replaceAll(compartment -> new Compartment(compartment.label(), compartment.mapping(),
				new Bounds(compartment.bounds().x(), compartment.bounds().y(), rowWidth, compartment.bounds().height())));
	}

	void setBounds(double x, double y, double width, double height) {
		this.x = x;
		this.y = y;
		this.width = width;
		this.height = height;
	}

	/** Whether the node keeps its place when the diagram is arranged anew (Pin). */
	public boolean isPinned() {
		return pinned;
	}

	void setPinned(boolean pinned) {
		this.pinned = pinned;
	}

	void setSize(double width, double height) {
		this.width = width;
		this.height = height;
	}

	/**
	 * Whether {@code other} (the same node in another build) is drawn exactly as this one: same
	 * element, mapping, parent, text, style, validation, place, size and pin. Children are not compared;
	 * each is a node of its own.
	 */
	public boolean drawsLike(DiagramNode other) {
		return id.equals(other.id) && element == other.element && mapping == other.mapping
				&& Objects.equals(parentId(), other.parentId()) && label.equals(other.label) && details.equals(other.details)
				&& appearance.equals(other.appearance) && severity == other.severity && problems.equals(other.problems)
				&& isContainer() == other.isContainer() && compartments.equals(other.compartments) && x == other.x && y == other.y && width == other.width
				&& height == other.height
				&& pinned == other.pinned;
	}

	private String parentId() {
		return parent == null ? null : parent.id;
	}

	@Override
	public String toString() {
		return id + " '" + label + "'";
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram;

import java.awt.Font;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.segmenta.diagram.description.ConditionalEdgeStyle;
import org.segmenta.diagram.description.ConditionalNodeStyle;
import org.segmenta.diagram.description.DescriptionPackage;
import org.segmenta.diagram.description.DiagramDescription;
import org.segmenta.diagram.description.EdgeMapping;
import org.segmenta.diagram.description.EdgeStyle;
import org.segmenta.diagram.description.Filter;
import org.segmenta.diagram.description.Layer;
import org.segmenta.diagram.description.Mapping;
import org.segmenta.diagram.description.NodeMapping;
import org.segmenta.diagram.description.NodeShape;
import org.segmenta.diagram.description.NodeStyle;
import org.segmenta.diagram.internal.Expressions;
import org.segmenta.diagram.internal.NodeGeometry;
import org.segmenta.diagram.internal.TextMetrics;
import org.segmenta.model.Identified;
import org.segmenta.model.edit.ModelCommandStack;
import org.segmenta.validation.Severity;

/**
 * Builds a {@link DiagramGraph} from a model through a description: evaluates the mappings' semantic
 * candidates, labels and conditional styles, honours the active layers and filters, and sizes every
 * node to its text. Positions are left to the layout.
 */
public final class DiagramGraphBuilder {

	private static final Pattern HEX_COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");

	private final DiagramDescription description;
	private final Expressions expressions;
	private final Function<EObject, Severity> severities;
	private final Function<EObject, List<String>> problems;
	private final Set<String> activeLayers;
	private final Set<String> activeFilters;
	private final Set<String> hidden;
	private final Set<String> hiddenLabels;
	/** What a diagram from a root shows, while {@link #build} draws one; {@code null} for the whole model. */
	private RootScope scope;

	/**
	 * @param services      the services contributed by name, {@code null} for unknown ones
	 * @param severities    the worst validation severity of an element, or {@code null}
	 * @param problems      the validation messages about an element
	 * @param activeLayers  the ids of the layers shown
	 * @param activeFilters the ids of the filters applied
	 */
	public DiagramGraphBuilder(DiagramDescription description, Function<String, DiagramService> services,
			Function<EObject, Severity> severities, Function<EObject, List<String>> problems,
			Set<String> activeLayers, Set<String> activeFilters) {
		this(description, services, severities, problems, activeLayers, activeFilters, Set.of(), Set.of());
	}

	/**
	 * A builder that leaves out what one representation hides.
	 *
	 * @param hidden       the ids of the nodes (with what lies inside them) and edges not to show
	 * @param hiddenLabels the ids of the edges drawn without their label
	 */
	public DiagramGraphBuilder(DiagramDescription description, Function<String, DiagramService> services,
			Function<EObject, Severity> severities, Function<EObject, List<String>> problems,
			Set<String> activeLayers, Set<String> activeFilters, Set<String> hidden, Set<String> hiddenLabels) {
		this.description = description;
		this.expressions = new Expressions(services, severities, DiagramKinds.language(description));
		this.severities = severities;
		this.problems = problems;
		this.activeLayers = Set.copyOf(activeLayers);
		this.activeFilters = Set.copyOf(activeFilters);
		this.hidden = Set.copyOf(hidden);
		this.hiddenLabels = Set.copyOf(hiddenLabels);
	}

	/** The ids of the layers a new diagram of {@code description} shows. */
	public static Set<String> defaultLayers(DiagramDescription description) {
		Set<String> layers = new HashSet<>();
		for (Layer layer : description.getLayers()) {
			if (layer.isActiveByDefault()) {
				layers.add(layer.getId());
			}
		}
		return layers;
	}

	/** The ids of the filters a new diagram of {@code description} applies. */
	public static Set<String> defaultFilters(DiagramDescription description) {
		Set<String> filters = new HashSet<>();
		for (Filter filter : description.getFilters()) {
			if (filter.isActiveByDefault()) {
				filters.add(filter.getId());
			}
		}
		return filters;
	}

	/** The diagram of the whole model: the mappings' candidates evaluated from {@code context}, the project. */
	public DiagramGraph build(EObject context) {
		return build(context, null);
	}

	/**
	 * The diagram of {@code root} and what lies under it (see {@link #acceptsRoot}), or of the whole
	 * model when {@code root} is {@code null} or {@code context} itself. A root that no top-level
	 * node shows (a sub-community) is drawn at the top by the first mapping of its class.
	 */
	public DiagramGraph build(EObject context, EObject root) {
		DiagramGraph graph = new DiagramGraph(description);
		boolean scoped = root != null && root != context;
		scope = scoped ? new RootScope(root) : null;
		for (NodeMapping mapping : description.getNodeMappings()) {
			addNodes(graph, mapping, expressions.elements(context, mapping.getSemanticCandidates()), null);
		}
		if (scoped && graph.roots().stream().noneMatch(node -> node.element() == root)) {
			RootScope.mappingFor(description, root).ifPresent(mapping -> addNodes(graph, mapping, List.of(root), null));
		}
		for (EdgeMapping mapping : description.getEdgeMappings()) {
			if (isShown(mapping)) {
				addEdges(graph, mapping);
			}
		}
		return scoped ? scope.restrict(graph) : graph;
	}

	/**
	 * Whether a diagram of {@code description} can be rooted at elements of {@code type}: a mapping
	 * shows such elements, or elements that such an element holds (a persona board of a
	 * segmentation lists the personas of its segments).
	 */
	public static boolean acceptsRoot(DiagramDescription description, EClass type) {
		return type.getName().equals(description.getRootClass()) || RootScope.accepts(description, type);
	}

	/**
	 * The node that shows {@code element} through {@code mapping}, labelled, styled and sized as a
	 * build would make it, without building the rest of the diagram; it has no parent and no place.
	 */
	public DiagramNode node(NodeMapping mapping, EObject element) {
		return createNode(nodeId(mapping, element), mapping, element, null);
	}

	/** The id of the node that shows {@code element} through {@code mapping}. */
	public static String nodeId(NodeMapping mapping, EObject element) {
		return mapping.getId() + ":" + elementKey(element);
	}

	/** The element's id, or its URI fragment for elements without one. */
	public static String elementKey(EObject element) {
		if (element instanceof Identified identified && identified.getId() != null) {
			return identified.getId();
		}
		return element.eResource() == null ? Integer.toHexString(System.identityHashCode(element))
				: element.eResource().getURIFragment(element);
	}

	/** Whether {@code element} is an instance of the mapping's domain class (or no class is named). */
	public static boolean isDomainElement(Mapping mapping, EObject element) {
		String domainClass = mapping.getDomainClass();
		if (domainClass == null || domainClass.isBlank()) {
			return true;
		}
		if (element.eClass().getName().equals(domainClass)) {
			return true;
		}
		return element.eClass().getEAllSuperTypes().stream().anyMatch(type -> type.getName().equals(domainClass));
	}

	private boolean isShown(Mapping mapping) {
		return mapping.getLayer() == null || activeLayers.contains(mapping.getLayer().getId());
	}

	private void addNodes(DiagramGraph graph, NodeMapping mapping, Iterable<EObject> candidates, DiagramNode parent) {
		if (!isShown(mapping)) {
			return;
		}
		for (EObject element : candidates) {
			ModelCommandStack.giveWayToChanges(); // a build of thousands of nodes does not hold up the user's command
			if (!isDomainElement(mapping, element) || isFilteredOut(mapping, element)
					|| parent != null && scope != null && scope.isForeign(element)) {
				continue;
			}
			// a row lists an element that other rows list too (a segment on every persona card that names it)
			String id = parent != null && DiagramNode.listsRows(mapping) ? rowId(parent, mapping, element) : nodeId(mapping, element);
			if (hidden.contains(id)) {
				continue; // with the nodes inside it, and the edges that would end at it
			}
			if (graph.node(id) != null) {
				continue; // reachable twice, e.g. through a closure that revisits; one node suffices
			}
			DiagramNode node = createNode(id, mapping, element, parent);
			graph.add(node);
			for (NodeMapping child : mapping.getChildMappings()) {
				addNodes(graph, child, expressions.elements(element, child.getSemanticCandidates()), node);
			}
			if (node.isList()) {
				// a container shows no details: its rows start under its header
				double top = node.isContainer() ? NodeGeometry.headerHeight(node.appearance())
						: NodeGeometry.textSize(node.appearance(), node.label(), node.details())[1];
				node.stackRows(top, NodeGeometry.compartmentHeadingHeight());
			}
		}
	}

	/** The id of the row that lists {@code element} through {@code mapping} in the list node {@code parent}. */
	public static String rowId(DiagramNode parent, NodeMapping mapping, EObject element) {
		return parent.id() + "/" + nodeId(mapping, element);
	}

	private boolean isFilteredOut(Mapping mapping, EObject element) {
		for (Filter filter : description.getFilters()) {
			if (activeFilters.contains(filter.getId())
					&& (filter.getMappings().isEmpty() ? mapping instanceof NodeMapping : filter.getMappings().contains(mapping))
					&& expressions.holds(element, filter.getCondition())) {
				return true;
			}
		}
		return false;
	}

	private DiagramNode createNode(String id, NodeMapping mapping, EObject element, DiagramNode parent) {
		NodeAppearance appearance = appearance(mapping, element);
		String label = expressions.text(element, mapping.getLabelExpression() == null ? "{name}" : mapping.getLabelExpression());
		Font detailFont = NodeGeometry.detailFont(appearance);
		double wrapWidth = appearance.shape() == NodeShape.CARD ? NodeGeometry.CARD_WRAP_WIDTH : NodeGeometry.WRAP_WIDTH;
		List<String> details = new ArrayList<>();
		for (String template : mapping.getDetailExpressions()) {
			String line = expressions.line(element, template);
			if (line != null && !line.isBlank()) {
				details.addAll(TextMetrics.wrap(line, detailFont, wrapWidth, NodeGeometry.MAX_DETAIL_LINES));
			}
		}
		Severity severity = severities.apply(element);
		DiagramNode node = new DiagramNode(id, element, mapping, parent, label, details, appearance, severity,
				severity == null ? List.of() : problems.apply(element));
		double[] text = NodeGeometry.textSize(appearance, label, details);
		NodeStyle style = mapping.getStyle();
		double width = style == null ? 0 : style.getWidth();
		Double scale = expressions.number(element, mapping.getWidthExpression());
		if (scale != null) {
			width *= 1 + Math.max(0, Math.min(1, scale));
		}
		double height = style == null ? 0 : style.getHeight();
		node.setSize(Math.max(width, text[0]), Math.max(height, text[1]));
		return node;
	}

	private NodeAppearance appearance(NodeMapping mapping, EObject element) {
		NodeAppearance appearance = overlay(NodeAppearance.DEFAULT, mapping.getStyle(), element);
		for (ConditionalNodeStyle conditional : mapping.getConditionalStyles()) {
			if (expressions.holds(element, conditional.getCondition())) {
				appearance = overlay(appearance, conditional.getStyle(), element);
			}
		}
		return readable(appearance);
	}

	private NodeAppearance overlay(NodeAppearance base, NodeStyle style, EObject element) {
		if (style == null) {
			return base;
		}
		String fill = colour(style.getFillColour(), base.fill());
		if (style.getFillExpression() != null) {
			fill = colour(expressions.text(element, "{" + style.getFillExpression() + "}"), fill);
		}
		return new NodeAppearance(style.eIsSet(DescriptionPackage.Literals.NODE_STYLE__SHAPE) ? style.getShape() : base.shape(),
				fill, colour(style.getBorderColour(), base.border()), colour(style.getLabelColour(), base.labelColour()),
				style.getBorderWidth() > 0 ? style.getBorderWidth() : base.borderWidth(),
				style.getFontSize() > 0 ? style.getFontSize() : base.fontSize(), style.isBold() || base.bold());
	}

	/**
	 * Fill colours come from the model (a segment's colour), so a description cannot know them: when
	 * its label colour would be hard to read on the fill (WCAG contrast below 3:1), the label turns
	 * dark or white, whichever reads better. Cards and containers draw their label on the fill too.
	 */
	private static NodeAppearance readable(NodeAppearance appearance) {
		double fill = luminance(appearance.fill());
		if (contrast(fill, luminance(appearance.labelColour())) >= 3) {
			return appearance;
		}
		String label = contrast(fill, luminance("#1F2933")) >= contrast(fill, 1) ? "#1F2933" : "#FFFFFF";
		return new NodeAppearance(appearance.shape(), appearance.fill(), appearance.border(), label,
				appearance.borderWidth(), appearance.fontSize(), appearance.bold());
	}

	private static double contrast(double a, double b) {
		return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
	}

	/** The relative luminance of a #RRGGBB colour (WCAG 2). */
	private static double luminance(String hex) {
		int rgb = Integer.parseInt(hex.substring(1), 16);
		double luminance = 0;
		double[] weights = { 0.2126, 0.7152, 0.0722 };
		for (int channel = 0; channel < 3; channel++) {
			double value = ((rgb >> (16 - 8 * channel)) & 0xFF) / 255.0;
			value = value <= 0.03928 ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4);
			luminance += weights[channel] * value;
		}
		return luminance;
	}

	private static String colour(String value, String fallback) {
		return value != null && HEX_COLOUR.matcher(value).matches() ? value.toUpperCase(Locale.ROOT) : fallback;
	}

	private void addEdges(DiagramGraph graph, EdgeMapping mapping) {
		for (DiagramNode source : graph.nodes()) {
			ModelCommandStack.giveWayToChanges();
			if (!mapping.getSourceMappings().contains(source.mapping())) {
				continue;
			}
			if (isElementBased(mapping)) {
				for (EObject link : expressions.elements(source.element(), mapping.getSemanticCandidates())) {
					if (isDomainElement(mapping, link)) {
						for (EObject targetElement : expressions.elements(link, mapping.getTargetExpression())) {
							connect(graph, mapping, source, targetElement, link);
						}
					}
				}
			} else {
				for (EObject targetElement : expressions.elements(source.element(), mapping.getTargetExpression())) {
					connect(graph, mapping, source, targetElement, null);
				}
			}
		}
	}

	/** Whether edges of {@code mapping} stand for elements (rather than for a reference). */
	public static boolean isElementBased(EdgeMapping mapping) {
		return mapping.getSemanticCandidates() != null && !mapping.getSemanticCandidates().isBlank();
	}

	/** The id of an edge: the mapping, then the link element or the two node ids. */
	public static String edgeId(EdgeMapping mapping, String sourceNodeId, String targetNodeId, EObject link) {
		return mapping.getId() + ":" + (link == null ? sourceNodeId + "->" + targetNodeId : elementKey(link));
	}

	private void connect(DiagramGraph graph, EdgeMapping mapping, DiagramNode source, EObject targetElement, EObject link) {
		for (DiagramNode target : graph.nodesOf(targetElement)) {
			if (!mapping.getTargetMappings().contains(target.mapping()) || target == source) {
				continue;
			}
			String id = edgeId(mapping, source.id(), target.id(), link);
			if (graph.containsEdge(id) || hidden.contains(id)) {
				continue;
			}
			EObject styled = link == null ? source.element() : link;
			if (isFilteredOut(mapping, styled)) {
				continue;
			}
			EdgeAppearance appearance = overlay(EdgeAppearance.DEFAULT, mapping.getStyle());
			for (ConditionalEdgeStyle conditional : mapping.getConditionalStyles()) {
				if (expressions.holds(styled, conditional.getCondition())) {
					appearance = overlay(appearance, conditional.getStyle());
				}
			}
			String label = mapping.getLabelExpression() == null || hiddenLabels.contains(id) ? ""
					: expressions.text(styled, mapping.getLabelExpression());
			graph.add(new DiagramEdge(id, link, mapping, source, target, label, appearance));
		}
	}

	private static EdgeAppearance overlay(EdgeAppearance base, EdgeStyle style) {
		if (style == null) {
			return base;
		}
		return new EdgeAppearance(colour(style.getColour(), base.colour()), style.getWidth() > 0 ? style.getWidth() : base.width(),
				style.eIsSet(DescriptionPackage.Literals.EDGE_STYLE__LINE_STYLE) ? style.getLineStyle() : base.lineStyle(),
				style.eIsSet(DescriptionPackage.Literals.EDGE_STYLE__SOURCE_ARROW) ? style.getSourceArrow() : base.sourceArrow(),
				style.eIsSet(DescriptionPackage.Literals.EDGE_STYLE__TARGET_ARROW) ? style.getTargetArrow() : base.targetArrow());
	}
}

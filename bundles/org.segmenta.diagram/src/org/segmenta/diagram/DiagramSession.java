/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.segmenta.diagram.description.CreateEdgeTool;
import org.segmenta.diagram.description.CreateNodeTool;
import org.segmenta.diagram.description.DeleteTool;
import org.segmenta.diagram.description.DiagramDescription;
import org.segmenta.diagram.description.DirectEditTool;
import org.segmenta.diagram.description.EdgeMapping;
import org.segmenta.diagram.description.Mapping;
import org.segmenta.diagram.description.NodeMapping;
import org.segmenta.diagram.description.Tool;
import org.segmenta.diagram.internal.NodeGeometry;
import org.segmenta.diagram.state.DiagramFile;
import org.segmenta.diagram.state.DiagramStateFactory;
import org.segmenta.diagram.state.DiagramStatePackage;
import org.segmenta.diagram.state.DiagramView;
import org.segmenta.diagram.state.EdgeLayout;
import org.segmenta.diagram.state.NodeLayout;
import org.segmenta.model.Project;
import org.segmenta.model.SegmentaPackage;
import org.segmenta.model.persistence.ModelLoadException;
import org.segmenta.validation.Finding;
import org.segmenta.validation.Severity;
import org.segmenta.validation.ValidationReport;

/**
 * One diagram kind open on one model, in an editing domain: builds the diagram with its saved
 * layout, and turns diagram edits (palette tools, moves, label edits, layers) into EMF commands on
 * the domain's command stack, so that the diagram, the model editor and undo share one history.
 * Commands are returned, not executed; the caller executes them on the stack. A request that does
 * not fit the description (unknown tool, a node the tool does not apply to) is refused with an
 * {@link IllegalArgumentException} that says why.
 */
public final class DiagramSession {

	private final EditingDomain domain;
	private final Project project;
	private final DiagramDescription description;
	private final DiagramKinds kinds;
	private final Resource stateResource;
	private final DiagramView view;
	private final Map<EObject, Severity> severities = new IdentityHashMap<>();
	private final Map<EObject, List<String>> problems = new IdentityHashMap<>();
	private ValidationReport validationShown;
	/** The last graph built, until something changes. */
	private volatile DiagramGraph current;
	private final EContentAdapter invalidator = new EContentAdapter() {
		@Override
		public void notifyChanged(Notification notification) {
			super.notifyChanged(notification);
			if (!notification.isTouch()) {
				current = null;
			}
		}
	};

	private DiagramSession(EditingDomain domain, Project project, DiagramDescription description, DiagramKinds kinds,
			Resource stateResource, DiagramView view) {
		this.domain = domain;
		this.project = project;
		this.description = description;
		this.kinds = kinds;
		this.stateResource = stateResource;
		this.view = view;
	}

	/**
	 * Opens the diagram of kind {@code kindId} on {@code project}, reading its diagram file into the
	 * domain's resource set.
	 *
	 * @throws IllegalArgumentException when there is no such kind
	 * @throws ModelLoadException       when the diagram file exists but cannot be read
	 */
	public static DiagramSession open(EditingDomain domain, Project project, DiagramKinds kinds, String kindId)
			throws ModelLoadException {
		DiagramDescription description = kinds.get(kindId);
		URI modelUri = project.eResource().getURI();
		Resource stateResource = DiagramFiles.stateResource(domain.getResourceSet(), modelUri);
		DiagramFile file = (DiagramFile) stateResource.getContents().get(0);
		DiagramView view = file.getViews().stream().filter(candidate -> kindId.equals(candidate.getKind())).findFirst()
				.orElse(null);
		if (view == null) {
			// choosing to look at a diagram is not an edit of the model: no command
			view = DiagramStateFactory.eINSTANCE.createDiagramView();
			view.setKind(kindId);
			file.getViews().add(view);
		}
		return new DiagramSession(domain, project, description, kinds, stateResource, view);
	}

	/**
	 * Opens a diagram outside an editor (export, reports): in an editing domain of its own over the
	 * project's resource set.
	 */
	public static DiagramSession open(Project project, DiagramKinds kinds, String kindId) throws ModelLoadException {
		EditingDomain domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(), new BasicCommandStack(),
				project.eResource().getResourceSet());
		return open(domain, project, kinds, kindId);
	}

	public EditingDomain domain() {
		return domain;
	}

	public Project project() {
		return project;
	}

	public DiagramDescription description() {
		return description;
	}

	/** The diagram file's resource; save it together with the model. */
	public Resource stateResource() {
		return stateResource;
	}

	/** Shows the findings of {@code report} on the diagram's nodes; {@code null} clears them. */
	public void showValidation(ValidationReport report) {
		if (report == validationShown) {
			return;
		}
		validationShown = report;
		current = null;
		severities.clear();
		problems.clear();
		if (report == null) {
			return;
		}
		for (Finding finding : report.findings()) {
			EObject element = finding.element();
			severities.merge(element, finding.severity(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
			problems.computeIfAbsent(element, key -> new ArrayList<>()).add(finding.getMessage());
		}
	}

	/** The ids of the layers shown. */
	public Set<String> activeLayers() {
		return view.isCustomised() ? new LinkedHashSet<>(view.getActiveLayers()) : DiagramGraphBuilder.defaultLayers(description);
	}

	/** The ids of the filters applied. */
	public Set<String> activeFilters() {
		return view.isCustomised() ? new LinkedHashSet<>(view.getActiveFilters()) : DiagramGraphBuilder.defaultFilters(description);
	}

	/**
	 * The diagram as it is now: the model through the description, at its saved layout. The same
	 * graph is returned until something in the domain's resource set or the validation shown
	 * changes, because a diagram of thousands of nodes takes a while to build (and to lay out while
	 * it has no saved layout). Callers must not lay it out anew.
	 */
	public DiagramGraph graph() {
		DiagramGraph graph = current;
		if (graph == null) {
			if (!domain.getResourceSet().eAdapters().contains(invalidator)) {
				domain.getResourceSet().eAdapters().add(invalidator);
			}
			graph = builder().build(project);
			if (view.getNodes().isEmpty()) {
				DiagramLayout.arrange(graph);
			} else {
				applySavedLayout(graph);
			}
			current = graph;
		}
		return graph;
	}

	/** Stops following the model's changes; call it when the diagram is closed and the model stays open. */
	public void dispose() {
		domain.getResourceSet().eAdapters().remove(invalidator);
		current = null;
	}

	private DiagramGraphBuilder builder() {
		return new DiagramGraphBuilder(description, kinds::service, severities::get,
				element -> problems.getOrDefault(element, List.of()), activeLayers(), activeFilters());
	}

	private void applySavedLayout(DiagramGraph graph) {
		Map<String, NodeLayout> nodes = new HashMap<>();
		view.getNodes().forEach(layout -> nodes.put(layout.getNode(), layout));
		Map<String, Double> nextFreeY = new HashMap<>();
		double right = 0;
		for (NodeLayout layout : view.getNodes()) {
			right = Math.max(right, layout.getX() + layout.getWidth());
		}
		for (DiagramNode node : graph.nodes()) {
			NodeLayout layout = nodes.get(node.id());
			if (layout != null && layout.getWidth() > 0 && layout.getHeight() > 0) {
				node.setBounds(layout.getX(), layout.getY(), layout.getWidth(), layout.getHeight());
			} else {
				// new since the layout was saved: a column right of the diagram, or under the parent's header
				String column = node.parent() == null ? "" : node.parent().id();
				double x = node.parent() == null ? right + 60 : 16;
				double top = node.parent() == null ? 24 : NodeGeometry.headerHeight(node.parent().appearance()) + 10;
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

	/** Lays the whole diagram out anew with ELK ("Arrange All"). */
	public Command arrange() {
		DiagramGraph graph = builder().build(project);
		DiagramLayout.arrange(graph);
		CompoundCommand command = new CompoundCommand("Arrange All");
		if (!view.getNodes().isEmpty()) {
			command.append(RemoveCommand.create(domain, view, DiagramStatePackage.Literals.DIAGRAM_VIEW__NODES, List.copyOf(view.getNodes())));
		}
		if (!view.getEdges().isEmpty()) {
			command.append(RemoveCommand.create(domain, view, DiagramStatePackage.Literals.DIAGRAM_VIEW__EDGES, List.copyOf(view.getEdges())));
		}
		command.append(saveLayoutCommand(graph, Set.of()));
		return command;
	}

	/**
	 * Moves and resizes nodes. Bounds are relative to the parent node. Routes of the edges at moved
	 * nodes are dropped, so they are drawn straight until the next arrange.
	 */
	public Command changeBounds(Map<String, Bounds> changes) {
		DiagramGraph graph = graph();
		for (String id : changes.keySet()) {
			requireNode(graph, id);
		}
		CompoundCommand command = new CompoundCommand(changes.size() == 1 ? "Move" : "Move " + changes.size() + " Elements");
		Set<String> moved = new HashSet<>(changes.keySet());
		for (String id : changes.keySet()) {
			graph.node(id).children().forEach(child -> collectDescendants(child, moved));
		}
		materialise(graph, command, moved);
		Map<String, NodeLayout> saved = new HashMap<>();
		view.getNodes().forEach(layout -> saved.put(layout.getNode(), layout));
		changes.forEach((id, bounds) -> {
			NodeLayout layout = saved.get(id);
			if (layout == null) {
				command.append(AddCommand.create(domain, view, DiagramStatePackage.Literals.DIAGRAM_VIEW__NODES,
						nodeLayout(id, bounds)));
			} else {
				setBounds(command, layout, bounds);
			}
		});
		List<EdgeLayout> stale = view.getEdges().stream()
				.filter(layout -> graph.edge(layout.getEdge()) != null && touches(graph.edge(layout.getEdge()), moved)).toList();
		if (!stale.isEmpty()) {
			command.append(RemoveCommand.create(domain, view, DiagramStatePackage.Literals.DIAGRAM_VIEW__EDGES, stale));
		}
		return command;
	}

	private static void collectDescendants(DiagramNode node, Set<String> into) {
		into.add(node.id());
		node.children().forEach(child -> collectDescendants(child, into));
	}

	private static boolean touches(DiagramEdge edge, Set<String> nodes) {
		return nodes.contains(edge.source().id()) || nodes.contains(edge.target().id());
	}

	private void setBounds(CompoundCommand command, NodeLayout layout, Bounds bounds) {
		command.append(SetCommand.create(domain, layout, DiagramStatePackage.Literals.NODE_LAYOUT__X, bounds.x()));
		command.append(SetCommand.create(domain, layout, DiagramStatePackage.Literals.NODE_LAYOUT__Y, bounds.y()));
		command.append(SetCommand.create(domain, layout, DiagramStatePackage.Literals.NODE_LAYOUT__WIDTH, bounds.width()));
		command.append(SetCommand.create(domain, layout, DiagramStatePackage.Literals.NODE_LAYOUT__HEIGHT, bounds.height()));
	}

	/**
	 * While a diagram has no saved layout it is arranged automatically on every build; the first
	 * edit saves that arrangement, so that one moved node does not scatter the others.
	 */
	private void materialise(DiagramGraph graph, CompoundCommand command, Set<String> skippedEdgeEnds) {
		if (view.getNodes().isEmpty()) {
			command.append(saveLayoutCommand(graph, skippedEdgeEnds));
		}
	}

	private Command saveLayoutCommand(DiagramGraph graph, Set<String> skippedEdgeEnds) {
		List<NodeLayout> nodes = new ArrayList<>();
		for (DiagramNode node : graph.nodes()) {
			nodes.add(nodeLayout(node.id(), node.bounds()));
		}
		List<EdgeLayout> edges = new ArrayList<>();
		for (DiagramEdge edge : graph.edges()) {
			if (!edge.route().isEmpty() && !touches(edge, skippedEdgeEnds)) {
				EdgeLayout layout = DiagramStateFactory.eINSTANCE.createEdgeLayout();
				layout.setEdge(edge.id());
				edge.route().forEach(point -> {
					layout.getPoints().add(point.x());
					layout.getPoints().add(point.y());
				});
				edges.add(layout);
			}
		}
		CompoundCommand command = new CompoundCommand("Save Layout");
		command.append(AddCommand.create(domain, view, DiagramStatePackage.Literals.DIAGRAM_VIEW__NODES, nodes));
		if (!edges.isEmpty()) {
			command.append(AddCommand.create(domain, view, DiagramStatePackage.Literals.DIAGRAM_VIEW__EDGES, edges));
		}
		return command;
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

	/**
	 * Creates an element with a create-node tool, in the element of the node {@code containerNodeId}
	 * ({@code null} for the diagram's root). The model container is not always the drawing
	 * container: a segment created in a segmentation is drawn beside it, a sub-community inside its
	 * community. {@code location}, when given, is therefore relative to the node the new node is drawn
	 * in: the container node when the tool's mapping is one of its child mappings, otherwise the
	 * diagram (node bounds are stored the same way).
	 */
	public Command createNode(String toolId, String containerNodeId, Point location) {
		CreateNodeTool tool = tool(toolId, CreateNodeTool.class);
		// a large diagram takes long to build: the container is looked up by its id instead
		EObject container;
		if (containerNodeId == null) {
			if (!tool.getContainerMappings().isEmpty()) {
				throw new IllegalArgumentException("'" + tool.getLabel() + "' creates inside a "
						+ tool.getContainerMappings().get(0).getLabel() + "; choose one");
			}
			container = project;
		} else {
			DiagramNode node = nodeById(containerNodeId);
			if (!tool.getContainerMappings().contains(node.mapping())) {
				throw new IllegalArgumentException("'" + tool.getLabel() + "' cannot create inside " + describe(node));
			}
			container = node.element();
		}
		EClass eClass = (EClass) SegmentaPackage.eINSTANCE.getEClassifier(tool.getMapping().getDomainClass());
		EStructuralFeature feature = container.eClass().getEStructuralFeature(tool.getContainerFeature());
		EObject element = EcoreUtil.create(eClass);
		EStructuralFeature name = eClass.getEStructuralFeature("name");
		if (name != null && tool.getInitialName() != null) {
			element.eSet(name, uniqueName(container, feature, name, tool.getInitialName()));
		}
		Command add = AddCommand.create(domain, container, feature, element);
		// without a saved layout, the automatic one is saved first, as it was before the creation
		DiagramGraph before = location != null && view.getNodes().isEmpty() ? graph() : null;
		return new CreateAndPlaceCommand(tool.getLabel(), add, before, element, tool, location);
	}

	/** Executes the creation, then places the node, whose id is known once the element has one. */
	private final class CreateAndPlaceCommand extends CompoundCommand {
		private final DiagramGraph graph;
		private final EObject element;
		private final CreateNodeTool tool;
		private final Point location;
		private boolean placed;

		/** @param graph the diagram before the creation when its layout is yet to be saved, or {@code null} */
		CreateAndPlaceCommand(String label, Command add, DiagramGraph graph, EObject element, CreateNodeTool tool, Point location) {
			super(label);
			append(add);
			this.graph = graph;
			this.element = element;
			this.tool = tool;
			this.location = location;
		}

		@Override
		public void execute() {
			super.execute();
			if (location != null && !placed) {
				placed = true;
				CompoundCommand place = new CompoundCommand();
				if (graph != null) {
					materialise(graph, place, Set.of());
				}
				DiagramNode created = builder().node(tool.getMapping(), element);
				Bounds size = created.bounds();
				place.append(AddCommand.create(domain, view, DiagramStatePackage.Literals.DIAGRAM_VIEW__NODES,
						nodeLayout(created.id(), new Bounds(location.x(), location.y(), size.width(), size.height()))));
				appendAndExecute(place);
			}
		}

		@Override
		public Collection<?> getAffectedObjects() {
			return List.of(element);
		}
	}

	private static String uniqueName(EObject container, EStructuralFeature feature, EStructuralFeature name, String initial) {
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

	/** Connects two nodes with a create-edge tool. */
	public Command createEdge(String toolId, String sourceNodeId, String targetNodeId) {
		CreateEdgeTool tool = tool(toolId, CreateEdgeTool.class);
		DiagramGraph graph = graph();
		DiagramNode source = requireNode(graph, sourceNodeId);
		DiagramNode target = requireNode(graph, targetNodeId);
		EdgeMapping mapping = tool.getMapping();
		checkEnds(tool.getLabel(), mapping, source, target);
		if (DiagramGraphBuilder.isElementBased(mapping)) {
			EObject link = EcoreUtil.create((EClass) SegmentaPackage.eINSTANCE.getEClassifier(mapping.getDomainClass()));
			link.eSet(link.eClass().getEStructuralFeature(mapping.getTargetExpression().strip()), target.element());
			return labelled(tool.getLabel(), AddCommand.create(domain, source.element(),
					source.element().eClass().getEStructuralFeature(mapping.getSemanticCandidates().strip()), link));
		}
		EReference reference = relation(mapping, source.element());
		if (reference.isMany()) {
			if (((List<?>) source.element().eGet(reference)).contains(target.element())) {
				throw new IllegalArgumentException(describe(source) + " and " + describe(target) + " are already connected");
			}
			return labelled(tool.getLabel(), AddCommand.create(domain, source.element(), reference, target.element()));
		}
		return labelled(tool.getLabel(), SetCommand.create(domain, source.element(), reference, target.element()));
	}

	/** Moves an edge's ends to other nodes. */
	public Command reconnectEdge(String edgeId, String sourceNodeId, String targetNodeId) {
		DiagramGraph graph = graph();
		DiagramEdge edge = graph.edge(edgeId);
		if (edge == null) {
			throw new IllegalArgumentException("the diagram has no edge '" + edgeId + "'");
		}
		DiagramNode source = requireNode(graph, sourceNodeId);
		DiagramNode target = requireNode(graph, targetNodeId);
		EdgeMapping mapping = edge.mapping();
		checkEnds(mapping.getLabel(), mapping, source, target);
		CompoundCommand command = new CompoundCommand("Reconnect " + mapping.getLabel());
		if (DiagramGraphBuilder.isElementBased(mapping)) {
			EObject link = edge.element();
			if (source != edge.source()) {
				EStructuralFeature holder = source.element().eClass().getEStructuralFeature(mapping.getSemanticCandidates().strip());
				command.append(RemoveCommand.create(domain, link));
				command.append(AddCommand.create(domain, source.element(), holder, link));
			}
			command.append(SetCommand.create(domain, link, link.eClass().getEStructuralFeature(mapping.getTargetExpression().strip()),
					target.element()));
			return command;
		}
		EReference reference = relation(mapping, source.element());
		if (reference.isMany() && ((List<?>) source.element().eGet(reference)).contains(target.element())) {
			throw new IllegalArgumentException(describe(source) + " and " + describe(target) + " are already connected");
		}
		command.append(disconnect(edge));
		command.append(reference.isMany() ? AddCommand.create(domain, source.element(), reference, target.element())
				: SetCommand.create(domain, source.element(), reference, target.element()));
		return command;
	}

	/** Deletes the elements behind the given nodes and edges, as the description's delete tools allow. */
	public Command delete(Collection<String> ids) {
		DiagramGraph graph = graph();
		CompoundCommand command = new CompoundCommand("Delete");
		List<EObject> elements = new ArrayList<>();
		Set<String> removedNodes = new HashSet<>();
		for (String id : ids) {
			DiagramNode node = graph.node(id);
			DiagramEdge edge = graph.edge(id);
			if (node != null) {
				requireDeletable(node.mapping(), describe(node));
				elements.add(node.element());
				collectDescendants(node, removedNodes);
			} else if (edge != null) {
				requireDeletable(edge.mapping(), "this " + edge.mapping().getLabel());
				if (edge.element() != null) {
					elements.add(edge.element());
				} else {
					command.append(disconnect(edge));
				}
			} else {
				throw new IllegalArgumentException("the diagram has no element '" + id + "'");
			}
		}
		if (!elements.isEmpty()) {
			command.append(DeleteCommand.create(domain, elements));
		}
		List<NodeLayout> stale = view.getNodes().stream().filter(layout -> removedNodes.contains(layout.getNode())).toList();
		if (!stale.isEmpty()) {
			command.append(RemoveCommand.create(domain, view, DiagramStatePackage.Literals.DIAGRAM_VIEW__NODES, stale));
		}
		return command;
	}

	/** Writes {@code text} into the attribute a direct-edit tool names for the node's mapping. */
	public Command editLabel(String nodeId, String text) {
		DiagramNode node = requireNode(graph(), nodeId);
		DirectEditTool tool = description.getTools().stream().filter(DirectEditTool.class::isInstance)
				.map(DirectEditTool.class::cast).filter(candidate -> candidate.getMappings().contains(node.mapping()))
				.findFirst().orElseThrow(() -> new IllegalArgumentException("the label of " + describe(node) + " cannot be edited here"));
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("the " + tool.getFeature() + " of " + describe(node) + " cannot be empty");
		}
		EStructuralFeature feature = node.element().eClass().getEStructuralFeature(tool.getFeature());
		return labelled("Rename", SetCommand.create(domain, node.element(), feature, text.strip()));
	}

	/** Shows or hides a layer. */
	public Command showLayer(String layerId, boolean shown) {
		if (description.getLayers().stream().noneMatch(layer -> layer.getId().equals(layerId))) {
			throw new IllegalArgumentException("the diagram has no layer '" + layerId + "'");
		}
		Set<String> layers = activeLayers();
		if (shown) {
			layers.add(layerId);
		} else {
			layers.remove(layerId);
		}
		return choose(shown ? "Show Layer" : "Hide Layer", DiagramStatePackage.Literals.DIAGRAM_VIEW__ACTIVE_LAYERS, layers);
	}

	/** Applies or lifts a filter. */
	public Command applyFilter(String filterId, boolean applied) {
		if (description.getFilters().stream().noneMatch(filter -> filter.getId().equals(filterId))) {
			throw new IllegalArgumentException("the diagram has no filter '" + filterId + "'");
		}
		Set<String> filters = activeFilters();
		if (applied) {
			filters.add(filterId);
		} else {
			filters.remove(filterId);
		}
		return choose(applied ? "Apply Filter" : "Lift Filter", DiagramStatePackage.Literals.DIAGRAM_VIEW__ACTIVE_FILTERS, filters);
	}

	private Command choose(String label, EStructuralFeature feature, Set<String> ids) {
		CompoundCommand command = new CompoundCommand(label);
		command.append(SetCommand.create(domain, view, feature, new ArrayList<>(ids)));
		if (!view.isCustomised()) {
			// from now on the view keeps its own choices: the other list starts from the defaults
			EStructuralFeature other = feature == DiagramStatePackage.Literals.DIAGRAM_VIEW__ACTIVE_LAYERS
					? DiagramStatePackage.Literals.DIAGRAM_VIEW__ACTIVE_FILTERS : DiagramStatePackage.Literals.DIAGRAM_VIEW__ACTIVE_LAYERS;
			Set<String> defaults = other == DiagramStatePackage.Literals.DIAGRAM_VIEW__ACTIVE_LAYERS ? activeLayers() : activeFilters();
			command.append(SetCommand.create(domain, view, other, new ArrayList<>(defaults)));
			command.append(SetCommand.create(domain, view, DiagramStatePackage.Literals.DIAGRAM_VIEW__CUSTOMISED, true));
		}
		return command;
	}

	private Command disconnect(DiagramEdge edge) {
		EObject source = edge.source().element();
		EReference reference = relation(edge.mapping(), source);
		return reference.isMany() ? RemoveCommand.create(domain, source, reference, edge.target().element())
				: SetCommand.create(domain, source, reference, SetCommand.UNSET_VALUE);
	}

	private static EReference relation(EdgeMapping mapping, EObject source) {
		String path = mapping.getTargetExpression() == null ? "" : mapping.getTargetExpression().strip();
		if (source.eClass().getEStructuralFeature(path) instanceof EReference reference && !reference.isContainment()) {
			return reference;
		}
		throw new IllegalArgumentException("'" + mapping.getLabel() + "' edges follow '" + path
				+ "', which is not a reference that can be edited from the diagram");
	}

	private void checkEnds(String what, EdgeMapping mapping, DiagramNode source, DiagramNode target) {
		if (!mapping.getSourceMappings().contains(source.mapping())) {
			throw new IllegalArgumentException("'" + what + "' cannot start at " + describe(source));
		}
		if (!mapping.getTargetMappings().contains(target.mapping())) {
			throw new IllegalArgumentException("'" + what + "' cannot end at " + describe(target));
		}
		if (source == target) {
			throw new IllegalArgumentException("'" + what + "' cannot connect " + describe(source) + " with itself");
		}
	}

	private void requireDeletable(Mapping mapping, String what) {
		boolean allowed = description.getTools().stream().filter(DeleteTool.class::isInstance).map(DeleteTool.class::cast)
				.anyMatch(tool -> tool.getMappings().contains(mapping));
		if (!allowed) {
			throw new IllegalArgumentException(what + " cannot be deleted in the " + description.getLabel());
		}
	}

	private <T extends Tool> T tool(String id, Class<T> kind) {
		for (Tool tool : description.getTools()) {
			if (tool.getId().equals(id)) {
				if (!kind.isInstance(tool)) {
					throw new IllegalArgumentException("the tool '" + id + "' is not a " + kind.getSimpleName());
				}
				return kind.cast(tool);
			}
		}
		throw new IllegalArgumentException("the " + description.getLabel() + " has no tool '" + id + "'");
	}

	/** The node {@code id} names (mapping id, then element id), resolved without building the diagram. */
	private DiagramNode nodeById(String id) {
		int colon = id.indexOf(':');
		NodeMapping mapping = null;
		EObject element = null;
		if (colon > 0) {
			String mappingId = id.substring(0, colon);
			for (var contents = description.eAllContents(); contents.hasNext() && mapping == null;) {
				if (contents.next() instanceof NodeMapping candidate && mappingId.equals(candidate.getId())) {
					mapping = candidate;
				}
			}
			element = mapping == null ? null : project.eResource().getEObject(id.substring(colon + 1));
		}
		if (element == null || !DiagramGraphBuilder.isDomainElement(mapping, element)) {
			throw new IllegalArgumentException("the diagram has no node '" + id + "'");
		}
		return builder().node(mapping, element);
	}

	private static DiagramNode requireNode(DiagramGraph graph, String id) {
		DiagramNode node = graph.node(id);
		if (node == null) {
			throw new IllegalArgumentException("the diagram has no node '" + id + "'");
		}
		return node;
	}

	private static String describe(DiagramNode node) {
		return node.mapping().getLabel() + " '" + node.label() + "'";
	}

	private static Command labelled(String label, Command command) {
		CompoundCommand compound = new CompoundCommand(label);
		compound.append(command);
		return compound;
	}
}

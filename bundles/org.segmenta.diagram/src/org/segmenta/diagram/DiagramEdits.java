/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram;

import static org.segmenta.diagram.internal.ToolRules.checkEnds;
import static org.segmenta.diagram.internal.ToolRules.describe;
import static org.segmenta.diagram.internal.ToolRules.isReconnectable;
import static org.segmenta.diagram.internal.ToolRules.relation;
import static org.segmenta.diagram.internal.ToolRules.renameTool;
import static org.segmenta.diagram.internal.ToolRules.requireDeletable;
import static org.segmenta.diagram.internal.ToolRules.tool;
import static org.segmenta.diagram.internal.ToolRules.uniqueName;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.segmenta.diagram.description.CreateEdgeTool;
import org.segmenta.diagram.description.CreateNodeTool;
import org.segmenta.diagram.description.DiagramDescription;
import org.segmenta.diagram.description.DirectEditTool;
import org.segmenta.diagram.description.Tool;
import org.segmenta.diagram.description.EdgeMapping;
import org.segmenta.diagram.description.NodeMapping;
import org.segmenta.diagram.internal.ElementCopier;
import org.segmenta.diagram.internal.ToolRules;
import org.segmenta.diagram.state.DiagramStatePackage;
import org.segmenta.diagram.state.DiagramView;
import org.segmenta.model.SegmentaPackage;

/**
 * The edits a diagram's description offers, as EMF commands on the session's editing domain:
 * creating and connecting elements with the palette tools, reconnecting, deleting, editing labels,
 * and showing layers and applying filters (kept in the diagram file). Commands are returned, not
 * executed; the caller executes them on the stack. A request that does not fit the description
 * (unknown tool, a node the tool does not apply to) is refused with an
 * {@link IllegalArgumentException} that says why.
 */
public final class DiagramEdits {

	/** How far right of and below its original a duplicate is placed (at least). */
	private static final double COPY_OFFSET = 30;

	private final DiagramSession session;
	private final DiagramView view;

	DiagramEdits(DiagramSession session, DiagramView view) {
		this.session = session;
		this.view = view;
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
		if (DiagramNotes.NOTE_TOOL.equals(toolId) || DiagramNotes.TEXT_TOOL.equals(toolId)) {
			// a note lies on the diagram itself, whatever it was dropped on: the location is in diagram coordinates
			return session.notes().create(DiagramNotes.NOTE_TOOL.equals(toolId), "", location);
		}
		CreateNodeTool tool = availableTool(toolId, CreateNodeTool.class);
		// a large diagram takes long to build: the container is looked up by its id instead
		EObject container;
		if (containerNodeId == null) {
			if (!tool.getContainerMappings().isEmpty()) {
				throw refused("create.needsContainer", tool.getLabel(), tool.getContainerMappings().get(0).getLabel());
			}
			container = session.project();
		} else {
			DiagramNode node = nodeById(containerNodeId);
			if (!tool.getContainerMappings().contains(node.mapping())) {
				throw refused("create.wrongContainer", tool.getLabel(), describe(node));
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
		Command add = AddCommand.create(domain(), container, feature, element);
		return new ChangeAndPlaceCommand(tool.getLabel(), List.of(add), element, tool.getMapping(), location);
	}

	/** Where the node of {@code mapping} for {@code element} goes, relative to the node it is drawn in. */
	private record Placement(EObject element, NodeMapping mapping, Point location) {
	}

	/**
	 * Executes a change of the model, then places the elements' nodes, whose ids are known once the
	 * elements have ids and their places in the model.
	 */
	private final class ChangeAndPlaceCommand extends CompoundCommand {
		/** The diagram before the change while its layout is yet to be saved, or {@code null}. */
		private final DiagramGraph graph;
		private final List<Placement> placements;
		private final List<EObject> affected;
		private boolean placed;

		ChangeAndPlaceCommand(String label, List<Command> changes, EObject element, NodeMapping mapping, Point location) {
			this(label, changes, List.of(new Placement(element, mapping, location)), List.of(element), null);
		}

		ChangeAndPlaceCommand(String label, List<Command> changes, List<Placement> placements, List<EObject> affected, DiagramGraph before) {
			super(label);
			changes.forEach(this::append);
			boolean placing = placements.stream().anyMatch(placement -> placement.location() != null);
			// without a saved layout, the automatic one is saved first, as it was before the change
			this.graph = !placing || session.layout().isSaved() ? null : before != null ? before : session.graph();
			this.placements = placements;
			this.affected = affected;
		}

		@Override
		public void execute() {
			super.execute();
			if (placed) {
				return;
			}
			placed = true;
			DiagramGraph before = graph;
			for (Placement placement : placements) {
				if (placement.location() != null) {
					DiagramNode node = session.builder().node(placement.mapping(), placement.element());
					appendAndExecute(session.layout().place(before, node, placement.location()));
					before = null; // the automatic layout is saved by the first
				}
			}
		}

		@Override
		public Collection<?> getAffectedObjects() {
			return affected;
		}
	}

	/** The tool {@code toolId}; refused while its layer is off, because what it made could not be seen. */
	private <T extends Tool> T availableTool(String toolId, Class<T> kind) {
		T tool = tool(description(), toolId, kind);
		if (!session.isAvailable(tool)) {
			throw refused("tool.layerOff", tool.getLabel(), tool.getLayer().getLabel());
		}
		return tool;
	}

	/** Connects two nodes with a create-edge tool. */
	public Command createEdge(String toolId, String sourceNodeId, String targetNodeId) {
		if (DiagramNotes.LINK_TOOL.equals(toolId)) {
			// drawn from the note or to it
			return sourceNodeId.startsWith(DiagramNotes.NODE_PREFIX) ? session.notes().attach(sourceNodeId, targetNodeId)
					: session.notes().attach(targetNodeId, sourceNodeId);
		}
		CreateEdgeTool tool = availableTool(toolId, CreateEdgeTool.class);
		DiagramGraph graph = session.graph();
		DiagramNode source = graph.requireNode(sourceNodeId);
		DiagramNode target = graph.requireNode(targetNodeId);
		EdgeMapping mapping = tool.getMapping();
		checkEnds(tool.getLabel(), mapping, source, target);
		if (DiagramGraphBuilder.isElementBased(mapping)) {
			EObject link = EcoreUtil.create((EClass) SegmentaPackage.eINSTANCE.getEClassifier(mapping.getDomainClass()));
			link.eSet(link.eClass().getEStructuralFeature(mapping.getTargetExpression().strip()), target.element());
			return labelled(tool.getLabel(), AddCommand.create(domain(), source.element(),
					source.element().eClass().getEStructuralFeature(mapping.getSemanticCandidates().strip()), link));
		}
		EReference reference = relation(mapping, source.element());
		if (reference.isMany()) {
			if (((List<?>) source.element().eGet(reference)).contains(target.element())) {
				throw refused("edge.connected", describe(source), describe(target));
			}
			return labelled(tool.getLabel(), AddCommand.create(domain(), source.element(), reference, target.element()));
		}
		return labelled(tool.getLabel(), SetCommand.create(domain(), source.element(), reference, target.element()));
	}

	/** Moves an edge's ends to other nodes. */
	public Command reconnectEdge(String edgeId, String sourceNodeId, String targetNodeId) {
		if (edgeId.startsWith(DiagramNotes.LINK_PREFIX)) {
			return session.notes().reconnect(edgeId, sourceNodeId, targetNodeId);
		}
		DiagramGraph graph = session.graph();
		DiagramEdge edge = graph.edge(edgeId);
		if (edge == null) {
			throw refused("edge.unknown", edgeId);
		}
		DiagramNode source = graph.requireNode(sourceNodeId);
		DiagramNode target = graph.requireNode(targetNodeId);
		EdgeMapping mapping = edge.mapping();
		if (!isReconnectable(description(), mapping)) {
			throw refused("edge.notReconnectable", mapping.getLabel(), description().getLabel());
		}
		checkEnds(mapping.getLabel(), mapping, source, target);
		CompoundCommand command = new CompoundCommand(session.messages().text("command.reconnect", mapping.getLabel()));
		if (DiagramGraphBuilder.isElementBased(mapping)) {
			EObject link = edge.element();
			if (source != edge.source()) {
				EStructuralFeature holder = source.element().eClass().getEStructuralFeature(mapping.getSemanticCandidates().strip());
				command.append(RemoveCommand.create(domain(), link));
				command.append(AddCommand.create(domain(), source.element(), holder, link));
			}
			command.append(SetCommand.create(domain(), link, link.eClass().getEStructuralFeature(mapping.getTargetExpression().strip()),
					target.element()));
			return command;
		}
		EReference reference = relation(mapping, source.element());
		if (reference.isMany() && ((List<?>) source.element().eGet(reference)).contains(target.element())) {
			throw refused("edge.connected", describe(source), describe(target));
		}
		command.append(disconnect(edge));
		command.append(reference.isMany() ? AddCommand.create(domain(), source.element(), reference, target.element())
				: SetCommand.create(domain(), source.element(), reference, target.element()));
		return command;
	}

	/**
	 * Deletes the elements behind the given nodes and edges, as the description's delete tools allow.
	 * Notes linked to the nodes that go (those of the deleted elements and of their contents, shown or
	 * not) lose those links and keep the others.
	 */
	public Command delete(Collection<String> ids) {
		DiagramGraph graph = session.graph();
		CompoundCommand command = new CompoundCommand(session.messages().text("command.delete"));
		List<EObject> elements = new ArrayList<>();
		List<DiagramNode> removedNodes = new ArrayList<>();
		Set<String> goneRows = new HashSet<>();
		for (String id : ids) {
			DiagramNode node = graph.node(id);
			DiagramEdge edge = graph.edge(id);
			if (DiagramNotes.isNoteElement(id)) {
				if (!id.startsWith(DiagramNotes.LINK_PREFIX) || ids.stream().noneMatch(other -> id.startsWith(DiagramNotes.LINK_PREFIX + noteId(other) + ":"))) {
					command.append(session.notes().deleteElement(id)); // a link goes with its note
				}
			} else if (node != null && node.isRow()) {
				requireDeletable(description(), node.mapping(), describe(node));
				command.append(unlist(node));
				goneRows.add(node.id());
			} else if (node != null) {
				requireDeletable(description(), node.mapping(), describe(node));
				elements.add(node.element());
				removedNodes.add(node);
			} else if (edge != null) {
				requireDeletable(description(), edge.mapping(), session.messages().text("delete.edge", edge.mapping().getLabel()));
				if (edge.element() != null) {
					elements.add(edge.element());
				} else {
					command.append(disconnect(edge));
				}
			} else {
				throw refused("element.unknown", id);
			}
		}
		if (!elements.isEmpty()) {
			command.append(DeleteCommand.create(domain(), elements));
		}
		session.layout().forget(command, removedNodes);
		if (session.notes().hasLinks()) {
			Set<String> gone = nodeIds(elements);
			gone.addAll(goneRows);
			session.notes().detachFrom(command, gone, ids);
		}
		return command;
	}

	/** The ids that nodes of any mapping of the description give {@code elements} and everything they contain. */
	private Set<String> nodeIds(Collection<EObject> elements) {
		List<NodeMapping> mappings = new ArrayList<>();
		description().eAllContents().forEachRemaining(content -> {
			if (content instanceof NodeMapping mapping) {
				mappings.add(mapping);
			}
		});
		Set<String> ids = new HashSet<>();
		for (var contents = EcoreUtil.<EObject>getAllContents(elements, false); contents.hasNext();) {
			EObject element = contents.next();
			mappings.stream().filter(mapping -> DiagramGraphBuilder.isDomainElement(mapping, element))
					.forEach(mapping -> ids.add(DiagramGraphBuilder.nodeId(mapping, element)));
		}
		return ids;
	}

	/** The note id of a note's node id, or {@code null} for other ids. */
	private static String noteId(String id) {
		return id.startsWith(DiagramNotes.NODE_PREFIX) ? id.substring(DiagramNotes.NODE_PREFIX.length()) : null;
	}

	/** Whether a rename tool of {@code description} edits the labels of nodes of {@code mapping}. */
	public static boolean isRenamable(DiagramDescription description, NodeMapping mapping) {
		return renameTool(description, mapping) != null;
	}

	/**
	 * Whether the ends of edges of {@code mapping} may be dragged to other nodes: where the
	 * description has a create-edge tool for the mapping.
	 */
	public static boolean canReconnect(DiagramDescription description, EdgeMapping mapping) {
		return isReconnectable(description, mapping);
	}

	/**
	 * Whether nodes of {@code mapping} may be dropped into another parent: where a create-node tool
	 * makes their kind of element inside containers (another container would do), where two tools
	 * make it in different places, or where another node lists it in rows.
	 */
	public static boolean canReparent(DiagramDescription description, NodeMapping mapping) {
		if (DiagramNode.listsRows(mapping)) {
			return false;
		}
		EClass eClass = domainClass(mapping);
		List<CreateNodeTool> tools = description.getTools().stream().filter(CreateNodeTool.class::isInstance)
				.map(CreateNodeTool.class::cast).filter(tool -> domainClass(tool.getMapping()).isSuperTypeOf(eClass)).toList();
		boolean listed = false;
		for (var contents = description.eAllContents(); contents.hasNext() && !listed;) {
			listed = contents.next() instanceof NodeMapping rows && DiagramNode.listsRows(rows) && domainClass(rows).isSuperTypeOf(eClass);
		}
		return listed || tools.size() > 1 || tools.stream().anyMatch(tool -> !tool.getContainerMappings().isEmpty());
	}

	/** Writes {@code text} into the attribute a direct-edit tool names for the node's mapping. */
	public Command editLabel(String nodeId, String text) {
		if (nodeId.startsWith(DiagramNotes.NODE_PREFIX)) {
			return session.notes().setText(nodeId, text);
		}
		DiagramNode node = session.graph().requireNode(nodeId);
		DirectEditTool tool = renameTool(description(), node.mapping());
		if (tool == null) {
			throw refused("label.notEditable", describe(node));
		}
		if (text == null || text.isBlank()) {
			throw refused("label.empty", describe(node));
		}
		EStructuralFeature feature = node.element().eClass().getEStructuralFeature(tool.getFeature());
		return labelled(session.messages().text("command.rename"), SetCommand.create(domain(), node.element(), feature, text.strip()));
	}

	/** Shows or hides a layer. */
	public Command showLayer(String layerId, boolean shown) {
		if (description().getLayers().stream().noneMatch(layer -> layer.getId().equals(layerId))) {
			throw refused("layer.unknown", layerId);
		}
		return choose(session.messages().text(shown ? "command.showLayer" : "command.hideLayer"), DiagramStatePackage.Literals.DIAGRAM_VIEW__ACTIVE_LAYERS, layerId, shown);
	}

	/** Applies or lifts a filter. */
	public Command applyFilter(String filterId, boolean applied) {
		if (description().getFilters().stream().noneMatch(filter -> filter.getId().equals(filterId))) {
			throw refused("filter.unknown", filterId);
		}
		return choose(session.messages().text(applied ? "command.applyFilter" : "command.liftFilter"), DiagramStatePackage.Literals.DIAGRAM_VIEW__ACTIVE_FILTERS, filterId,
				applied);
	}

	/** Adds {@code id} to, or removes it from, the layers or filters the view keeps in {@code feature}. */
	private Command choose(String label, EStructuralFeature feature, String id, boolean chosen) {
		boolean layers = feature == DiagramStatePackage.Literals.DIAGRAM_VIEW__ACTIVE_LAYERS;
		Set<String> ids = layers ? session.activeLayers() : session.activeFilters();
		if (chosen) {
			ids.add(id);
		} else {
			ids.remove(id);
		}
		CompoundCommand command = new CompoundCommand(label);
		command.append(SetCommand.create(domain(), view, feature, new ArrayList<>(ids)));
		if (!view.isCustomised()) {
			// from now on the view keeps its own choices: the other list starts from the defaults
			EStructuralFeature other = layers ? DiagramStatePackage.Literals.DIAGRAM_VIEW__ACTIVE_FILTERS
					: DiagramStatePackage.Literals.DIAGRAM_VIEW__ACTIVE_LAYERS;
			Set<String> defaults = layers ? session.activeFilters() : session.activeLayers();
			command.append(SetCommand.create(domain(), view, other, new ArrayList<>(defaults)));
			command.append(SetCommand.create(domain(), view, DiagramStatePackage.Literals.DIAGRAM_VIEW__CUSTOMISED, true));
		}
		return command;
	}

	/**
	 * Lists the element {@code elementId} in the compartment of the row mapping {@code rowMappingId}
	 * of the node {@code nodeId}, as dropping it there does: a segment dropped on a persona card's
	 * segments becomes one of the persona's segments.
	 */
	public Command addToCompartment(String nodeId, String rowMappingId, String elementId) {
		DiagramNode node = session.graph().requireNode(nodeId);
		NodeMapping rows = node.mapping().getChildMappings().stream()
				.filter(child -> child.getId().equals(rowMappingId) && DiagramNode.listsRows(child)).findFirst()
				.orElseThrow(() -> refused("compartment.unknown", describe(node), rowMappingId));
		EObject element = session.project().eResource().getEObject(elementId);
		if (element == null || !DiagramGraphBuilder.isDomainElement(rows, element)) {
			throw refused("compartment.noElement", rows.getLabel(), describe(node), elementId);
		}
		EReference reference = listReference(node, rows);
		if (reference.isContainment() || !reference.isMany() || !reference.getEReferenceType().isInstance(element)) {
			throw refused("compartment.cannotTake", rows.getLabel(), describe(node));
		}
		if (((List<?>) node.element().eGet(reference)).contains(element)) {
			throw refused("compartment.listed", describe(node));
		}
		return labelled(session.messages().text("command.addTo", rows.getLabel()), AddCommand.create(domain(), node.element(), reference, element));
	}

	/**
	 * Moves the element of the node {@code nodeId} into the element of the node {@code targetNodeId}
	 * ({@code null}: the diagram's root, the project), as dragging it there does: a sub-segment onto
	 * another segment becomes that segment's sub-segment, a sub-community dropped into another
	 * community one of its sub-communities. The element goes where a create-node tool of the
	 * description would have created it there, so the metamodel's containment is kept; moving an
	 * element into itself or one of its descendants is refused. {@code location}, when given, is the
	 * node's new top-left corner in diagram coordinates.
	 */
	public Command reparent(String nodeId, String targetNodeId, Point location) {
		DiagramGraph graph = session.graph();
		DiagramNode moved = graph.requireNode(nodeId);
		DiagramNode target = targetNodeId == null ? null : graph.requireNode(targetNodeId);
		EObject element = moved.element();
		EObject container = target == null ? session.project() : target.element();
		String into = target == null ? session.messages().text("reparent.diagram") : describe(target);
		if (moved.isRow()) {
			throw refused("reparent.row", describe(moved), describe(moved.parent()));
		}
		if (container == element || EcoreUtil.isAncestor(element, container)) {
			throw (container == element ? refused("reparent.itself", describe(moved)) : refused("reparent.descendant", describe(moved), into));
		}
		CreateNodeTool tool = createToolInto(target, element.eClass())
				.orElseThrow(() -> refused("reparent.noTool", describe(moved), into, description().getLabel(), moved.mapping().getLabel()));
		EStructuralFeature feature = containment(container, tool, element);
		if (element.eContainer() == container && element.eContainingFeature() == feature) {
			throw refused("reparent.already", describe(moved), into);
		}
		Point placement = location;
		if (location != null && target != null && target.mapping().getChildMappings().contains(tool.getMapping())) {
			// drawn inside the new parent: its bounds are relative to the parent's
			Bounds parent = target.absoluteBounds();
			placement = new Point(location.x() - parent.x(), location.y() - parent.y());
		}
		List<Command> move = List.of(RemoveCommand.create(domain(), element.eContainer(), element.eContainingFeature(), element),
				AddCommand.create(domain(), container, feature, element));
		return new ChangeAndPlaceCommand(target == null ? session.messages().text("command.moveToDiagram", moved.mapping().getLabel())
				: session.messages().text("command.move", moved.mapping().getLabel(), target.label()),
				move, element, tool.getMapping(), placement);
	}

	/**
	 * The available create-node tool that makes elements of {@code eClass} in the node {@code target}
	 * ({@code null}: on the diagram itself).
	 */
	private Optional<CreateNodeTool> createToolInto(DiagramNode target, EClass eClass) {
		return createTools(eClass).filter(candidate -> target == null ? candidate.getContainerMappings().isEmpty()
				: candidate.getContainerMappings().contains(target.mapping())).findFirst();
	}

	private Stream<CreateNodeTool> createTools(EClass eClass) {
		return description().getTools().stream().filter(CreateNodeTool.class::isInstance).map(CreateNodeTool.class::cast)
				.filter(session::isAvailable).filter(candidate -> domainClass(candidate.getMapping()).isSuperTypeOf(eClass));
	}

	/** The containment of {@code container} that {@code tool} puts {@code element} in, as the metamodel allows. */
	private EStructuralFeature containment(EObject container, CreateNodeTool tool, EObject element) {
		EStructuralFeature feature = container.eClass().getEStructuralFeature(tool.getContainerFeature());
		if (!(feature instanceof EReference reference) || !reference.isContainment() || !reference.getEReferenceType().isInstance(element)) {
			throw refused("reparent.metamodel", container.eClass().getName(), element.eClass().getName(), tool.getContainerFeature());
		}
		return feature;
	}

	/**
	 * Duplicates the elements of the given nodes (Duplicate, or Paste onto the copied nodes
	 * themselves): each copy goes into its original's container, as a create-node tool of the
	 * description would put it there, and is placed a little right of and below its original.
	 * See {@link #paste} for what is copied.
	 */
	public Command duplicate(Collection<String> nodeIds) {
		return copy(nodeIds, null, true, null);
	}

	/**
	 * Pastes copies of the elements of the given nodes into the element of the node
	 * {@code targetNodeId} ({@code null}: the diagram itself), where a create-node tool of the
	 * description would create them there, as one command. A copy is made as the model tree's copy
	 * and paste makes it ({@link ElementCopier}): with its contents, new ids, references inside the
	 * copied set pointing to the copies and the others to the originals; rows are not copied.
	 * {@code location}, when given, is the first copy's top-left corner in diagram coordinates;
	 * nodes drawn inside a copy keep their places in it.
	 */
	public Command paste(Collection<String> nodeIds, String targetNodeId, Point location) {
		return copy(nodeIds, targetNodeId, false, location);
	}

	private Command copy(Collection<String> nodeIds, String targetNodeId, boolean beside, Point location) {
		DiagramGraph graph = session.graph();
		Map<EObject, DiagramNode> shown = new LinkedHashMap<>();
		for (String id : nodeIds) {
			DiagramNode node = graph.node(id);
			if (node == null) {
				throw refused("element.unknown", id);
			}
			// notes belong to the diagram, not the model: they are not copied, as rows are not
			if (!node.isRow() && !DiagramNotes.isNote(node)) {
				shown.putIfAbsent(node.element(), node);
			}
		}
		if (shown.isEmpty()) {
			throw refused("copy.nothing");
		}
		DiagramNode target = beside || targetNodeId == null ? null : graph.requireNode(targetNodeId);
		List<EObject> originals = EcoreUtil.filterDescendants(shown.keySet());
		ElementCopier copier = new ElementCopier(originals);
		List<Command> changes = new ArrayList<>();
		List<Placement> placements = new ArrayList<>();
		Bounds first = shown.get(originals.get(0)).absoluteBounds();
		double shift = beside ? freeShift(graph, originals.stream().map(shown::get).toList()) : 0;
		for (EObject original : originals) {
			DiagramNode node = shown.get(original);
			EObject copy = copier.copied().get(original);
			CreateNodeTool tool = beside ? createToolBeside(graph, node) : createToolInto(target, original.eClass()).orElseThrow(() -> refused(
					"paste.noTool", describe(node), target == null ? session.messages().text("reparent.diagram") : describe(target), description().getLabel(),
					node.mapping().getLabel()));
			EObject container = beside ? original.eContainer() : target == null ? session.project() : target.element();
			changes.add(AddCommand.create(domain(), container, containment(container, tool, original), copy));
			Bounds bounds = node.bounds();
			if (beside) {
				placements.add(new Placement(copy, node.mapping(), new Point(bounds.x() + shift, bounds.y() + shift)));
			} else if (location != null) {
				// the copies keep their distances from the first; a copy drawn inside the target is placed relative to it
				Bounds absolute = node.absoluteBounds();
				boolean inside = target != null && target.mapping().getChildMappings().contains(tool.getMapping());
				Point origin = inside ? new Point(target.absoluteBounds().x(), target.absoluteBounds().y()) : new Point(0, 0);
				placements.add(new Placement(copy, tool.getMapping(),
						new Point(location.x() + absolute.x() - first.x() - origin.x(), location.y() + absolute.y() - first.y() - origin.y())));
			}
		}
		changes.addAll(copier.outsideTwoWayReferences(domain()));
		copier.copied().forEach((original, copy) -> {
			DiagramNode node = originals.contains(original) ? null
					: graph.nodesOf(original).stream().filter(candidate -> !candidate.isRow()).findFirst().orElse(null);
			if (node == null) {
				return;
			}
			Bounds bounds = node.bounds();
			if (node.parent() != null && copier.copied().containsKey(node.parent().element())) {
				placements.add(new Placement(copy, node.mapping(), new Point(bounds.x(), bounds.y()))); // in its parent's copy
			} else if (beside) {
				placements.add(new Placement(copy, node.mapping(), new Point(bounds.x() + shift, bounds.y() + shift)));
			}
		});
		List<EObject> copies = copier.copies();
		return new ChangeAndPlaceCommand(session.messages().text(beside ? "command.duplicate" : "command.paste"), changes, placements, copies, graph);
	}

	/**
	 * How far right and down duplicates of {@code originals} go: {@link #COPY_OFFSET}, or a multiple of
	 * it where an earlier duplicate already stands there, so that copies of copies do not hide each other.
	 */
	private static double freeShift(DiagramGraph graph, List<DiagramNode> originals) {
		double shift = COPY_OFFSET;
		while (shift < 100 * COPY_OFFSET && isTaken(graph, originals, shift)) {
			shift += COPY_OFFSET;
		}
		return shift;
	}

	private static boolean isTaken(DiagramGraph graph, List<DiagramNode> originals, double shift) {
		return originals.stream().anyMatch(original -> graph.nodes().stream().anyMatch(other -> other.parent() == original.parent()
				&& Math.abs(other.bounds().x() - original.bounds().x() - shift) < 1 && Math.abs(other.bounds().y() - original.bounds().y() - shift) < 1));
	}

	/** The available create-node tool that makes the node's element where it is. */
	private CreateNodeTool createToolBeside(DiagramGraph graph, DiagramNode node) {
		EObject element = node.element();
		EObject container = element.eContainer();
		String feature = element.eContainingFeature().getName();
		return createTools(element.eClass()).filter(candidate -> candidate.getContainerFeature().equals(feature))
				.filter(candidate -> container == session.project() ? candidate.getContainerMappings().isEmpty()
						: candidate.getContainerMappings().stream().anyMatch(mapping -> domainClass(mapping).isInstance(container)))
				.findFirst().orElseThrow(() -> refused("paste.noTool", describe(node),
						container == session.project() ? session.messages().text("reparent.diagram")
								: graph.nodesOf(container).stream().findFirst().map(ToolRules::describe).orElse(container.eClass().getName()),
						description().getLabel(), node.mapping().getLabel()));
	}

	private static EClass domainClass(NodeMapping mapping) {
		return (EClass) SegmentaPackage.eINSTANCE.getEClassifier(mapping.getDomainClass());
	}

	/** Takes a row's element out of its parent's list; an element the parent contains is deleted. */
	private Command unlist(DiagramNode row) {
		EReference reference = listReference(row.parent(), row.mapping());
		if (reference.isContainment()) {
			return DeleteCommand.create(domain(), List.of(row.element()));
		}
		return reference.isMany() ? RemoveCommand.create(domain(), row.parent().element(), reference, row.element())
				: SetCommand.create(domain(), row.parent().element(), reference, SetCommand.UNSET_VALUE);
	}

	/** The reference of the parent's element that a row mapping lists (its one-step semantic candidates). */
	private static EReference listReference(DiagramNode parent, NodeMapping rows) {
		String path = rows.getSemanticCandidates() == null ? "" : rows.getSemanticCandidates().strip();
		if (parent.element().eClass().getEStructuralFeature(path) instanceof EReference reference && reference.isChangeable()
				&& !reference.isDerived()) {
			return reference;
		}
		throw ToolRules.refused(ToolRules.messages(rows), "rows.unchangeable", rows.getLabel(), describe(parent));
	}

	private Command disconnect(DiagramEdge edge) {
		EObject source = edge.source().element();
		EReference reference = relation(edge.mapping(), source);
		return reference.isMany() ? RemoveCommand.create(domain(), source, reference, edge.target().element())
				: SetCommand.create(domain(), source, reference, SetCommand.UNSET_VALUE);
	}

	/** The node {@code id} names (mapping id, then element id), resolved without building the diagram. */
	private DiagramNode nodeById(String id) {
		int colon = id.indexOf(':');
		NodeMapping mapping = null;
		EObject element = null;
		if (colon > 0) {
			String mappingId = id.substring(0, colon);
			for (var contents = description().eAllContents(); contents.hasNext() && mapping == null;) {
				if (contents.next() instanceof NodeMapping candidate && mappingId.equals(candidate.getId())) {
					mapping = candidate;
				}
			}
			element = mapping == null ? null : session.project().eResource().getEObject(id.substring(colon + 1));
		}
		if (element == null || !DiagramGraphBuilder.isDomainElement(mapping, element)) {
			throw refused("node.unknown", id);
		}
		return session.builder().node(mapping, element);
	}

	/** {@code command} under {@code label}, the name the undo history shows. */
	static Command labelled(String label, Command command) {
		CompoundCommand compound = new CompoundCommand(label);
		compound.append(command);
		return compound;
	}

	private EditingDomain domain() {
		return session.domain();
	}

	private IllegalArgumentException refused(String key, Object... arguments) {
		return ToolRules.refused(session.messages(), key, arguments);
	}

	private DiagramDescription description() {
		return session.description();
	}
}

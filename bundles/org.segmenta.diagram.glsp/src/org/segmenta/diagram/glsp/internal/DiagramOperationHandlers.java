/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.glsp.internal;

import org.segmenta.diagram.DiagramKinds;
import org.segmenta.diagram.DiagramMessages;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.IdentityCommand;
import org.eclipse.glsp.graph.GPoint;
import org.eclipse.glsp.server.actions.ActionDispatcher;
import org.eclipse.glsp.server.di.DiagramType;
import org.eclipse.glsp.server.features.directediting.ApplyLabelEditOperation;
import org.eclipse.glsp.server.operations.ChangeBoundsOperation;
import org.eclipse.glsp.server.operations.ChangeContainerOperation;
import org.eclipse.glsp.server.operations.ChangeRoutingPointsOperation;
import org.eclipse.glsp.server.operations.CreateEdgeOperation;
import org.eclipse.glsp.server.operations.CreateNodeOperation;
import org.eclipse.glsp.server.operations.CreateOperation;
import org.eclipse.glsp.server.operations.CreateOperationHandler;
import org.eclipse.glsp.server.operations.DeleteOperation;
import org.eclipse.glsp.server.operations.LayoutOperation;
import org.eclipse.glsp.server.operations.Operation;
import org.eclipse.glsp.server.operations.OperationHandler;
import org.eclipse.glsp.server.operations.PasteOperation;
import org.eclipse.glsp.server.operations.ReconnectEdgeOperation;
import org.eclipse.glsp.server.types.EditorContext;
import org.eclipse.glsp.server.types.ElementAndBounds;
import org.eclipse.glsp.server.types.ElementAndRoutingPoints;
import org.eclipse.glsp.server.utils.MessageActionUtil;
import org.segmenta.diagram.Bounds;
import org.segmenta.diagram.DiagramGraph;
import org.segmenta.diagram.DiagramGraphBuilder;
import org.segmenta.diagram.DiagramNode;
import org.segmenta.diagram.DiagramNotes;
import org.segmenta.diagram.DiagramSession;
import org.segmenta.diagram.Point;
import org.segmenta.diagram.description.CreateEdgeTool;
import org.segmenta.diagram.description.CreateNodeTool;
import org.segmenta.diagram.description.NodeMapping;
import org.segmenta.diagram.description.Tool;

import com.google.inject.Inject;

/**
 * The GLSP operations, each turned into the core's EMF command for the diagram (GLSP executes it
 * on the model state, that is on the editing domain's stack). A request the description does not
 * allow is refused with the core's reason, shown to the user; the model stays as it was.
 */
public final class DiagramOperationHandlers {

	/** The palette tool that triggered a creation, passed in the trigger action's args. */
	public static final String TOOL_ARG = "toolId";

	private DiagramOperationHandlers() {
	}

	abstract static class Base<O extends Operation> implements OperationHandler<O> {

		@Inject
		protected SegmentaModelState modelState;

		@Inject
		protected ActionDispatcher actionDispatcher;

		@Override
		public Optional<Command> createCommand(O operation) {
			DiagramSession diagram = modelState.diagram();
			Command[] command = new Command[1];
			try {
				modelState.context().modelThread().run(() -> command[0] = command(diagram, operation));
			} catch (IllegalArgumentException e) {
				actionDispatcher.dispatch(MessageActionUtil.warn(sentence(e.getMessage())));
				return Optional.empty();
			}
			if (command[0] == null || !command[0].canExecute()) {
				actionDispatcher.dispatch(MessageActionUtil.warn(messages(diagram).text("operation.notPossible")));
				return Optional.empty();
			}
			return Optional.of(command[0]);
		}

		protected abstract Command command(DiagramSession diagram, O operation);

		private static String sentence(String message) {
			return message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1) + ".";
		}
	}

	/** The texts in the diagram's language, the workbench's. */
	static DiagramMessages messages(DiagramSession diagram) {
		return DiagramMessages.of(DiagramKinds.language(diagram.description()));
	}

	/** The node a GModel container id names, or {@code null} for the diagram itself. */
	static String containerNode(DiagramGraph graph, String containerId) {
		return containerId == null || graph.node(containerId) == null ? null : containerId;
	}

	/**
	 * GLSP finds create handlers by element type: these handle every type the description's create
	 * tools make.
	 */
	abstract static class Create<O extends CreateOperation> extends Base<O> implements CreateOperationHandler<O> {

		@Inject
		@DiagramType
		protected String kind;

		@Override
		public List<String> getHandledElementTypeIds() {
			List<String> types = new ArrayList<>(modelState.context().kinds().get(kind).getTools().stream().map(this::elementType)
					.filter(Objects::nonNull).distinct().toList());
			types.add(noteType());
			return types;
		}

		/** The element type of the note tools this handler runs, which every kind has. */
		protected abstract String noteType();

		/** The element type a tool creates, or {@code null} when it is not a tool of this handler. */
		protected abstract String elementType(Tool tool);

		/** The palette tool named in the trigger's args, else the one the element type stands for. */
		protected static String toolId(CreateOperation operation) {
			String tool = operation.getArgs() == null ? null : operation.getArgs().get(TOOL_ARG);
			return tool == null ? operation.getElementTypeId() : tool;
		}
	}

	public static final class CreateNode extends Create<CreateNodeOperation> {
		@Override
		protected String elementType(Tool tool) {
			return tool instanceof CreateNodeTool create ? DiagramGraphToGModel.nodeType(create.getMapping()) : null;
		}

		@Override
		protected String noteType() {
			return DescriptionToolPalette.NOTE_NODE_TYPE;
		}

		@Override
		protected Command command(DiagramSession diagram, CreateNodeOperation operation) {
			String toolId = toolId(operation);
			String containerId = operation.getContainerId();
			if (containerId == null || containerId.equals(DiagramGraphToGModel.rootId(diagram.description().getId()))) {
				// on the diagram itself: no need to build the graph to find the container
				Point location = operation.getLocation().map(point -> new Point(point.getX(), point.getY())).orElse(null);
				return diagram.edits().createNode(toolId, null, location);
			}
			DiagramGraph graph = diagram.graph();
			String container = containerNode(graph, containerId);
			Point location = operation.getLocation().map(point -> placement(diagram, graph, toolId, container, point)).orElse(null);
			return diagram.edits().createNode(toolId, container, location);
		}

		/**
		 * GLSP sends the location in diagram coordinates. A node drawn inside its container gets it
		 * relative to the container; one that is only created in the container's element (drawn
		 * beside it, as segments in the segment tree) keeps it.
		 */
		private static Point placement(DiagramSession diagram, DiagramGraph graph, String toolId, String container, GPoint point) {
			DiagramNode parent = container == null ? null : graph.node(container);
			boolean nested = parent != null && diagram.description().getTools().stream()
					.filter(tool -> tool instanceof CreateNodeTool && tool.getId().equals(toolId))
					.anyMatch(tool -> parent.mapping().getChildMappings().contains(((CreateNodeTool) tool).getMapping()));
			if (!nested) {
				return new Point(point.getX(), point.getY());
			}
			Bounds bounds = parent.absoluteBounds();
			return new Point(point.getX() - bounds.x(), point.getY() - bounds.y());
		}
	}

	public static final class CreateEdge extends Create<CreateEdgeOperation> {
		@Override
		protected String elementType(Tool tool) {
			return tool instanceof CreateEdgeTool create ? DiagramGraphToGModel.edgeType(create.getMapping()) : null;
		}

		@Override
		protected String noteType() {
			return DescriptionToolPalette.NOTE_LINK_TYPE;
		}

		@Override
		protected Command command(DiagramSession diagram, CreateEdgeOperation operation) {
			return diagram.edits().createEdge(toolId(operation),
					DiagramGraphToGModel.nodeIdOf(operation.getSourceElementId()),
					DiagramGraphToGModel.nodeIdOf(operation.getTargetElementId()));
		}
	}

	public static final class ReconnectEdge extends Base<ReconnectEdgeOperation> {
		@Override
		protected Command command(DiagramSession diagram, ReconnectEdgeOperation operation) {
			return diagram.edits().reconnectEdge(operation.getEdgeElementId(),
					DiagramGraphToGModel.nodeIdOf(operation.getSourceElementId()),
					DiagramGraphToGModel.nodeIdOf(operation.getTargetElementId()));
		}
	}

	public static final class Delete extends Base<DeleteOperation> {
		@Override
		protected Command command(DiagramSession diagram, DeleteOperation operation) {
			// a selected label stands for its node or edge
			Set<String> ids = new LinkedHashSet<>();
			operation.getElementIds().forEach(id -> ids.add(DiagramGraphToGModel.nodeIdOf(id)));
			return diagram.edits().delete(ids);
		}
	}

	public static final class ChangeBounds extends Base<ChangeBoundsOperation> {
		@Override
		protected Command command(DiagramSession diagram, ChangeBoundsOperation operation) {
			Map<String, Bounds> changes = new LinkedHashMap<>();
			for (ElementAndBounds change : operation.getNewBounds()) {
				GPoint position = change.getNewPosition();
				changes.put(change.getElementId(), new Bounds(position.getX(), position.getY(), change.getNewSize().getWidth(),
						change.getNewSize().getHeight()));
			}
			return diagram.layout().changeBounds(changes);
		}
	}

	public static final class EditLabel extends Base<ApplyLabelEditOperation> {
		@Override
		protected Command command(DiagramSession diagram, ApplyLabelEditOperation operation) {
			return diagram.edits().editLabel(DiagramGraphToGModel.nodeIdOf(operation.getLabelId()), operation.getText());
		}
	}

	/**
	 * A node dropped on another node (GLSP's change-container operation, which the Segmenta client
	 * sends when a drag ends over a node other than the dragged node's parent). Dropped on a node that
	 * lists rows of its kind, or on one of its compartments, it is listed there: a segment dropped on
	 * a persona card's segments becomes one of the persona's segments. Otherwise the element moves
	 * into the target's element (a sub-segment onto another segment, a sub-community into another
	 * community; onto the diagram itself, to the top level), as one command with its new place.
	 * When that is refused, the client is sent the diagram again so that the node goes back.
	 */
	public static final class Drop extends Base<ChangeContainerOperation> {
		@Override
		public Optional<Command> createCommand(ChangeContainerOperation operation) {
			Optional<Command> command = super.createCommand(operation);
			if (command.isEmpty()) {
				actionDispatcher.dispatch(new RefreshAction());
			}
			return command;
		}

		@Override
		protected Command command(DiagramSession diagram, ChangeContainerOperation operation) {
			DiagramGraph graph = diagram.graph();
			DiagramNode dropped = graph.node(DiagramGraphToGModel.nodeIdOf(operation.getElementId()));
			if (dropped == null) {
				throw new IllegalArgumentException(messages(diagram).text("element.unknown", operation.getElementId()));
			}
			if (DiagramNotes.isNote(dropped)) {
				// a note stays on the diagram itself, whatever it is dropped on: it only moves
				Bounds size = dropped.bounds();
				return operation.getLocation().<Command>map(point -> diagram.layout().changeBounds(Map.of(dropped.id(),
						new Bounds(point.getX(), point.getY(), size.width(), size.height())))).orElseGet(() -> IdentityCommand.INSTANCE);
			}
			String targetId = operation.getTargetContainerId();
			DiagramNode target = targetId == null ? null : graph.node(DiagramGraphToGModel.nodeIdOf(targetId));
			if (target == null && targetId != null && !targetId.equals(DiagramGraphToGModel.rootId(diagram.description().getId()))) {
				throw new IllegalArgumentException(messages(diagram).text("element.unknown", targetId));
			}
			if (target != null && target.isRow()) {
				target = target.parent(); // dropped on a row: into the row's list, or the row's node
			}
			Point location = operation.getLocation().map(point -> new Point(point.getX(), point.getY())).orElse(null);
			if (target == null) {
				return diagram.edits().reparent(dropped.id(), null, location);
			}
			DiagramNode node = target;
			String compartment = DiagramGraphToGModel.compartmentOf(targetId);
			NodeMapping rows = node.mapping().getChildMappings().stream().filter(DiagramNode::listsRows)
					.filter(mapping -> compartment == null ? DiagramGraphBuilder.isDomainElement(mapping, dropped.element())
							: mapping.getId().equals(compartment))
					.findFirst().orElse(null);
			if (rows != null) {
				return diagram.edits().addToCompartment(node.id(), rows.getId(), DiagramGraphBuilder.elementKey(dropped.element()));
			}
			if (compartment != null) {
				throw new IllegalArgumentException(messages(diagram).text("compartment.noList", node.label(), dropped.label()));
			}
			return diagram.edits().reparent(dropped.id(), node.id(), location);
		}
	}

	/**
	 * Paste (Ctrl+V) and Duplicate (Ctrl+D): copies of the copied nodes' elements, as one command
	 * ({@link org.segmenta.diagram.DiagramEdits#paste}). Duplicate, and a paste while the copied
	 * nodes are still selected, put each copy beside its original; otherwise the copies go into the
	 * first other selected node, or onto the diagram when nothing is selected, at the mouse.
	 */
	public static final class Paste extends Base<PasteOperation> {

		/** The editor-context argument of Duplicate (the page's clipboard.ts). */
		static final String DUPLICATE_ARG = "segmenta.duplicate";

		@Override
		protected Command command(DiagramSession diagram, PasteOperation operation) {
			List<String> copied = ClipboardDataHandler.nodes(operation.getClipboardData());
			if (copied.isEmpty()) {
				throw new IllegalArgumentException(messages(diagram).text("paste.nothingCopied"));
			}
			EditorContext context = operation.getEditorContext() == null ? new EditorContext() : operation.getEditorContext();
			DiagramGraph graph = diagram.graph();
			List<String> selected = context.getSelectedElementIds() == null ? List.of()
					: context.getSelectedElementIds().stream().map(DiagramGraphToGModel::nodeIdOf).filter(id -> graph.node(id) != null).distinct()
							.toList();
			boolean duplicate = context.getArgs() != null && "true".equals(String.valueOf(context.getArgs().get(DUPLICATE_ARG)));
			if (duplicate || (!selected.isEmpty() && copied.containsAll(selected))) {
				return diagram.edits().duplicate(copied);
			}
			String target = selected.stream().filter(id -> !copied.contains(id)).findFirst().orElse(null);
			Point location = context.getLastMousePosition().map(point -> new Point(point.getX(), point.getY())).orElse(null);
			return diagram.edits().paste(copied, target, location);
		}
	}

	/**
	 * Hide, Remove from diagram, Hide label, Show hidden elements, Pin and Unpin: the core's commands
	 * on this representation of the model ({@link org.segmenta.diagram.DiagramVisibility}).
	 */
	public static final class ChangeView extends Base<ViewOperation> {
		@Override
		protected Command command(DiagramSession diagram, ViewOperation operation) {
			if (operation.getChange() == null) {
				throw new IllegalArgumentException(messages(diagram).text("operation.notPossible"));
			}
			if (operation.getChange() == ViewOperation.Change.SHOW) {
				return diagram.visibility().show(operation.getElementIds()); // the entries' ids, as the server listed them
			}
			// a selected label stands for its node
			Set<String> ids = new LinkedHashSet<>();
			operation.getElementIds().forEach(id -> ids.add(DiagramGraphToGModel.nodeIdOf(id)));
			return switch (operation.getChange()) {
			case HIDE -> diagram.visibility().hide(ids);
			case REMOVE -> diagram.visibility().remove(ids);
			case HIDE_LABEL -> diagram.visibility().hideLabels(ids);
			case PIN -> diagram.visibility().pin(ids, true);
			case UNPIN -> diagram.visibility().pin(ids, false);
			case SHOW -> throw new IllegalStateException();
			};
		}
	}

	/** "Arrange All" (the client's layout operation): the core's ELK layout, as one undoable command. */
	/**
	 * Bends an edge by hand (GLSP's routing handles): the new bends are kept in the diagram file.
	 * GLSP sends the bends only, in diagram coordinates; the ends are put on the nodes' borders.
	 */
	public static final class ChangeRoutingPoints extends Base<ChangeRoutingPointsOperation> {
		@Override
		protected Command command(DiagramSession diagram, ChangeRoutingPointsOperation operation) {
			Map<String, List<Point>> bends = new LinkedHashMap<>();
			for (ElementAndRoutingPoints change : operation.getNewRoutingPoints()) {
				bends.put(change.getElementId(), change.getNewRoutingPoints().stream().map(point -> new Point(point.getX(), point.getY())).toList());
			}
			return diagram.layout().changeRoutes(bends);
		}
	}

	public static final class Arrange extends Base<LayoutOperation> {
		@Override
		protected Command command(DiagramSession diagram, LayoutOperation operation) {
			return diagram.layout().arrange();
		}
	}
}

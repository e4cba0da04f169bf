/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.glsp.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GModelIndex;
import org.eclipse.glsp.graph.GModelRoot;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.builder.impl.GEdgeBuilder;
import org.eclipse.glsp.graph.builder.impl.GEdgePlacementBuilder;
import org.eclipse.glsp.graph.builder.impl.GGraphBuilder;
import org.eclipse.glsp.graph.builder.impl.GLabelBuilder;
import org.eclipse.glsp.graph.builder.impl.GNodeBuilder;
import org.eclipse.glsp.graph.util.GConstants;
import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.segmenta.diagram.Bounds;
import org.segmenta.diagram.DiagramChanges;
import org.segmenta.diagram.DiagramEdge;
import org.segmenta.diagram.DiagramEdits;
import org.segmenta.diagram.DiagramGraph;
import org.segmenta.diagram.DiagramNode;
import org.segmenta.diagram.DiagramNotes;
import org.segmenta.diagram.DiagramSession;
import org.segmenta.diagram.DiagramVisibility;
import org.segmenta.diagram.EdgeAppearance;
import org.segmenta.diagram.NodeAppearance;
import org.segmenta.diagram.Point;
import org.segmenta.diagram.description.DiagramDescription;
import org.segmenta.diagram.description.Mapping;
import org.segmenta.diagram.description.NodeShape;
import org.segmenta.diagram.glsp.ModelAccess;
import org.segmenta.model.edit.ModelCommandStack;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Turns the core's {@link DiagramGraph} into the GModel the web client renders: a node per
 * diagram node ({@code node:<mapping id>}, nested as in the graph, positions relative to the
 * parent), a name label and one label per detail line, edges ({@code edge:<mapping id>}) with the
 * ELK route's bends. The style goes into the args (shape, colours, widths, arrows) and css classes
 * (shape, mapping, layer, validation severity).
 */
@Singleton
public class DiagramGraphToGModel implements GModelFactory {

	/** Label types the web client registers. */
	static final String NAME_LABEL = "label:name";
	static final String DETAIL_LABEL = "label:detail";
	static final String EDGE_LABEL = "label:edge";
	/** Args that carry what is not style: the model element's id, validation severity and messages. */
	static final String ELEMENT_ARG = "element";
	static final String SEVERITY_ARG = "severity";
	static final String PROBLEMS_ARG = "problems";
	/** A name label's arg: present (true) where a rename tool applies, so the client offers editing only there. */
	static final String EDITABLE_ARG = "editable";
	/** A name label's arg: present (true) on a note's text, which keeps its line breaks and wraps inside the note. */
	static final String MULTILINE_ARG = "multiline";
	/** The shape of a note (folded top-right corner) and of a free text box (no fill, no border). */
	static final String NOTE_SHAPE = "note";
	static final String TEXT_SHAPE = "text";
	/** A row's arg: deleting it takes its element out of the list, and keeps it in the model. */
	static final String ROW_ARG = "row";
	/** Root args: the layer and filter switches, as JSON. */
	static final String LAYERS_ARG = "layers";
	static final String FILTERS_ARG = "filters";
	/** Root arg: what this representation hides, as JSON entries of id and label (Show hidden elements). */
	static final String HIDDEN_ARG = "hidden";
	/** A node's arg: present (true) where the node is pinned. */
	static final String PINNED_ARG = "pinned";
	/** The suffix of a node's name label id. */
	static final String NAME_SUFFIX = "#name";
	static final String COMPARTMENT_SUFFIX = "#compartment-";

	private static final double PADDING_X = 12;
	private static final double PADDING_Y = 8;
	private static final String CARD_BODY = "#FFFFFF";
	private static final String DETAIL_COLOUR = "#3E4C59";

	@Inject
	protected SegmentaModelState modelState;

	/** The diagram the GModel shows, for the next build to be compared with. */
	private DiagramGraph shown;
	/** The changes since the model the client has, or {@code null} when it needs the whole model. */
	private List<ChangesUpdateAction.Match> changes;

	/**
	 * Builds the diagram and brings the GModel up to date: when only some nodes and edges differ
	 * from the last build, those are replaced in the current GModel (whose index follows) and kept
	 * for {@link #takeChanges()}; otherwise, or when the last changes were never sent, the GModel is
	 * made anew.
	 */
	@Override
	public void createGModel() {
		ModelAccess modelThread = modelState.context().modelThread();
		DiagramSession diagram = modelState.diagram();
		DiagramSession.GraphBuild[] build = new DiagramSession.GraphBuild[1];
		// read here, on the server's thread, while no command runs: the model's thread (the workbench's UI thread) stays free
		modelThread.read(() -> {
			diagram.showValidation(modelState.context().lastValidation());
			build[0] = diagram.startGraph();
		});
		// ELK reads nothing of the model: commands may run meanwhile (the graph is then not kept)
		build[0].arrange();
		Update[] update = new Update[1];
		modelThread.read(() -> {
			DiagramGraph graph = diagram.finishGraph(build[0]);
			boolean incremental = shown != null && changes == null && modelState.getRoot() instanceof GGraph current
					&& current.getId().equals(rootId(graph.description().getId())) && switchesUnchanged(current, diagram);
			update[0] = incremental ? new Update(graph, DiagramChanges.between(shown, graph), null)
					: new Update(graph, null, toGModel(graph, diagram));
		});
		// the GModel is this session's own, touched by this thread only: it changes after the read
		if (update[0].whole == null) {
			changes = apply(update[0].changes, modelState.getRoot());
		} else {
			modelState.updateRoot(update[0].whole);
			changes = null;
		}
		shown = update[0].graph;
		modelState.context().diagramBuilt();
	}

	/** A graph read from the model, with the changes from the one shown or, to show it anew, its whole GModel. */
	private record Update(DiagramGraph graph, DiagramChanges changes, GGraph whole) {
	}

	/**
	 * The changes made by the last {@link #createGModel()}, for the client to apply to its model;
	 * {@code null} when it must be sent the whole model. Taking them makes the next build compare
	 * with this one.
	 */
	List<ChangesUpdateAction.Match> takeChanges() {
		List<ChangesUpdateAction.Match> taken = changes;
		changes = null;
		return taken;
	}

	private static boolean switchesUnchanged(GGraph root, DiagramSession diagram) {
		return Objects.equals(root.getArgs().get(LAYERS_ARG), layerSwitches(diagram))
				&& Objects.equals(root.getArgs().get(FILTERS_ARG), filterSwitches(diagram))
				&& Objects.equals(root.getArgs().get(HIDDEN_ARG), hiddenEntries(diagram));
	}

	/** Replaces what changed in {@code root}, the way the client's update command will in its model. */
	private static List<ChangesUpdateAction.Match> apply(DiagramChanges difference, GModelRoot root) {
		GModelIndex index = GModelIndex.get(root);
		Map<String, String> removedFrom = new LinkedHashMap<>();
		for (String id : difference.removed()) {
			index.get(id).ifPresent(element -> {
				removedFrom.put(id, element.getParent().getId());
				EcoreUtil.remove(element);
			});
		}
		List<ChangesUpdateAction.Match> matches = new ArrayList<>();
		for (DiagramNode node : difference.added()) {
			GModelElement parent = node.parent() == null ? root : index.get(node.parent().id()).orElseThrow();
			GNode added = node(node);
			parent.getChildren().add(added);
			matches.add(new ChangesUpdateAction.Match(removedFrom.containsKey(node.id()) ? node.id() : null,
					removedFrom.remove(node.id()), added, parent.getId()));
		}
		for (DiagramEdge edge : difference.edges()) {
			GEdge added = edge(edge);
			root.getChildren().add(added);
			matches.add(new ChangesUpdateAction.Match(removedFrom.containsKey(edge.id()) ? edge.id() : null,
					removedFrom.remove(edge.id()), added, root.getId()));
		}
		removedFrom.forEach((id, parentId) -> matches.add(new ChangesUpdateAction.Match(id, parentId, null, null)));
		return matches;
	}

	/** The GModel root id of a diagram kind. */
	static String rootId(String kind) {
		return "diagram:" + kind;
	}

	static String nodeType(Mapping mapping) {
		return "node:" + mapping.getId();
	}

	static String edgeType(Mapping mapping) {
		return "edge:" + mapping.getId();
	}

	public static GGraph toGModel(DiagramGraph graph, DiagramSession diagram) {
		DiagramDescription description = graph.description();
		GGraphBuilder root = new GGraphBuilder().id(rootId(description.getId())).addCssClass("kind-" + description.getId());
		// made aside from the current GModel, so it may stop for the user's command and start again
		for (DiagramNode node : graph.roots()) {
			ModelCommandStack.giveWayToChanges();
			root.add(node(node));
		}
		for (DiagramEdge edge : graph.edges()) {
			ModelCommandStack.giveWayToChanges();
			root.add(edge(edge));
		}
		GGraph gmodel = root.build();
		gmodel.getArgs().put(LAYERS_ARG, layerSwitches(diagram));
		gmodel.getArgs().put(FILTERS_ARG, filterSwitches(diagram));
		gmodel.getArgs().put(HIDDEN_ARG, hiddenEntries(diagram));
		return gmodel;
	}

	private static String hiddenEntries(DiagramSession diagram) {
		JsonArray array = new JsonArray();
		for (DiagramVisibility.Hidden hidden : diagram.visibility().hidden()) {
			JsonObject object = new JsonObject();
			object.addProperty("id", hidden.id());
			object.addProperty("label", hidden.label());
			array.add(object);
		}
		return array.toString();
	}

	private static String layerSwitches(DiagramSession diagram) {
		Set<String> active = diagram.activeLayers();
		return switches(diagram.description().getLayers().stream()
				.map(layer -> new Switch(layer.getId(), layer.getLabel(), active.contains(layer.getId()))).toList());
	}

	private static String filterSwitches(DiagramSession diagram) {
		Set<String> active = diagram.activeFilters();
		return switches(diagram.description().getFilters().stream()
				.map(filter -> new Switch(filter.getId(), filter.getLabel(), active.contains(filter.getId()))).toList());
	}

	private record Switch(String id, String label, boolean on) {
	}

	private static String switches(List<Switch> switches) {
		JsonArray array = new JsonArray();
		for (Switch entry : switches) {
			JsonObject object = new JsonObject();
			object.addProperty("id", entry.id());
			object.addProperty("label", entry.label());
			object.addProperty("on", entry.on());
			array.add(object);
		}
		return array.toString();
	}

	private static GNode node(DiagramNode node) {
		NodeAppearance look = node.appearance();
		Bounds bounds = node.bounds();
		boolean header = node.isContainer() || look.shape() == NodeShape.CARD;
		GNodeBuilder builder = new GNodeBuilder(nodeType(node.mapping())).id(node.id())
				.position(bounds.x(), bounds.y()).size(bounds.width(), bounds.height())
				.addCssClasses(cssClasses(look.shapeClass(), node.mapping(), node.severity() == null ? null : node.severity().name()));
		double labelHeight = lineHeight(look.fontSize());
		double detailHeight = lineHeight(detailSize(look));
		double textWidth = Math.max(bounds.width() - 2 * PADDING_X, 1);
		List<String> details = node.isContainer() ? List.of() : node.details();
		double headerHeight = labelHeight + 2 * PADDING_Y;
		// a list node's text sits above its compartments
		double textArea = node.compartments().isEmpty() ? bounds.height() : node.compartments().get(0).bounds().y();
		double nameY = header ? PADDING_Y : (textArea - labelHeight - details.size() * detailHeight) / 2;
		GLabel name = label(node.id() + NAME_SUFFIX, NAME_LABEL, node.label(), PADDING_X, nameY, textWidth, labelHeight,
				look.labelColour(), look.fontSize(), look.bold() || header, header);
		boolean note = DiagramNotes.isNote(node);
		if (note) {
			// a note's text starts at the top, left-aligned, and is always editable in place
			name = label(node.id() + NAME_SUFFIX, NAME_LABEL, node.label(), PADDING_X, PADDING_Y, textWidth,
					Math.max(bounds.height() - 2 * PADDING_Y, labelHeight), look.labelColour(), look.fontSize(), false, true);
			name.getArgs().put(MULTILINE_ARG, true);
			name.getArgs().put(EDITABLE_ARG, true);
		} else if (!node.isRow() && DiagramEdits.isRenamable((DiagramDescription) EcoreUtil.getRootContainer(node.mapping()), node.mapping())) {
			name.getArgs().put(EDITABLE_ARG, true);
		}
		builder.add(name);
		double detailY = header ? headerHeight + PADDING_Y : nameY + labelHeight;
		for (int i = 0; i < details.size(); i++) {
			builder.add(label(node.id() + "#detail" + i, DETAIL_LABEL, details.get(i), PADDING_X, detailY + i * detailHeight,
					textWidth, detailHeight, header ? DETAIL_COLOUR : look.labelColour(), detailSize(look), false, header));
		}
		for (DiagramNode.Compartment compartment : node.compartments()) {
			Bounds heading = compartment.bounds();
			builder.add(label(node.id() + COMPARTMENT_SUFFIX + compartment.mapping().getId(), DETAIL_LABEL,
					compartment.label().toUpperCase(Locale.ROOT), heading.x(), heading.y(), heading.width(), heading.height(),
					header ? DETAIL_COLOUR : look.labelColour(), 10, true, true));
		}
		// rows are nodes of their own, carrying their element's id, so they can be selected and deleted
		for (DiagramNode child : node.children()) {
			builder.add(node(child));
		}
		GNode gnode = builder.build();
		gnode.getArgs().put("shape", note ? (DiagramNotes.isFramed(node) ? NOTE_SHAPE : TEXT_SHAPE)
				: node.isContainer() ? "container" : shapeName(look.shape()));
		gnode.getArgs().put("fill", header ? (node.isContainer() ? tint(look.fill(), 0.85) : CARD_BODY) : look.fill());
		gnode.getArgs().put("headerFill", look.fill());
		gnode.getArgs().put("headerHeight", headerHeight);
		gnode.getArgs().put("stroke", look.border());
		gnode.getArgs().put("strokeWidth", look.borderWidth());
		putElementId(gnode, node.element());
		if (node.isRow()) {
			gnode.getArgs().put(ROW_ARG, true);
		}
		if (node.isPinned()) {
			gnode.getArgs().put(PINNED_ARG, true);
			gnode.getCssClasses().add("pinned");
		}
		if (node.severity() != null) {
			gnode.getArgs().put(SEVERITY_ARG, node.severity().name());
			gnode.getArgs().put(PROBLEMS_ARG, String.join("\n", node.problems()));
		}
		return gnode;
	}

	private static GLabel label(String id, String type, String text, double x, double y, double width, double height,
			String colour, int fontSize, boolean bold, boolean alignStart) {
		GLabel label = new GLabelBuilder(type).id(id).text(text).position(x, y).size(width, height).build();
		label.getArgs().put("fill", colour);
		label.getArgs().put("fontSize", fontSize);
		label.getArgs().put("fontWeight", bold ? "bold" : "normal");
		label.getArgs().put("align", alignStart ? "start" : "middle");
		return label;
	}

	private static GEdge edge(DiagramEdge edge) {
		EdgeAppearance look = edge.appearance();
		GEdgeBuilder builder = new GEdgeBuilder(edgeType(edge.mapping())).id(edge.id()).sourceId(edge.source().id())
				.targetId(edge.target().id()).addCssClasses(cssClasses("line-" + look.lineStyle().getLiteral().toLowerCase(Locale.ROOT),
						edge.mapping(), null));
		List<Point> route = edge.route();
		for (int i = 1; i < route.size() - 1; i++) {
			builder.addRoutingPoint(route.get(i).x(), route.get(i).y());
		}
		if (!edge.label().isEmpty()) {
			double width = edge.label().length() * 7 + 12;
			GLabel label = new GLabelBuilder(EDGE_LABEL).id(edge.id() + "#label").text(edge.label()).size(width, 18)
					.edgePlacement(new GEdgePlacementBuilder().position(0.5).side(GConstants.EdgeSide.ON).rotate(false).build())
					.addCssClass("segmenta-edge-label").build();
			label.getArgs().put("fontSize", 11);
			label.getArgs().put("fill", DETAIL_COLOUR);
			builder.add(label);
		}
		GEdge gedge = builder.build();
		putElementId(gedge, edge.element());
		gedge.getArgs().put("stroke", look.colour());
		gedge.getArgs().put("strokeWidth", look.width());
		gedge.getArgs().put("dash", switch (look.lineStyle()) {
		case DASHED -> "6 4";
		case DOTTED -> "2 3";
		default -> "";
		});
		gedge.getArgs().put("sourceArrow", look.sourceArrow().getLiteral().toLowerCase(Locale.ROOT));
		gedge.getArgs().put("targetArrow", look.targetArrow().getLiteral().toLowerCase(Locale.ROOT));
		return gedge;
	}

	private static void putElementId(GModelElement gmodel, EObject element) {
		String id = element == null ? null : EcoreUtil.getID(element);
		if (id != null) {
			gmodel.getArgs().put(ELEMENT_ARG, id);
		}
	}

	private static List<String> cssClasses(String first, Mapping mapping, String severity) {
		List<String> classes = new ArrayList<>();
		classes.add(first);
		classes.add("mapping-" + mapping.getId());
		if (mapping.getLayer() != null) {
			classes.add("layer-" + mapping.getLayer().getId());
		}
		if (severity != null) {
			classes.add("severity-" + severity.toLowerCase(Locale.ROOT));
		}
		return classes;
	}

	private static String shapeName(NodeShape shape) {
		return shape == NodeShape.RECTANGLE ? "rect" : shape.getLiteral().toLowerCase(Locale.ROOT);
	}

	private static int detailSize(NodeAppearance look) {
		return Math.max(9, look.fontSize() - 2);
	}

	private static double lineHeight(int fontSize) {
		return Math.ceil(fontSize * 1.3);
	}

	/** {@code colour} mixed with white: {@code amount} 0 keeps it, 1 gives white. */
	private static String tint(String colour, double amount) {
		int rgb = Integer.parseInt(colour.substring(1), 16);
		int r = (rgb >> 16) & 0xFF, g = (rgb >> 8) & 0xFF, b = rgb & 0xFF;
		return String.format(Locale.ROOT, "#%02X%02X%02X", mix(r, amount), mix(g, amount), mix(b, amount));
	}

	private static int mix(int channel, double amount) {
		return (int) Math.round(channel + (255 - channel) * amount);
	}

	/** The row mapping whose compartment heading {@code gmodelId} names, or {@code null}. */
	static String compartmentOf(String gmodelId) {
		int at = gmodelId == null ? -1 : gmodelId.indexOf(COMPARTMENT_SUFFIX);
		return at < 0 ? null : gmodelId.substring(at + COMPARTMENT_SUFFIX.length());
	}

	/** The id of the diagram node a GModel element belongs to (a node, or a node's label). */
	static String nodeIdOf(String gmodelId) {
		int hash = gmodelId.indexOf('#');
		return hash < 0 ? gmodelId : gmodelId.substring(0, hash);
	}

}

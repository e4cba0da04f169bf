/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.segmenta.diagram.description.ArrowStyle;
import org.segmenta.diagram.description.DescriptionFactory;
import org.segmenta.diagram.description.EdgeMapping;
import org.segmenta.diagram.description.LineStyle;
import org.segmenta.diagram.description.NodeMapping;
import org.segmenta.diagram.description.NodeShape;
import org.segmenta.diagram.internal.ToolRules;
import org.segmenta.diagram.state.DiagramNote;
import org.segmenta.diagram.state.DiagramStateFactory;
import org.segmenta.diagram.state.DiagramStatePackage;
import org.segmenta.diagram.state.DiagramView;
import org.segmenta.diagram.state.EdgeLayout;
import org.segmenta.diagram.state.NodeLayout;

/**
 * Notes and free text boxes on a diagram, as in Sirius: text of the user's, kept in the diagram file
 * (never in the model), drawn as nodes {@code note:ID} with dashed links {@code note-link:ID:NODE} to
 * the nodes they are attached to, in every diagram kind. The edits are EMF commands on the session's
 * domain, returned, not executed, so that undo takes them back as it takes back the others.
 */
public final class DiagramNotes {

	/** The palette tool that creates a note (pale yellow, folded corner). */
	public static final String NOTE_TOOL = "segmenta.note";
	/** The palette tool that creates a free text box (no fill, no border). */
	public static final String TEXT_TOOL = "segmenta.text";
	/** The palette tool that links a note to a node. */
	public static final String LINK_TOOL = "segmenta.note-link";
	/** How the ids of notes' nodes start. */
	public static final String NODE_PREFIX = "note:";
	/** How the ids of notes' links start. */
	public static final String LINK_PREFIX = "note-link:";
	/** The size of a new note. */
	public static final double DEFAULT_WIDTH = 180;
	public static final double DEFAULT_HEIGHT = 80;

	/** The look of a note: pale yellow with a dark-yellow border. */
	public static final NodeAppearance NOTE_LOOK = new NodeAppearance(NodeShape.RECTANGLE, "#FFF7C2", "#B8970F", "#1F2933", 1, 12,
			false);
	/** The look of a text box: no fill and no border (a border width of 0 says so). */
	public static final NodeAppearance TEXT_LOOK = new NodeAppearance(NodeShape.RECTANGLE, "#FFFFFF", "#FFFFFF", "#1F2933", 0, 12,
			false);
	/** The look of a note's link: thin, dashed, without arrows. */
	public static final EdgeAppearance LINK_LOOK = new EdgeAppearance("#9A8A3A", 1, LineStyle.DASHED, ArrowStyle.NONE, ArrowStyle.NONE);

	/**
	 * Stand-in mappings, so that code that asks a node or an edge for its mapping gets an answer. Their
	 * labels name notes and links in refusals and in the undo history, so there is a pair for each
	 * language, as a translated description has mappings of its own.
	 */
	private record StandIns(NodeMapping note, EdgeMapping link) {
	}

	private static final Map<Locale, StandIns> STAND_INS = new ConcurrentHashMap<>();

	private final DiagramSession session;
	private final DiagramView view;

	DiagramNotes(DiagramSession session, DiagramView view) {
		this.session = session;
		this.view = view;
	}

	/** Whether {@code id} names a note's node or a note's link. */
	public static boolean isNoteElement(String id) {
		return id != null && (id.startsWith(NODE_PREFIX) || id.startsWith(LINK_PREFIX));
	}

	/** Whether {@code toolId} is one of the note tools every diagram kind has. */
	public static boolean isNoteTool(String toolId) {
		return NOTE_TOOL.equals(toolId) || TEXT_TOOL.equals(toolId) || LINK_TOOL.equals(toolId);
	}

	/** Whether {@code node} is a note or a text box. */
	public static boolean isNote(DiagramNode node) {
		return node.element() instanceof DiagramNote;
	}

	/** Whether {@code edge} links a note to a node. */
	public static boolean isLink(DiagramEdge edge) {
		return edge.element() instanceof DiagramNote;
	}

	/** The stand-in mappings labelled in {@code language}, the language of the diagram they are drawn in. */
	private static StandIns standIns(Locale language) {
		return STAND_INS.computeIfAbsent(language, key -> {
			DiagramMessages messages = DiagramMessages.of(key);
			NodeMapping note = DescriptionFactory.eINSTANCE.createNodeMapping();
			note.setId("note");
			note.setLabel(messages.text("mapping.note"));
			EdgeMapping link = DescriptionFactory.eINSTANCE.createEdgeMapping();
			link.setId("note-link");
			link.setLabel(messages.text("mapping.noteLink"));
			return new StandIns(note, link);
		});
	}

	/** Whether {@code node} is a note drawn with a fill and a folded corner, not a free text box. */
	public static boolean isFramed(DiagramNode node) {
		return node.appearance() == NOTE_LOOK;
	}

	/** The notes of the representation, in the order they were created. */
	public List<DiagramNote> notes() {
		return view.getNotes();
	}

	/** The note with the node id {@code note:ID} (or the bare id), or {@code null}. */
	public DiagramNote note(String nodeId) {
		String id = nodeId.startsWith(NODE_PREFIX) ? nodeId.substring(NODE_PREFIX.length()) : nodeId;
		return view.getNotes().stream().filter(note -> id.equals(note.getId())).findFirst().orElse(null);
	}

	/**
	 * Adds the notes and their links to nodes of {@code graph} to it, but for those the view hides;
	 * {@code language} is the diagram's, which names them.
	 */
	static void addTo(DiagramGraph graph, DiagramView view, Set<String> hidden, Locale language) {
		StandIns mappings = standIns(language);
		for (DiagramNote note : view.getNotes()) {
			if (hidden.contains(NODE_PREFIX + note.getId())) {
				continue;
			}
			DiagramNode node = node(note, mappings.note());
			graph.add(node);
			for (String target : note.getAttachedTo()) {
				DiagramNode attached = graph.node(target);
				String linkId = linkId(note, target);
				if (attached != null && !isNote(attached) && !hidden.contains(linkId)) {
					graph.add(new DiagramEdge(linkId, note, mappings.link(), node, attached, "", LINK_LOOK));
				}
			}
		}
	}

	private static DiagramNode node(DiagramNote note, NodeMapping mapping) {
		DiagramNode node = new DiagramNode(NODE_PREFIX + note.getId(), note, mapping, null, text(note), List.of(),
				note.isFramed() ? NOTE_LOOK : TEXT_LOOK, null, List.of());
		node.setSize(DEFAULT_WIDTH, DEFAULT_HEIGHT);
		return node;
	}

	private static String text(DiagramNote note) {
		return note.getText() == null ? "" : note.getText();
	}

	private static String linkId(DiagramNote note, String target) {
		return LINK_PREFIX + note.getId() + ":" + target;
	}

	/**
	 * Creates a note ({@code framed}) or a free text box with {@code text}, its top-left corner at
	 * {@code location} (diagram coordinates; {@code null}: left of the diagram's top), at the default size.
	 */
	public Command create(boolean framed, String text, Point location) {
		DiagramNote note = DiagramStateFactory.eINSTANCE.createDiagramNote();
		note.setId(freeId());
		note.setFramed(framed);
		note.setText(text == null ? "" : text);
		// without a saved layout, the automatic one is saved first, as it was before the note came
		DiagramGraph before = session.layout().isSaved() ? null : session.graph();
		CompoundCommand command = new CompoundCommand(session.messages().text(framed ? "command.createNote" : "command.createText"));
		command.append(AddCommand.create(domain(), view, DiagramStatePackage.Literals.DIAGRAM_VIEW__NOTES, note));
		command.append(session.layout().place(before, node(note, standIns(session.messages().locale()).note()),
				location == null ? new Point(20, 20) : location));
		return command;
	}

	/** A note id the representation does not have yet: n1, n2, ... */
	private String freeId() {
		int number = view.getNotes().size() + 1;
		while (note("n" + number) != null) {
			number++;
		}
		return "n" + number;
	}

	/** Writes {@code text} (any number of lines; empty is allowed, as in Sirius) into the note {@code nodeId}. */
	public Command setText(String nodeId, String text) {
		DiagramNote note = requireNote(nodeId);
		String value = text == null ? "" : text.replace("\r\n", "\n").strip();
		return DiagramEdits.labelled(session.messages().text("command.editNote"),
				SetCommand.create(domain(), note, DiagramStatePackage.Literals.DIAGRAM_NOTE__TEXT, value));
	}

	/** Links the note {@code noteNodeId} to the node {@code targetNodeId} with a dashed line. */
	public Command attach(String noteNodeId, String targetNodeId) {
		DiagramNote note = requireNote(noteNodeId);
		DiagramNode target = session.graph().node(targetNodeId);
		if (target == null) {
			throw refused("node.unknown", targetNodeId);
		}
		if (isNote(target)) {
			throw refused("note.linkToNote");
		}
		if (note.getAttachedTo().contains(targetNodeId)) {
			throw refused("note.linked", target.label());
		}
		return DiagramEdits.labelled(session.messages().text("command.linkNote"),
				AddCommand.create(domain(), note, DiagramStatePackage.Literals.DIAGRAM_NOTE__ATTACHED_TO, targetNodeId));
	}

	/**
	 * Moves the ends of the link {@code linkId} to the nodes {@code sourceNodeId} and
	 * {@code targetNodeId}, as dragging one of its ends does: the note end to another note, or the other
	 * end to another node. One of the two must be a note and the other not, and that note must not be
	 * linked to that node already. The link's route is dropped, so that it is drawn anew between its ends.
	 */
	public Command reconnect(String linkId, String sourceNodeId, String targetNodeId) {
		Link link = requireLink(linkId);
		DiagramGraph graph = session.graph();
		DiagramNode source = graph.node(sourceNodeId);
		DiagramNode target = graph.node(targetNodeId);
		if (source == null || target == null) {
			throw refused("node.unknown", source == null ? sourceNodeId : targetNodeId);
		}
		if (isNote(source) && isNote(target)) {
			throw refused("note.linkToNote");
		}
		// drawn from the note, but either end may be the note, as when the link was drawn
		DiagramNode noteEnd = isNote(source) ? source : target;
		DiagramNode attached = noteEnd == source ? target : source;
		if (!isNote(noteEnd)) {
			throw refused("note.linkWithoutNote");
		}
		DiagramNote note = (DiagramNote) noteEnd.element();
		if (note.getAttachedTo().contains(attached.id())) {
			throw refused("note.linked", attached.label());
		}
		CompoundCommand command = new CompoundCommand(session.messages().text("command.reconnect", standIns(session.messages().locale()).link().getLabel()));
		if (note == link.note()) {
			// the note keeps its links in their order
			command.append(SetCommand.create(domain(), note, DiagramStatePackage.Literals.DIAGRAM_NOTE__ATTACHED_TO, attached.id(),
					note.getAttachedTo().indexOf(link.target())));
		} else {
			command.append(RemoveCommand.create(domain(), link.note(), DiagramStatePackage.Literals.DIAGRAM_NOTE__ATTACHED_TO, link.target()));
			command.append(AddCommand.create(domain(), note, DiagramStatePackage.Literals.DIAGRAM_NOTE__ATTACHED_TO, attached.id()));
		}
		removeRoutes(command, Set.of(linkId));
		return command;
	}

	/** Deletes the link {@code linkId}; the note and the node stay. */
	public Command detach(String linkId) {
		Link link = requireLink(linkId);
		CompoundCommand command = new CompoundCommand(session.messages().text("command.unlinkNote"));
		command.append(RemoveCommand.create(domain(), link.note(), DiagramStatePackage.Literals.DIAGRAM_NOTE__ATTACHED_TO, link.target()));
		removeRoutes(command, Set.of(linkId));
		return command;
	}

	/** A note's link as the diagram file keeps it: the note, and the id of the node it is linked to. */
	private record Link(DiagramNote note, String target) {
	}

	/** The link {@code linkId} ({@code note-link:NOTE:NODE}) names. */
	private Link requireLink(String linkId) {
		String rest = linkId.startsWith(LINK_PREFIX) ? linkId.substring(LINK_PREFIX.length()) : "";
		int colon = rest.indexOf(':');
		DiagramNote note = colon > 0 ? note(rest.substring(0, colon)) : null;
		String target = colon > 0 ? rest.substring(colon + 1) : null;
		if (note == null || !note.getAttachedTo().contains(target)) {
			throw refused("edge.unknown", linkId);
		}
		return new Link(note, target);
	}

	/** Deletes the note {@code nodeId} with its place, its links and their routes. */
	public Command delete(String nodeId) {
		DiagramNote note = requireNote(nodeId);
		CompoundCommand command = new CompoundCommand(session.messages().text("command.deleteNote"));
		command.append(RemoveCommand.create(domain(), view, DiagramStatePackage.Literals.DIAGRAM_VIEW__NOTES, note));
		List<NodeLayout> places = view.getNodes().stream().filter(layout -> layout.getNode().equals(NODE_PREFIX + note.getId())).toList();
		if (!places.isEmpty()) {
			command.append(RemoveCommand.create(domain(), view, DiagramStatePackage.Literals.DIAGRAM_VIEW__NODES, places));
		}
		List<String> links = new ArrayList<>();
		note.getAttachedTo().forEach(target -> links.add(linkId(note, target)));
		removeRoutes(command, Set.copyOf(links));
		return command;
	}

	/** Deletes a note or a note's link, whichever {@code id} names. */
	public Command deleteElement(String id) {
		return id.startsWith(LINK_PREFIX) ? detach(id) : delete(id);
	}

	/**
	 * Takes away the notes' links to the nodes {@code nodeIds}, which leave the model or this
	 * representation, with the links' routes; the notes stay. A row inside such a node goes with it
	 * (a row's id is its list node's, a slash, and the id its element has through the row mapping). The
	 * links named in {@code handled}, and those of the notes named there, are left to the edits that
	 * delete them in the same command.
	 */
	void detachFrom(CompoundCommand command, Set<String> nodeIds, Collection<String> handled) {
		Set<String> links = new HashSet<>();
		for (DiagramNote note : view.getNotes()) {
			if (handled.contains(NODE_PREFIX + note.getId())) {
				continue;
			}
			List<String> gone = note.getAttachedTo().stream()
					.filter(target -> isGone(target, nodeIds) && !handled.contains(linkId(note, target))).toList();
			if (!gone.isEmpty()) {
				command.append(RemoveCommand.create(domain(), note, DiagramStatePackage.Literals.DIAGRAM_NOTE__ATTACHED_TO, gone));
				gone.forEach(target -> links.add(linkId(note, target)));
			}
		}
		removeRoutes(command, links);
	}

	/** Whether any note is linked to a node; most diagrams have no links, and edits need not look for them. */
	boolean hasLinks() {
		return view.getNotes().stream().anyMatch(note -> !note.getAttachedTo().isEmpty());
	}

	private static boolean isGone(String target, Set<String> nodeIds) {
		return nodeIds.contains(target) || target.indexOf('/') > 0
				&& nodeIds.stream().anyMatch(id -> target.startsWith(id + "/") || target.endsWith("/" + id));
	}

	private void removeRoutes(CompoundCommand command, Set<String> linkIds) {
		List<EdgeLayout> routes = view.getEdges().stream().filter(layout -> linkIds.contains(layout.getEdge())).toList();
		if (!routes.isEmpty()) {
			command.append(RemoveCommand.create(domain(), view, DiagramStatePackage.Literals.DIAGRAM_VIEW__EDGES, routes));
		}
	}

	private DiagramNote requireNote(String nodeId) {
		DiagramNote note = nodeId == null ? null : note(nodeId);
		if (note == null) {
			throw refused("note.unknown", nodeId);
		}
		return note;
	}

	private EditingDomain domain() {
		return session.domain();
	}

	private IllegalArgumentException refused(String key, Object... arguments) {
		return ToolRules.refused(session.messages(), key, arguments);
	}
}

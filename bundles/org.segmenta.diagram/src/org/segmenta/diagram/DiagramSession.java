/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.segmenta.diagram.description.DiagramDescription;
import org.segmenta.diagram.description.Tool;
import org.segmenta.diagram.state.DiagramFile;
import org.segmenta.diagram.state.DiagramStateFactory;
import org.segmenta.diagram.state.DiagramView;
import org.segmenta.model.Project;
import org.segmenta.model.persistence.ModelLoadException;
import org.segmenta.validation.Finding;
import org.segmenta.validation.Severity;
import org.segmenta.validation.ValidationReport;

/**
 * One representation (a diagram kind, from a root element or of the whole model) open on one model,
 * in an editing domain: builds the diagram with its saved
 * layout and the validation shown, and keeps the graph until something changes. Diagram edits
 * become EMF commands on the domain's command stack, so that the diagram, the model editor and
 * undo share one history: {@link #layout()} makes those that move nodes and arrange the diagram,
 * {@link #edits()} those of the palette tools, label edits, deletions, layers and filters.
 */
public final class DiagramSession {

	private final EditingDomain domain;
	private final Project project;
	private final DiagramDescription description;
	private final DiagramKinds kinds;
	private final Resource stateResource;
	private final DiagramView view;
	private final EObject root;
	private final SavedLayout layout;
	private final DiagramEdits edits;
	private final DiagramVisibility visibility;
	private final DiagramNotes notes;
	private final Map<EObject, Severity> severities = new IdentityHashMap<>();
	private final Map<EObject, List<String>> problems = new IdentityHashMap<>();
	private ValidationReport validationShown;
	/** The last graph built, until something changes. */
	private volatile DiagramGraph current;
	/** Counts the changes that make {@link #current} stale, so a graph laid out meanwhile is not kept. */
	private final AtomicLong changes = new AtomicLong();
	/** The last automatic layout, for a graph built anew from the same nodes and edges. */
	private volatile ArrangedLayout lastArranged;
	/** Whether the session still follows the model's changes, so that a graph may be kept; false once disposed. */
	private volatile boolean following = true;
	private final EContentAdapter invalidator = new EContentAdapter() {
		@Override
		public void notifyChanged(Notification notification) {
			super.notifyChanged(notification);
			if (!notification.isTouch()) {
				invalidate();
			}
		}
	};

	private DiagramSession(EditingDomain domain, Project project, DiagramDescription description, DiagramKinds kinds,
			Resource stateResource, DiagramView view, EObject root) {
		this.domain = domain;
		this.project = project;
		this.description = description;
		this.kinds = kinds;
		this.stateResource = stateResource;
		this.view = view;
		this.root = root;
		this.layout = new SavedLayout(this, view);
		this.edits = new DiagramEdits(this, view);
		this.visibility = new DiagramVisibility(this, view);
		this.notes = new DiagramNotes(this, view);
		// followed from the start, on the thread that opens the session: building the graph then only reads
		domain.getResourceSet().eAdapters().add(invalidator);
	}

	/**
	 * Opens the first representation of kind {@code kindId} of the whole of {@code project} (one
	 * without a root), reading its diagram file into the domain's resource set; a model without one
	 * gets one, named after the kind.
	 *
	 * @throws IllegalArgumentException when there is no such kind
	 * @throws ModelLoadException       when the diagram file exists but cannot be read
	 */
	public static DiagramSession open(EditingDomain domain, Project project, DiagramKinds kinds, String kindId)
			throws ModelLoadException {
		DiagramDescription description = kinds.get(kindId);
		Representations representations = Representations.of(domain, project, kinds);
		DiagramView view = viewOfKind(representations.file(), kindId);
		if (view == null) {
			// choosing to look at a diagram is not an edit of the model: no command
			view = DiagramStateFactory.eINSTANCE.createDiagramView();
			view.setKind(kindId);
			view.setName(representations.suggestName(kindId, null));
			representations.file().getViews().add(view);
		}
		return new DiagramSession(domain, project, description, kinds, representations.stateResource(), view,
				representations.root(view));
	}

	/**
	 * Opens the saved representation named {@code name}.
	 *
	 * @throws IllegalArgumentException naming the model file and the representations when there is no such one, or
	 *                                  when its kind or root is gone
	 * @throws ModelLoadException       when the diagram file exists but cannot be read
	 */
	public static DiagramSession openRepresentation(EditingDomain domain, Project project, DiagramKinds kinds, String name)
			throws ModelLoadException {
		Representations representations = Representations.of(domain, project, kinds);
		DiagramView view = representations.require(name);
		return new DiagramSession(domain, project, kinds.get(view.getKind()), kinds, representations.stateResource(), view,
				representations.root(view));
	}

	/**
	 * A new representation of {@code kindId} rooted at the element with {@code rootId} ({@code null}
	 * for the whole model), laid out by ELK and kept out of the diagram file: what
	 * {@code export-diagram --kind K --root ID} draws.
	 *
	 * @throws IllegalArgumentException when the kind or the root is unknown, or the root does not suit the kind
	 */
	public static DiagramSession preview(Project project, DiagramKinds kinds, String kindId, String rootId) throws ModelLoadException {
		DiagramDescription description = kinds.get(kindId);
		EditingDomain domain = ownDomain(project);
		Representations representations = Representations.of(domain, project, kinds);
		EObject root = rootId == null ? null : representations.requireRoot(description, rootId);
		DiagramView view = DiagramStateFactory.eINSTANCE.createDiagramView();
		view.setKind(kindId);
		view.setRoot(rootId);
		view.setName(representations.suggestName(kindId, root));
		return new DiagramSession(domain, project, description, kinds, representations.stateResource(), view, root);
	}

	/** The first representation of the kind of the whole model, or {@code null}. */
	private static DiagramView viewOfKind(DiagramFile file, String kindId) {
		return file.getViews().stream().filter(candidate -> kindId.equals(candidate.getKind()) && candidate.getRoot() == null)
				.findFirst().orElse(null);
	}

	/**
	 * Opens a diagram outside an editor (export, reports): in an editing domain of its own over the
	 * project's resource set.
	 */
	public static DiagramSession open(Project project, DiagramKinds kinds, String kindId) throws ModelLoadException {
		return open(ownDomain(project), project, kinds, kindId);
	}

	/** {@link #openRepresentation(EditingDomain, Project, DiagramKinds, String)} outside an editor. */
	public static DiagramSession openRepresentation(Project project, DiagramKinds kinds, String name) throws ModelLoadException {
		return openRepresentation(ownDomain(project), project, kinds, name);
	}

	/** An editing domain of its own over the project's resource set, for work outside an editor. */
	static EditingDomain ownDomain(Project project) {
		return new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(), new BasicCommandStack(),
				project.eResource().getResourceSet());
	}

	/** The representation shown: its name, kind, root, layout, layers and filters. */
	public DiagramView representation() {
		return view;
	}

	/** The element the diagram shows with what lies under it, or {@code null} for the whole model. */
	public EObject root() {
		return root;
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

	/** The texts in the diagram's language (the workbench's in an editor, the report's in a report). */
	public DiagramMessages messages() {
		return DiagramMessages.of(DiagramKinds.language(description));
	}

	/** The diagram file's resource; save it together with the model. */
	public Resource stateResource() {
		return stateResource;
	}

	/** The layout kept in the diagram file, and the commands that move nodes or arrange the diagram. */
	public SavedLayout layout() {
		return layout;
	}

	/** The commands of the palette tools, label edits, deletions, layers and filters. */
	public DiagramEdits edits() {
		return edits;
	}

	/** The commands that hide, show and pin elements in this representation only, and what it hides. */
	public DiagramVisibility visibility() {
		return visibility;
	}

	/** The notes and text boxes of this representation, and the commands that write, link and delete them. */
	public DiagramNotes notes() {
		return notes;
	}

	/** Shows the findings of {@code report} on the diagram's nodes; {@code null} clears them. */
	public void showValidation(ValidationReport report) {
		if (report == validationShown) {
			return;
		}
		validationShown = report;
		invalidate();
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
		return activeLayers(view, description);
	}

	private static Set<String> activeLayers(DiagramView view, DiagramDescription description) {
		return view != null && view.isCustomised() ? new LinkedHashSet<>(view.getActiveLayers())
				: DiagramGraphBuilder.defaultLayers(description);
	}

	/** The ids of the filters applied. */
	/** Whether {@code tool} can be used: it belongs to no layer, or to one that is on. */
	public boolean isAvailable(Tool tool) {
		return tool.getLayer() == null || activeLayers().contains(tool.getLayer().getId());
	}

	public Set<String> activeFilters() {
		return activeFilters(view, description);
	}

	private static Set<String> activeFilters(DiagramView view, DiagramDescription description) {
		return view != null && view.isCustomised() ? new LinkedHashSet<>(view.getActiveFilters())
				: DiagramGraphBuilder.defaultFilters(description);
	}

	/**
	 * The diagram as it is now: the model through the description, at its saved layout. The same
	 * graph is returned until something in the domain's resource set or the validation shown
	 * changes, because a diagram of thousands of nodes takes a while to build (and to lay out while
	 * it has no saved layout). Callers must not lay it out anew.
	 */
	public DiagramGraph graph() {
		return finishGraph(startGraph());
	}

	/**
	 * The first step of {@link #graph()}, on the model's thread: the graph read from the model at its
	 * saved layout, or, while the diagram has none, still to be {@linkplain GraphBuild#arrange()
	 * arranged} by ELK, which reads nothing of the model and so can run on another thread (a
	 * workbench's UI thread, which owns the model, then stays free).
	 */
	public GraphBuild startGraph() {
		DiagramGraph graph = current;
		if (graph != null) {
			return new GraphBuild(this, graph, true, changes.get());
		}
		long generation = changes.get();
		graph = buildGraph();
		for (String id : view.getPinnedNodes()) {
			DiagramNode node = graph.node(id);
			if (node != null) {
				node.setPinned(true);
			}
		}
		return new GraphBuild(this, graph, layout.applySaved(graph), generation);
	}

	/**
	 * The last step of {@link #graph()}, on the model's thread: arranges the graph if that was not
	 * done, and keeps it as the current one unless the model changed since it was read (it is then
	 * still returned, a consistent picture of that moment, and the next call builds anew).
	 */
	public DiagramGraph finishGraph(GraphBuild build) {
		build.arrange();
		if (following && changes.get() == build.generation) {
			current = build.graph;
		}
		return build.graph;
	}

	/** A graph between {@link DiagramSession#startGraph()} and {@link DiagramSession#finishGraph(GraphBuild)}. */
	public static final class GraphBuild {
		private final DiagramSession session;
		private final DiagramGraph graph;
		private final long generation;
		private volatile boolean arranged;

		private GraphBuild(DiagramSession session, DiagramGraph graph, boolean arranged, long generation) {
			this.session = session;
			this.graph = graph;
			this.arranged = arranged;
			this.generation = generation;
		}

		/** Whether ELK still has to lay the graph out. */
		public boolean needsArranging() {
			return !arranged;
		}

		/**
		 * Lays the graph out with ELK where it has no saved layout, or as the session's last such
		 * graph when it was made from the same nodes and edges; on any thread, once.
		 */
		public synchronized void arrange() {
			if (!arranged) {
				session.lastArranged = ArrangedLayout.arrange(graph, session.lastArranged);
				arranged = true;
			}
		}
	}

	private void invalidate() {
		changes.incrementAndGet();
		current = null;
	}

	/**
	 * How many nodes (rows included) the diagram of {@code kindId} shows, with the layers and filters
	 * its diagram file keeps, counted from {@code project} without laying it out and without opening a
	 * session (which reads the diagram file into the project's resource set): a caller can leave out a
	 * diagram too large for it before paying for a copy of the model and the layout.
	 *
	 * @throws IllegalArgumentException when there is no such kind
	 * @throws ModelLoadException       when the diagram file exists but cannot be read
	 */
	public static int nodeCount(Project project, DiagramKinds kinds, String kindId) throws ModelLoadException {
		DiagramDescription description = kinds.get(kindId);
		Resource stateResource = DiagramFiles.stateResource(new ResourceSetImpl(), project.eResource().getURI());
		DiagramView view = viewOfKind((DiagramFile) stateResource.getContents().get(0), kindId);
		EObject root = view == null || view.getRoot() == null ? null : project.eResource().getEObject(view.getRoot());
		return new DiagramGraphBuilder(description, kinds::service, element -> null, element -> List.of(),
				activeLayers(view, description), activeFilters(view, description),
				view == null ? Set.of() : Set.copyOf(view.getHiddenElements()), Set.of()).build(project, root).nodes().size();
	}

	/** Stops following the model's changes; call it when the diagram is closed and the model stays open. */
	public void dispose() {
		following = false;
		domain.getResourceSet().eAdapters().remove(invalidator);
		invalidate();
	}

	/** The diagram as it is now, not laid out: the model through the description, with the notes of the representation. */
	DiagramGraph buildGraph() {
		DiagramGraph graph = builder().build(project, root);
		DiagramNotes.addTo(graph, view, Set.copyOf(view.getHiddenElements()), DiagramKinds.language(description));
		return graph;
	}

	/** A builder for the diagram as it is now: its layers, filters, validation and hidden elements. */
	DiagramGraphBuilder builder() {
		return builder(true);
	}

	/** A builder for the diagram as it is now, or, when {@code hiding} is false, with nothing hidden. */
	DiagramGraphBuilder builder(boolean hiding) {
		return new DiagramGraphBuilder(description, kinds::service, severities::get,
				element -> problems.getOrDefault(element, List.of()), activeLayers(), activeFilters(),
				hiding ? Set.copyOf(view.getHiddenElements()) : Set.of(), hiding ? Set.copyOf(view.getHiddenLabels()) : Set.of());
	}
}

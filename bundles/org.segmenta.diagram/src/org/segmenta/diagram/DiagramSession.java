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

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.util.URI;
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
 * One diagram kind open on one model, in an editing domain: builds the diagram with its saved
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
	private final SavedLayout layout;
	private final DiagramEdits edits;
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
		this.layout = new SavedLayout(this, view);
		this.edits = new DiagramEdits(this, view);
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

	/** The layout kept in the diagram file, and the commands that move nodes or arrange the diagram. */
	public SavedLayout layout() {
		return layout;
	}

	/** The commands of the palette tools, label edits, deletions, layers and filters. */
	public DiagramEdits edits() {
		return edits;
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
		DiagramGraph graph = current;
		if (graph == null) {
			if (!domain.getResourceSet().eAdapters().contains(invalidator)) {
				domain.getResourceSet().eAdapters().add(invalidator);
			}
			graph = builder().build(project);
			layout.applyTo(graph);
			current = graph;
		}
		return graph;
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
		DiagramView view = ((DiagramFile) stateResource.getContents().get(0)).getViews().stream()
				.filter(candidate -> kindId.equals(candidate.getKind())).findFirst().orElse(null);
		return new DiagramGraphBuilder(description, kinds::service, element -> null, element -> List.of(),
				activeLayers(view, description), activeFilters(view, description)).build(project).nodes().size();
	}

	/** Stops following the model's changes; call it when the diagram is closed and the model stays open. */
	public void dispose() {
		domain.getResourceSet().eAdapters().remove(invalidator);
		current = null;
	}

	/** A builder for the diagram as it is now: its layers, filters and validation. */
	DiagramGraphBuilder builder() {
		return new DiagramGraphBuilder(description, kinds::service, severities::get,
				element -> problems.getOrDefault(element, List.of()), activeLayers(), activeFilters());
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.segmenta.diagram.description.DiagramDescription;
import org.segmenta.diagram.state.DiagramFile;
import org.segmenta.diagram.state.DiagramStateFactory;
import org.segmenta.diagram.state.DiagramStatePackage;
import org.segmenta.diagram.state.DiagramView;
import org.segmenta.model.Identified;
import org.segmenta.model.Project;
import org.segmenta.model.persistence.ModelLoadException;

/**
 * The representations (saved diagrams) of one model, as its diagram file keeps them: any number of
 * each kind, each with a name unique in the file and an optional root element. Creating, renaming
 * and deleting one are commands on the model's editing domain, so they are undone like model edits;
 * the commands are returned, not executed. Requests that cannot be met are refused with an
 * {@link IllegalArgumentException} naming the model file, the element and the choices.
 */
public final class Representations {

	/** How many choices a message lists before it says how many more there are. */
	private static final int LISTED_CHOICES = 20;

	private final EditingDomain domain;
	private final Project project;
	private final DiagramKinds kinds;
	private final Resource stateResource;

	private Representations(EditingDomain domain, Project project, DiagramKinds kinds, Resource stateResource) {
		this.domain = domain;
		this.project = project;
		this.kinds = kinds;
		this.stateResource = stateResource;
	}

	/**
	 * The representations of {@code project}, reading its diagram file into the domain's resource set.
	 *
	 * @throws ModelLoadException when the diagram file exists but cannot be read
	 */
	public static Representations of(EditingDomain domain, Project project, DiagramKinds kinds) throws ModelLoadException {
		return new Representations(domain, project, kinds,
				DiagramFiles.stateResource(domain.getResourceSet(), project.eResource().getURI()));
	}

	/** The representations of {@code project} outside an editor, in an editing domain of their own. */
	public static Representations of(Project project, DiagramKinds kinds) throws ModelLoadException {
		return of(DiagramSession.ownDomain(project), project, kinds);
	}

	public EditingDomain domain() {
		return domain;
	}

	public Project project() {
		return project;
	}

	public DiagramKinds kinds() {
		return kinds;
	}

	/** The diagram file's resource; save it together with the model. */
	public Resource stateResource() {
		return stateResource;
	}

	public DiagramFile file() {
		return (DiagramFile) stateResource.getContents().get(0);
	}

	/** Every representation, in the order they were created. */
	public List<DiagramView> all() {
		return List.copyOf(file().getViews());
	}

	/** The representation named {@code name} (ignoring case), if any. */
	public Optional<DiagramView> find(String name) {
		return file().getViews().stream().filter(view -> view.getName() != null && view.getName().equalsIgnoreCase(name.strip()))
				.findFirst();
	}

	/** @throws IllegalArgumentException naming the model file and listing the representations there are */
	public DiagramView require(String name) {
		return find(name).orElseThrow(() -> new IllegalArgumentException(
				modelName() + ": no representation '" + name + "'; " + listing()));
	}

	/** "the representations are A (kind), B (kind, root ...)", or that there are none. */
	public String listing() {
		if (file().getViews().isEmpty()) {
			return "the model has no saved representations";
		}
		return "the representations are " + file().getViews().stream().map(this::describe).collect(Collectors.joining(", "));
	}

	/** The name with the kind and the root: {@code Board of Values (persona-board, root Segmentation 'Values')}. */
	public String describe(DiagramView view) {
		EObject root = view.getRoot() == null ? null : project.eResource().getEObject(view.getRoot());
		return view.getName() + " (" + view.getKind()
				+ (view.getRoot() == null ? "" : ", root " + (root == null ? "'" + view.getRoot() + "' (missing)" : label(root))) + ")";
	}

	/**
	 * The element the representation shows, or {@code null} when it shows the whole model.
	 *
	 * @throws IllegalArgumentException when its root is no longer in the model, or does not suit its kind
	 */
	public EObject root(DiagramView view) {
		return view.getRoot() == null ? null : requireRoot(kinds.get(view.getKind()), view.getRoot());
	}

	/**
	 * The element with {@code rootId}, checked to suit {@code kind}.
	 *
	 * @throws IllegalArgumentException naming the model file and the element, and listing the elements that suit
	 */
	public EObject requireRoot(DiagramDescription kind, String rootId) {
		EObject root = project.eResource().getEObject(rootId);
		if (root == null || root.eResource() != project.eResource()) {
			throw new IllegalArgumentException(modelName() + ": no element with id '" + rootId + "'; a " + kind.getId()
					+ " can be rooted at " + rootChoices(kind));
		}
		if (!DiagramGraphBuilder.acceptsRoot(kind, root.eClass())) {
			throw new IllegalArgumentException(modelName() + ": " + label(root) + " cannot be the root of a " + kind.getId()
					+ "; it can be rooted at " + rootChoices(kind));
		}
		return root;
	}

	/** The model's elements a diagram of {@code kind} can be rooted at. */
	public List<EObject> rootCandidates(DiagramDescription kind) {
		List<EObject> candidates = new ArrayList<>();
		for (TreeIterator<EObject> contents = project.eAllContents(); contents.hasNext();) {
			EObject element = contents.next();
			if (element instanceof Identified && DiagramGraphBuilder.acceptsRoot(kind, element.eClass())) {
				candidates.add(element);
			}
		}
		return candidates;
	}

	private String rootChoices(DiagramDescription kind) {
		List<String> classes = project.eClass().getEPackage().getEClassifiers().stream().filter(EClass.class::isInstance)
				.map(EClass.class::cast).filter(type -> !type.isAbstract() && DiagramGraphBuilder.acceptsRoot(kind, type))
				.map(EClassifier::getName).toList();
		List<EObject> candidates = rootCandidates(kind);
		String listed = candidates.stream().limit(LISTED_CHOICES).map(element -> ((Identified) element).getId() + " " + label(element))
				.collect(Collectors.joining(", "));
		String more = candidates.size() > LISTED_CHOICES ? " and " + (candidates.size() - LISTED_CHOICES) + " more" : "";
		return "a " + String.join(", ", classes) + (candidates.isEmpty() ? "; the model holds none" : "; the model's are " + listed + more);
	}

	/**
	 * The command that adds a representation of {@code kindId} rooted at {@code rootId} ({@code null}
	 * for the whole model) under {@code name}.
	 *
	 * @throws IllegalArgumentException when the kind or root is unknown or does not fit, or the name is empty or taken
	 */
	public Command create(String kindId, String rootId, String name) {
		DiagramDescription kind = kinds.get(kindId);
		if (rootId != null) {
			requireRoot(kind, rootId);
		}
		String checked = checkName(name, null);
		DiagramView view = DiagramStateFactory.eINSTANCE.createDiagramView();
		view.setName(checked);
		view.setKind(kind.getId());
		view.setRoot(rootId);
		Command command = AddCommand.create(domain, file(), DiagramStatePackage.Literals.DIAGRAM_FILE__VIEWS, view);
		return labelled(command, DiagramMessages.of(kinds.locale()).text("command.newRepresentation"));
	}

	/** The command that renames {@code view}. @throws IllegalArgumentException when the name is empty or taken */
	public Command rename(DiagramView view, String name) {
		return labelled(SetCommand.create(domain, view, DiagramStatePackage.Literals.DIAGRAM_VIEW__NAME, checkName(name, view)),
				DiagramMessages.of(kinds.locale()).text("command.renameRepresentation"));
	}

	/** The command that deletes {@code view} with its layout (the model's elements stay). */
	public Command delete(DiagramView view) {
		if (view.eContainer() != file()) {
			return UnexecutableCommand.INSTANCE;
		}
		return labelled(RemoveCommand.create(domain, file(), DiagramStatePackage.Literals.DIAGRAM_FILE__VIEWS, view),
				DiagramMessages.of(kinds.locale()).text("command.deleteRepresentation"));
	}

	/** A name for a new representation of {@code kindId} on {@code root} that no other one has: "Persona board: Values". */
	public String suggestName(String kindId, EObject root) {
		String base = kinds.find(kindId).map(DiagramDescription::getLabel).orElse(kindId);
		if (root != null && !(root instanceof Project)) {
			base = base + ": " + name(root);
		}
		return unique(file(), base);
	}

	private String checkName(String name, DiagramView renamed) {
		String stripped = name == null ? "" : name.strip();
		if (stripped.isEmpty()) {
			throw new IllegalArgumentException(modelName() + ": a representation needs a name");
		}
		Optional<DiagramView> clash = find(stripped);
		if (clash.isPresent() && clash.get() != renamed) {
			throw new IllegalArgumentException(modelName() + ": there is already a representation '" + clash.get().getName() + "'; "
					+ listing());
		}
		return stripped;
	}

	private String modelName() {
		return project.eResource().getURI().lastSegment() == null ? String.valueOf(project.eResource().getURI())
				: URI.decode(project.eResource().getURI().lastSegment());
	}

	private static Command labelled(Command command, String label) {
		if (command instanceof AbstractCommand abstractCommand) {
			abstractCommand.setLabel(label);
		}
		return command;
	}

	/**
	 * Gives the views of a file written before representations had names the label of their kind
	 * ("Persona board"), numbered where two would clash. Reading a file is not an edit: no command.
	 */
	static void migrate(DiagramFile file, Function<String, String> kindLabels) {
		for (DiagramView view : file.getViews()) {
			if (view.getName() == null || view.getName().isBlank()) {
				String label = view.getKind() == null ? null : kindLabels.apply(view.getKind());
				view.setName(unique(file, label == null ? String.valueOf(view.getKind()) : label));
			}
		}
	}

	private static String unique(DiagramFile file, String base) {
		String name = base;
		for (int n = 2; taken(file, name); n++) {
			name = base + " (" + n + ")";
		}
		return name;
	}

	private static boolean taken(DiagramFile file, String name) {
		String folded = name.toLowerCase(Locale.ROOT);
		return file.getViews().stream().anyMatch(view -> view.getName() != null && view.getName().toLowerCase(Locale.ROOT).equals(folded));
	}

	/** {@code Segmentation 'Values'}: the element's class and name, as messages name elements. */
	public static String label(EObject element) {
		return element.eClass().getName() + " '" + name(element) + "'";
	}

	private static String name(EObject element) {
		EStructuralFeature name = element.eClass().getEStructuralFeature("name");
		Object value = name == null ? null : element.eGet(name);
		return value != null ? value.toString() : element instanceof Identified identified ? identified.getId() : element.eClass().getName();
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.glsp.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.segmenta.diagram.DiagramFiles;
import org.segmenta.diagram.DiagramKinds;
import org.segmenta.diagram.glsp.DiagramSaver;
import org.segmenta.diagram.glsp.DiagramSelectionListener;
import org.segmenta.diagram.glsp.ModelAccess;
import org.segmenta.model.Project;
import org.segmenta.model.edit.ModelEditingDomains;
import org.segmenta.model.persistence.SegmentationFiles;
import org.segmenta.validation.Finding;
import org.segmenta.validation.RuleCatalog;
import org.segmenta.validation.SegmentationValidator;
import org.segmenta.validation.SettingsException;
import org.segmenta.validation.ValidationReport;
import org.segmenta.validation.ValidationSettings;
import org.segmenta.validation.ValidationSnapshot;

import com.google.inject.Guice;
import com.google.inject.Injector;

/**
 * What every GLSP client session of one diagram server shares: the model, its editing domain, the
 * thread the model may be touched on, the save hook and the selection listeners. Each websocket
 * connection gets its own Guice injector, built here.
 */
public final class ServerContext {

	/** How long validation waits for a pause in the editing before it runs. */
	private static final long VALIDATION_DELAY_MS = 1000;

	private final EditingDomain domain;
	private final Path modelFile;
	private final Project project;
	private final DiagramKinds kinds;
	private final ModelAccess modelThread;
	private volatile DiagramSaver saver;
	/** The representation a page of its kind shows, or {@code null} for the kind's first one. */
	private volatile String representation;
	private SegmentationValidator validator;
	private volatile ValidationReport lastValidation;
	private final List<Runnable> validationListeners = new CopyOnWriteArrayList<>();
	private final ScheduledExecutorService validations = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "segmenta-diagram-validation");
		thread.setDaemon(true);
		return thread;
	});
	private ScheduledFuture<?> pendingValidation;
	private final boolean validating;
	/** Whether the first validation was scheduled; it waits for the first diagram, see {@link #diagramBuilt()}. */
	private boolean firstValidationScheduled;
	private final CommandStackListener revalidate = event -> scheduleValidation();
	private final List<DiagramSelectionListener> selectionListeners = new CopyOnWriteArrayList<>();

	private ServerContext(EditingDomain domain, Path modelFile, Project project, DiagramKinds kinds, ModelAccess modelThread,
			boolean validating) {
		this.domain = domain;
		this.modelFile = modelFile;
		this.project = project;
		this.kinds = kinds;
		this.modelThread = modelThread;
		this.saver = this::saveResources;
		this.validating = validating;
		if (validating) {
			domain.getCommandStack().addCommandStackListener(revalidate);
		}
	}

	/**
	 * Opens the model in {@code modelFile} in {@code domain}'s resource set, unless it is there
	 * already.
	 */
	public static ServerContext open(EditingDomain domain, Path modelFile, DiagramKinds kinds, ModelAccess modelThread)
			throws IOException {
		return open(domain, modelFile, kinds, modelThread, true);
	}

	/**
	 * As {@link #open(EditingDomain, Path, DiagramKinds, ModelAccess)}; without validation when
	 * {@code validating} is false (tests that need every model update to answer their own request).
	 */
	public static ServerContext open(EditingDomain domain, Path modelFile, DiagramKinds kinds, ModelAccess modelThread,
			boolean validating) throws IOException {
		Path file = modelFile.toAbsolutePath().normalize();
		Project[] project = new Project[1];
		IOException[] failure = new IOException[1];
		modelThread.run(() -> {
			Resource loaded = domain.getResourceSet().getResource(URI.createFileURI(file.toString()), false);
			try {
				project[0] = loaded != null && !loaded.getContents().isEmpty() && loaded.getContents().get(0) instanceof Project p ? p
						: SegmentationFiles.load(domain.getResourceSet(), file);
			} catch (IOException e) {
				failure[0] = e;
			}
		});
		if (failure[0] != null) {
			throw failure[0];
		}
		return new ServerContext(domain, file, project[0], kinds, modelThread, validating);
	}

	/** An editing domain of its own, for use without the workbench's model editor. */
	public static EditingDomain newEditingDomain() {
		return ModelEditingDomains.newEditingDomain();
	}

	public EditingDomain editingDomain() {
		return domain;
	}

	public Path modelFile() {
		return modelFile;
	}

	public Project project() {
		return project;
	}

	public DiagramKinds kinds() {
		return kinds;
	}

	public ModelAccess modelThread() {
		return modelThread;
	}

	/**
	 * The model's latest validation findings, or {@code null} before the first validation has
	 * finished. Validation runs in the background after every change (it can take a second on
	 * models of thousands of elements), so diagrams open and update without waiting for it; when
	 * its findings differ from the last ones, the validation listeners rebuild their diagrams.
	 */
	public ValidationReport lastValidation() {
		return lastValidation;
	}

	/** Called, on the validation thread, when new findings differ from the previous ones. */
	void addValidationListener(Runnable listener) {
		validationListeners.add(listener);
	}

	void removeValidationListener(Runnable listener) {
		validationListeners.remove(listener);
	}

	/**
	 * Called when a diagram of the model has been built: the first validation starts then rather
	 * than at once, so that on a model of thousands of elements it does not take the processor from
	 * the diagram while it opens.
	 */
	synchronized void diagramBuilt() {
		if (validating && !firstValidationScheduled) {
			firstValidationScheduled = true;
			if (lastValidation == null && pendingValidation == null) {
				scheduleValidation();
			}
		}
	}

	private synchronized void scheduleValidation() {
		if (pendingValidation != null) {
			pendingValidation.cancel(false);
		}
		if (!validations.isShutdown()) {
			pendingValidation = validations.schedule(this::validateNow, VALIDATION_DELAY_MS, TimeUnit.MILLISECONDS);
		}
	}

	private void validateNow() {
		// only the copy is taken while no command runs; the rules run on it, while the user edits on
		ValidationSnapshot[] snapshot = new ValidationSnapshot[1];
		modelThread.read(() -> snapshot[0] = ValidationSnapshot.of(project));
		ValidationReport report = validate(snapshot[0]);
		boolean changed = !sameFindings(lastValidation, report);
		lastValidation = report;
		if (changed) {
			validationListeners.forEach(Runnable::run);
		}
	}

	private static boolean sameFindings(ValidationReport a, ValidationReport b) {
		if (a == null || b == null) {
			return a == b;
		}
		List<Finding> first = a.findings();
		List<Finding> second = b.findings();
		if (first.size() != second.size()) {
			return false;
		}
		for (int i = 0; i < first.size(); i++) {
			Finding x = first.get(i);
			Finding y = second.get(i);
			if (x.element() != y.element() || x.severity() != y.severity() || !x.getMessage().equals(y.getMessage())) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Validates with the project's validation settings (as {@code ./segmenta validate} and the
	 * workbench do); {@code null} when the settings cannot be read, so that a broken settings file
	 * does not keep the diagram from showing.
	 */
	private ValidationReport validate(ValidationSnapshot snapshot) {
		try {
			if (validator == null) {
				validator = new SegmentationValidator(ValidationSettings.forModel(modelFile, RuleCatalog.getDefault()),
						Clock.systemDefaultZone(), kinds.locale());
			}
			return snapshot.validate(validator);
		} catch (SettingsException e) {
			return null;
		}
	}

	/** A new injector for one websocket connection (GLSP creates one per client). */
	public Injector createInjector() {
		try {
			return ContextClassLoader.call(() -> Guice.createInjector(new SegmentaServerModule(this)));
		} catch (Exception e) {
			throw new IllegalStateException("The diagram server's injector could not be created", e);
		}
	}

	/** Pages of the named representation's kind show it (its root, layout, layers and filters). */
	public void setRepresentation(String name) {
		this.representation = name;
	}

	/** The representation pages show, or {@code null} for the first one of their kind. */
	public String representation() {
		return representation;
	}

	public void setSaver(DiagramSaver saver) {
		this.saver = saver == null ? this::saveResources : saver;
	}

	/** Saves the model and the diagram file, through the hook when the workbench set one. */
	void save(Resource diagramFile) throws IOException {
		saver.save(diagramFile);
	}

	/** The headless save: the model and the diagram file, each written atomically by its resource. */
	private void saveResources(Resource diagramFile) throws IOException {
		project.eResource().save(null);
		DiagramFiles.save(diagramFile);
	}

	public void addSelectionListener(DiagramSelectionListener listener) {
		selectionListeners.add(listener);
	}

	public void removeSelectionListener(DiagramSelectionListener listener) {
		selectionListeners.remove(listener);
	}

	void fireSelection(String kind, List<String> elementIds) {
		for (DiagramSelectionListener listener : selectionListeners) {
			listener.selectionChanged(kind, elementIds);
		}
	}

	/** Stops validating and forgets the listeners; the model and the domain belong to whoever opened them. */
	public void dispose() {
		domain.getCommandStack().removeCommandStackListener(revalidate);
		validations.shutdownNow();
		selectionListeners.clear();
		validationListeners.clear();
	}
}

package org.segmenta.diagram.glsp.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.segmenta.diagram.DiagramFiles;
import org.segmenta.diagram.DiagramKinds;
import org.segmenta.diagram.glsp.DiagramSaver;
import org.segmenta.diagram.glsp.DiagramSelectionListener;
import org.segmenta.diagram.glsp.ModelAccess;
import org.segmenta.model.Project;
import org.segmenta.model.edit.SegmentaEditAdapterFactory;
import org.segmenta.model.persistence.SegmentationFiles;
import org.segmenta.validation.RuleCatalog;
import org.segmenta.validation.SegmentationValidator;
import org.segmenta.validation.SettingsException;
import org.segmenta.validation.ValidationReport;
import org.segmenta.validation.ValidationSettings;

import com.google.inject.Guice;
import com.google.inject.Injector;

/**
 * What every GLSP client session of one diagram server shares: the model, its editing domain, the
 * thread the model may be touched on, the save hook and the selection listeners. Each websocket
 * connection gets its own Guice injector, built here.
 */
public final class ServerContext {

	private final EditingDomain domain;
	private final Path modelFile;
	private final Project project;
	private final DiagramKinds kinds;
	private final ModelAccess modelThread;
	private volatile DiagramSaver saver;
	private SegmentationValidator validator;
	private final List<DiagramSelectionListener> selectionListeners = new CopyOnWriteArrayList<>();

	private ServerContext(EditingDomain domain, Path modelFile, Project project, DiagramKinds kinds, ModelAccess modelThread) {
		this.domain = domain;
		this.modelFile = modelFile;
		this.project = project;
		this.kinds = kinds;
		this.modelThread = modelThread;
		this.saver = this::saveResources;
	}

	/**
	 * Opens the model in {@code modelFile} in {@code domain}'s resource set, unless it is there
	 * already.
	 */
	public static ServerContext open(EditingDomain domain, Path modelFile, DiagramKinds kinds, ModelAccess modelThread)
			throws IOException {
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
		return new ServerContext(domain, file, project[0], kinds, modelThread);
	}

	/** An editing domain of its own, for use without the workbench's model editor. */
	public static EditingDomain newEditingDomain() {
		ComposedAdapterFactory adapterFactory = new ComposedAdapterFactory();
		adapterFactory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
		adapterFactory.addAdapterFactory(new SegmentaEditAdapterFactory());
		adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		return new AdapterFactoryEditingDomain(adapterFactory, new BasicCommandStack(), SegmentationFiles.newResourceSet());
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
	 * The model's validation findings, with the project's validation settings (as
	 * {@code ./segmenta validate} and the workbench use them); {@code null} when the settings
	 * cannot be read, so that a broken settings file does not keep the diagram from opening.
	 */
	synchronized ValidationReport validate() {
		try {
			if (validator == null) {
				RuleCatalog rules = RuleCatalog.fromExtensions(Platform.getExtensionRegistry(), problem -> {
					// a broken rule contribution is reported by the workbench's validation, not once per diagram
				});
				validator = new SegmentationValidator(ValidationSettings.forModel(modelFile, rules), Clock.systemDefaultZone());
			}
			return validator.validate(project);
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

	/** Forgets the listeners; the model and the domain belong to whoever opened them. */
	public void dispose() {
		selectionListeners.clear();
	}
}

package org.segmenta.diagram.glsp.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.segmenta.diagram.glsp.DiagramSelectionListener;
import org.segmenta.model.Project;
import org.segmenta.model.edit.SegmentaEditAdapterFactory;
import org.segmenta.model.persistence.SegmentationFiles;

import com.google.inject.Guice;
import com.google.inject.Injector;

/**
 * What every GLSP client session of one diagram server shares: the model, its editing domain and
 * the selection listeners. Each websocket connection gets its own Guice injector, built here.
 */
public final class DiagramSession {

	private final EditingDomain domain;
	private final Path modelFile;
	private final Project project;
	private final List<DiagramSelectionListener> selectionListeners = new CopyOnWriteArrayList<>();

	private DiagramSession(EditingDomain domain, Path modelFile, Project project) {
		this.domain = domain;
		this.modelFile = modelFile;
		this.project = project;
	}

	/** Opens the model in {@code modelFile} in {@code domain}'s resource set, unless it is there already. */
	public static DiagramSession open(EditingDomain domain, Path modelFile) throws IOException {
		Path file = modelFile.toAbsolutePath().normalize();
		Resource loaded = domain.getResourceSet().getResource(URI.createFileURI(file.toString()), false);
		Project project = loaded != null && !loaded.getContents().isEmpty() && loaded.getContents().get(0) instanceof Project p ? p
				: SegmentationFiles.load(domain.getResourceSet(), file);
		return new DiagramSession(domain, file, project);
	}

	/** An editing domain of its own, for use without the workbench's model editor. */
	public static EditingDomain newEditingDomain() {
		ComposedAdapterFactory adapterFactory = new ComposedAdapterFactory();
		adapterFactory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
		adapterFactory.addAdapterFactory(new SegmentaEditAdapterFactory());
		adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(adapterFactory, new BasicCommandStack());
		domain.getResourceSet().getResourceFactoryRegistry().getExtensionToFactoryMap()
				.putAll(SegmentationFiles.newResourceSet().getResourceFactoryRegistry().getExtensionToFactoryMap());
		return domain;
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

	/** A new injector for one websocket connection (GLSP creates one per client). */
	public Injector createInjector() {
		try {
			return ContextClassLoader.call(() -> Guice.createInjector(new SegmentaServerModule(this)));
		} catch (Exception e) {
			throw new IllegalStateException("The diagram server's injector could not be created", e);
		}
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

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.CommonPlugin;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.segmenta.diagram.description.DiagramDescription;
import org.segmenta.diagram.state.DiagramFile;
import org.segmenta.diagram.state.DiagramStateFactory;
import org.segmenta.diagram.state.DiagramStatePackage;
import org.segmenta.model.persistence.ModelLoadException;
import org.segmenta.diagram.internal.DiagramResourceFactory;
import org.segmenta.model.persistence.SegmentationFiles;

/**
 * The diagram file beside a model: {@code MODEL.segmentationdiagram} next to
 * {@code MODEL.segmentation}, holding its representations with their layouts, layers and filters
 * (see {@link Representations}). It is read into the same
 * resource set as the model, so that moving a node is a command on the model editor's stack.
 */
public final class DiagramFiles {

	public static final String FILE_EXTENSION = "segmentationdiagram";

	private DiagramFiles() {
	}

	/** The URI of the diagram file of the model at {@code modelUri}. */
	public static URI stateUri(URI modelUri) {
		return modelUri.trimFileExtension().appendFileExtension(FILE_EXTENSION);
	}

	/**
	 * The diagram file of the model at {@code modelUri} in {@code resourceSet}: already there, read
	 * from disk, or new and empty when there is no file yet.
	 *
	 * @throws ModelLoadException naming the file and line when it exists but cannot be read
	 */
	public static Resource stateResource(ResourceSet resourceSet, URI modelUri) throws ModelLoadException {
		resourceSet.getPackageRegistry().putIfAbsent(DiagramStatePackage.eNS_URI, DiagramStatePackage.eINSTANCE);
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().putIfAbsent(FILE_EXTENSION,
				new DiagramResourceFactory());
		URI uri = stateUri(modelUri);
		Resource existing = resourceSet.getResource(uri, false);
		if (existing != null && existing.isLoaded() && hasDiagramFile(existing)) {
			return existing;
		}
		URI local = CommonPlugin.resolve(resourceSet.getURIConverter().normalize(uri));
		if (local.isFile() && Files.isRegularFile(Path.of(local.toFileString()))) {
			if (existing != null) {
				resourceSet.getResources().remove(existing);
			}
			Resource resource = SegmentationFiles.loadResource(resourceSet, Path.of(local.toFileString()));
			resource.setURI(uri);
			if (!hasDiagramFile(resource)) {
				resourceSet.getResources().remove(resource);
				throw new ModelLoadException(Path.of(local.toFileString()), 0, 0,
						locale -> DiagramMessages.of(locale).text("file.noDiagramFile"), null);
			}
			Representations.migrate((DiagramFile) resource.getContents().get(0), DiagramFiles::kindLabel);
			return resource;
		}
		Resource resource = existing != null ? existing : resourceSet.createResource(uri);
		DiagramFile file = DiagramStateFactory.eINSTANCE.createDiagramFile();
		file.setModelLocation(modelUri.lastSegment());
		resource.getContents().add(file);
		return resource;
	}

	/** The label of the installed kind {@code id}, naming the views of files written before representations had names. */
	private static String kindLabel(String id) {
		try {
			return DiagramKinds.getDefault().find(id).map(DiagramDescription::getLabel).orElse(id);
		} catch (RuntimeException outsideThePlatform) {
			return id;
		}
	}

	private static boolean hasDiagramFile(Resource resource) {
		return resource.getContents().size() == 1 && resource.getContents().get(0) instanceof DiagramFile;
	}

	/** Saves the diagram file atomically. */
	public static void save(Resource stateResource) throws IOException {
		stateResource.save(null);
	}
}

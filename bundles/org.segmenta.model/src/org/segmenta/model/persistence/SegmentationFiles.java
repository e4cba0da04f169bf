/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.model.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.segmenta.model.Project;
import org.segmenta.model.SegmentaPackage;
import org.xml.sax.SAXParseException;

/**
 * Loads and saves {@code .segmentation} files outside the workbench: the entry point for headless
 * commands and tests. Inside the workbench, editors use their editing domain's resource set, which
 * gets the same resource implementation through the extension registry.
 */
public final class SegmentationFiles {

	private SegmentationFiles() {
	}

	/**
	 * A resource set that reads and writes Segmenta models, with or without OSGi running. Its
	 * {@link ReferenceGuard} lets the models it loads refer only to model and diagram files inside
	 * their project; every resource set that holds models is made here.
	 */
	public static ResourceSet newResourceSet() {
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.setURIConverter(new ReferenceGuard());
		resourceSet.getPackageRegistry().put(SegmentaPackage.eNS_URI, SegmentaPackage.eINSTANCE);
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap()
				.put(SegmentationResourceFactory.FILE_EXTENSION, new SegmentationResourceFactory());
		return resourceSet;
	}

	/**
	 * Loads the project in {@code file}.
	 *
	 * @throws ModelLoadException naming the file and the first problem's line when the file is
	 *                            missing, malformed, truncated or holds no Segmenta project
	 */
	public static Project load(Path file) throws ModelLoadException {
		return load(newResourceSet(), file);
	}

	/**
	 * Loads the project in {@code file}, whose references may also name files in
	 * {@code allowedFolders} (what {@code --allow-path} gives).
	 */
	public static Project load(Path file, List<Path> allowedFolders) throws ModelLoadException {
		ResourceSet resourceSet = newResourceSet();
		ReferenceGuard.of(resourceSet).orElseThrow().setPolicy(ModelPaths.forModel(file, allowedFolders));
		return load(resourceSet, file);
	}

	/** Loads the project in {@code file} into {@code resourceSet}. */
	public static Project load(ResourceSet resourceSet, Path file) throws ModelLoadException {
		Resource resource = loadResource(resourceSet, file);
		List<EObject> contents = resource.getContents();
		if (contents.size() != 1 || !(contents.get(0) instanceof Project project)) {
			resourceSet.getResources().remove(resource);
			throw contents.isEmpty() ? ModelLoadException.worded(file, 0, 0, null, "load.empty")
					: ModelLoadException.worded(file, 0, 0, null, "load.notAProject", contents.get(0).eClass().getName());
		}
		return project;
	}

	/**
	 * Loads {@code file} into a new resource of {@code resourceSet}, made by the factory registered
	 * for its extension; on failure the resource is removed again.
	 *
	 * @throws ModelLoadException naming the file and the first problem's line
	 */
	public static Resource loadResource(ResourceSet resourceSet, Path file) throws ModelLoadException {
		Path absolute = file.toAbsolutePath().normalize();
		if (!Files.isRegularFile(absolute)) {
			throw ModelLoadException.worded(file, 0, 0, null, "load.noSuchFile");
		}
		if (!Files.isReadable(absolute)) {
			// the reader's own words would be "(Permission denied)", in English whatever the language
			throw ModelLoadException.worded(file, 0, 0, null, "load.notReadable");
		}
		URI uri = URI.createFileURI(absolute.toString());
		Optional<ReferenceGuard> guard = ReferenceGuard.of(resourceSet);
		if (guard.isPresent()) {
			// the first file loaded decides the project its references must stay in
			if (guard.get().policy() == null) {
				guard.get().setPolicy(ModelPaths.forModel(absolute, List.of()));
			}
			guard.get().open(uri);
		}
		Resource resource = resourceSet.createResource(uri);
		if (resource == null) {
			throw ModelLoadException.worded(file, 0, 0, null, "load.noReader");
		}
		try {
			resource.load(resourceSet.getLoadOptions());
		} catch (IOException | RuntimeException e) {
			resourceSet.getResources().remove(resource);
			throw describe(file, e, resource.getErrors());
		}
		return resource;
	}

	/** Saves {@code project} to {@code file} atomically: a failed save leaves the old file intact. */
	public static void save(Project project, Path file) throws IOException {
		resourceAt(project, file).save(null);
	}

	/**
	 * The pending save of {@code project} to {@code file}, for {@link AtomicFiles#writeAll} to write
	 * together with files the model names.
	 */
	public static AtomicFiles.Pending pendingSave(Project project, Path file) {
		Resource resource = resourceAt(project, file);
		return new AtomicFiles.Pending(file, out -> {
			resource.save(out, null);
			resource.setModified(false);
		});
	}

	private static Resource resourceAt(Project project, Path file) {
		Resource resource = project.eResource();
		URI target = URI.createFileURI(file.toAbsolutePath().normalize().toString());
		if (resource == null) {
			resource = newResourceSet().createResource(target);
			resource.getContents().add(project);
		} else {
			resource.setURI(target);
		}
		return resource;
	}

	private static ModelLoadException describe(Path file, Exception failure, List<Resource.Diagnostic> errors) {
		Optional<ReferencedFileException> refused = ReferencedFileException.in(failure);
		if (refused.isPresent()) {
			// a refused reference is worded in each language, not in the parser's English
			return new ModelLoadException(file, 0, 0, refused.get()::getMessage, failure);
		}
		Resource.Diagnostic first = errors.isEmpty() ? findDiagnostic(failure) : errors.get(0);
		if (first != null) {
			String message = plainMessage(first);
			return errors.size() > 1
					? ModelLoadException.worded(file, first.getLine(), first.getColumn(), failure, "load.parserMore", message,
							errors.size() - 1)
					: ModelLoadException.worded(file, first.getLine(), first.getColumn(), failure, "load.parser", message);
		}
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return ModelLoadException.worded(file, 0, 0, failure, "load.parser", String.valueOf(root.getMessage()));
	}

	/**
	 * The parser's own words: EMF appends "(uri, line, column)", which the exception's location
	 * already says, and wraps SAX errors in a message that repeats the public and system ids.
	 */
	private static String plainMessage(Resource.Diagnostic diagnostic) {
		if (diagnostic instanceof Throwable error && error.getCause() instanceof SAXParseException sax) {
			return sax.getMessage();
		}
		return diagnostic.getMessage().replaceFirst("\\s*\\([^()]*, -?\\d+, -?\\d+\\)$", "");
	}

	private static Resource.Diagnostic findDiagnostic(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof XMIException xmi) {
				return xmi;
			}
			if (t instanceof SAXParseException sax) {
				return new ParseDiagnostic(sax);
			}
		}
		return null;
	}

	/** Adapts a SAX parse error, which carries the line, to EMF's diagnostic view of it. */
	private record ParseDiagnostic(SAXParseException error) implements Resource.Diagnostic {
		@Override
		public String getMessage() {
			return error.getMessage();
		}

		@Override
		public String getLocation() {
			return error.getSystemId();
		}

		@Override
		public int getLine() {
			return error.getLineNumber();
		}

		@Override
		public int getColumn() {
			return error.getColumnNumber();
		}
	}
}

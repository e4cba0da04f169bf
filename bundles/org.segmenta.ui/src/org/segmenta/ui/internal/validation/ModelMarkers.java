/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.ui.internal.validation;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Path;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

/** Between model elements and the validation markers on their workspace file. */
public final class ModelMarkers {

	private ModelMarkers() {
	}

	/** The workspace file a model was loaded from, or {@code null} when it is outside the workspace. */
	public static IFile fileOf(Resource resource) {
		URI uri = resource == null ? null : resource.getURI();
		if (uri == null) {
			return null;
		}
		if (uri.isPlatformResource()) {
			return ResourcesPlugin.getWorkspace().getRoot()
					.getFile(new Path(uri.toPlatformString(true)));
		}
		if (uri.isFile()) {
			IFile[] files = ResourcesPlugin.getWorkspace().getRoot()
					.findFilesForLocationURI(java.net.URI.create(uri.toString()));
			return files.length == 0 ? null : files[0];
		}
		return null;
	}

	/** The validation markers about {@code element}, most severe first. */
	public static List<IMarker> markersOf(EObject element) {
		IFile file = fileOf(element.eResource());
		String id = ModelValidationJob.elementId(element);
		if (file == null || !file.exists() || id.isEmpty()) {
			return List.of();
		}
		try {
			return Arrays.stream(file.findMarkers(ModelValidationJob.MARKER_TYPE, true, IResource.DEPTH_ZERO))
					.filter(marker -> id.equals(marker.getAttribute(ModelValidationJob.ELEMENT_ID, "")))
					.sorted((a, b) -> Integer.compare(b.getAttribute(IMarker.SEVERITY, 0), a.getAttribute(IMarker.SEVERITY, 0)))
					.toList();
		} catch (CoreException e) {
			return List.of();
		}
	}

	/** The element a marker is about, in {@code resource}; {@code null} when it is gone. */
	public static EObject elementOf(IMarker marker, Resource resource) {
		String id = marker.getAttribute(ModelValidationJob.ELEMENT_ID, "");
		return id.isEmpty() || resource == null ? null : resource.getEObject(id);
	}
}

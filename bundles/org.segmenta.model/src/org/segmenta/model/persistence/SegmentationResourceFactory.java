/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.model.persistence;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceFactoryImpl;
import org.segmenta.model.internal.SegmentationResource;

/**
 * Creates the resources that hold {@code *.segmentation} files: XMI in UTF-8, references by
 * element id, atomic saves and a hardened XML parser. Registered for the {@code segmentation}
 * extension in the plug-in manifest; headless code registers it through
 * {@link SegmentationFiles#newResourceSet()}.
 */
public class SegmentationResourceFactory extends ResourceFactoryImpl {

	/** The file extension of Segmenta models. */
	public static final String FILE_EXTENSION = "segmentation";

	@Override
	public Resource createResource(URI uri) {
		return new SegmentationResource(uri);
	}
}

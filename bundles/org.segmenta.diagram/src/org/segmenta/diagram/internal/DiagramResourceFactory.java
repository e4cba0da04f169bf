/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.internal;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceFactoryImpl;
import org.segmenta.model.persistence.SafeXmiResource;

/**
 * Reads and writes diagram files and diagram descriptions in any resource set of the workbench with
 * the hardened, atomically saving XMI resource of Segmenta's models.
 */
public class DiagramResourceFactory extends ResourceFactoryImpl {

	@Override
	public Resource createResource(URI uri) {
		return new SafeXmiResource(uri);
	}
}

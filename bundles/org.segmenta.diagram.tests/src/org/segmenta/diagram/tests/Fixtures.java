/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.tests;

import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.segmenta.diagram.DiagramKinds;
import org.segmenta.diagram.DiagramSession;
import org.segmenta.model.Project;
import org.segmenta.model.persistence.SegmentationFiles;

/** The example model, opened in an editing domain as an editor would. */
final class Fixtures {

	private Fixtures() {
	}

	static DiagramKinds kinds() {
		return DiagramKinds.fromExtensions(Platform.getExtensionRegistry(), problem -> {
			throw new AssertionError(problem);
		});
	}

	static AdapterFactoryEditingDomain newDomain() {
		return new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(), new BasicCommandStack(),
				SegmentationFiles.newResourceSet());
	}

	static DiagramSession open(Path model, String kind) throws Exception {
		AdapterFactoryEditingDomain domain = newDomain();
		Project project = SegmentationFiles.load(domain.getResourceSet(), model);
		return DiagramSession.open(domain, project, kinds(), kind);
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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

	/** Writes the example's diagram file in {@code folder} with {@code views}, the XMI of its views. */
	static void writeDiagramFile(Path folder, String views) throws IOException {
		Files.writeString(folder.resolve("nordic-members.segmentationdiagram"), """
				<?xml version="1.0" encoding="UTF-8"?>
				<diagramstate:DiagramFile xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" \
				xmlns:diagramstate="http://www.segmenta.org/diagram/state/1.0" modelLocation="nordic-members.segmentation">
				""" + views + "</diagramstate:DiagramFile>\n", StandardCharsets.UTF_8);
	}

	static DiagramSession open(Path model, String kind) throws Exception {
		AdapterFactoryEditingDomain domain = newDomain();
		Project project = SegmentationFiles.load(domain.getResourceSet(), model);
		return DiagramSession.open(domain, project, kinds(), kind);
	}
}

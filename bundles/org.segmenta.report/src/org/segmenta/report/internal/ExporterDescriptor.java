/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.report.internal;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.segmenta.registry.ContributionReader;
import org.segmenta.report.ReportExporter;

/**
 * One contribution to {@code org.segmenta.report.exporters}.
 *
 * @param images whether the format embeds the charts as PNG
 */
public record ExporterDescriptor(String id, String name, String description, boolean images,
		IConfigurationElement element) {

	public ReportExporter create() throws CoreException {
		return ContributionReader.create(element, "class", ReportExporter.class);
	}
}

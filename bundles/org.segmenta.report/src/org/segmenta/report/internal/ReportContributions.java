/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.report.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.segmenta.model.Project;
import org.segmenta.report.ReportFinding;
import org.segmenta.report.ReportFigure;
import org.segmenta.report.ReportFigureSource;
import org.segmenta.report.ReportFindings;
import org.segmenta.report.ReportFindingsSource;

/** The exporters, findings sources and figure sources contributed through the report extension points. */
public final class ReportContributions {

	public static final String EXPORTERS = "org.segmenta.report.exporters";
	public static final String FINDINGS = "org.segmenta.report.findings";
	public static final String FIGURES = "org.segmenta.report.figures";

	/** The built-in formats come first, in this order; contributed ones follow by id. */
	private static final List<String> BUILT_IN_ORDER = List.of("html", "pdf", "pptx", "xlsx", "csv", "json");

	private final IExtensionRegistry registry;

	public ReportContributions(IExtensionRegistry registry) {
		this.registry = registry;
	}

	/** Every exporter, keyed by format id; a duplicate id keeps the first contribution. */
	public Map<String, ExporterDescriptor> exporters() {
		List<ExporterDescriptor> all = new ArrayList<>();
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXPORTERS)) {
			String id = element.getAttribute("id");
			if ("exporter".equals(element.getName()) && id != null && !id.isBlank()) {
				all.add(new ExporterDescriptor(id.strip(), element.getAttribute("name"),
						String.valueOf(element.getAttribute("description")),
						Boolean.parseBoolean(element.getAttribute("images")), element));
			}
		}
		all.sort(Comparator.comparingInt((ExporterDescriptor d) -> {
			int position = BUILT_IN_ORDER.indexOf(d.id());
			return position < 0 ? BUILT_IN_ORDER.size() : position;
		}).thenComparing(ExporterDescriptor::id));
		Map<String, ExporterDescriptor> byId = new LinkedHashMap<>();
		all.forEach(descriptor -> byId.putIfAbsent(descriptor.id(), descriptor));
		return byId;
	}

	/** What every contributed findings source reports on {@code project}. */
	public ReportFindings findings(Project project) throws CoreException {
		List<String> sources = new ArrayList<>();
		List<ReportFinding> findings = new ArrayList<>();
		for (IConfigurationElement element : registry.getConfigurationElementsFor(FINDINGS)) {
			ReportFindingsSource source = (ReportFindingsSource) element.createExecutableExtension("class");
			sources.add(source.name());
			findings.addAll(source.findings(project));
		}
		return new ReportFindings(sources, findings);
	}

	/** The figures every contributed figure source draws for {@code project}. */
	public List<ReportFigure> figures(Project project, Path modelFile) throws CoreException, IOException {
		List<ReportFigure> figures = new ArrayList<>();
		for (IConfigurationElement element : registry.getConfigurationElementsFor(FIGURES)) {
			ReportFigureSource source = (ReportFigureSource) element.createExecutableExtension("class");
			figures.addAll(source.figures(project, modelFile));
		}
		return figures;
	}
}

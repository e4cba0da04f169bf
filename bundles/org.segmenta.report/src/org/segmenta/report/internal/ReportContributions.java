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
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.OperationCanceledException;
import org.segmenta.model.Project;
import org.segmenta.registry.ContributionLog;
import org.segmenta.registry.ContributionReader;
import org.segmenta.registry.ContributionRegistry;
import org.segmenta.report.ReportFigure;
import org.segmenta.report.ReportFigureSource;
import org.segmenta.report.ReportFinding;
import org.segmenta.report.ReportFindings;
import org.segmenta.report.ReportFindingsSource;
import org.segmenta.report.ReportLanguage;

/**
 * The exporters, findings sources and figure sources contributed through the report extension
 * points. A contribution that cannot be used, and a source that cannot be created or fails while
 * it runs, is logged with its plug-in's name and left out; the report is written without it.
 */
public final class ReportContributions {

	public static final String EXPORTERS = "org.segmenta.report.exporters";
	public static final String FINDINGS = "org.segmenta.report.findings";
	public static final String FIGURES = "org.segmenta.report.figures";

	/** The built-in formats come first, in this order; contributed ones follow by id. */
	private static final List<String> BUILT_IN_ORDER = List.of("html", "pdf", "pptx", "xlsx", "csv", "json");

	private static final ContributionRegistry<ReportContributions> INSTALLED = ContributionRegistry
			.ofPlatform(ReportContributions::new, EXPORTERS, FINDINGS, FIGURES);

	private final Map<String, ExporterDescriptor> exporters = new LinkedHashMap<>();
	private final List<IConfigurationElement> findingsSources;
	private final List<IConfigurationElement> figureSources;

	public ReportContributions(IExtensionRegistry registry) {
		List<ExporterDescriptor> all = new ArrayList<>();
		new ContributionReader(EXPORTERS, Set.of("exporter"), ContributionReader.LOG_ONLY) {
			@Override
			protected void readElement(IConfigurationElement element) {
				Map<String, String> attributes = requiredAttributes(element, "id", "name", "class");
				if (attributes != null && claim(element, "format id", attributes.get("id"))) {
					all.add(new ExporterDescriptor(attributes.get("id"), attributes.get("name"),
							Objects.requireNonNullElse(element.getAttribute("description"), ""),
							Boolean.parseBoolean(element.getAttribute("images")), element));
				}
			}
		}.readRegistry(registry);
		all.sort(Comparator.comparingInt((ExporterDescriptor d) -> {
			int position = BUILT_IN_ORDER.indexOf(d.id());
			return position < 0 ? BUILT_IN_ORDER.size() : position;
		}).thenComparing(ExporterDescriptor::id));
		all.forEach(descriptor -> exporters.put(descriptor.id(), descriptor));
		findingsSources = sources(registry, FINDINGS);
		figureSources = sources(registry, FIGURES);
	}

	/** The contributions of the running platform, read once and again after they change. */
	public static ReportContributions getDefault() {
		return INSTALLED.get();
	}

	/** The {@code source} elements with a class; their classes are loaded when a report needs them. */
	private static List<IConfigurationElement> sources(IExtensionRegistry registry, String extensionPoint) {
		List<IConfigurationElement> sources = new ArrayList<>();
		new ContributionReader(extensionPoint, Set.of("source"), ContributionReader.LOG_ONLY) {
			@Override
			protected void readElement(IConfigurationElement element) {
				if (requiredAttribute(element, "class") != null) {
					sources.add(element);
				}
			}
		}.readRegistry(registry);
		return sources;
	}

	/** Every exporter, keyed by format id in report order; a duplicate id keeps the first contribution. */
	public Map<String, ExporterDescriptor> exporters() {
		return exporters;
	}

	/**
	 * What every contributed findings source reports on {@code project}, in English. A source that
	 * cannot be created or fails is logged, told to {@code problems} and left out; the others still run.
	 */
	public ReportFindings findings(Project project, Consumer<String> problems) {
		return findings(project, ReportLanguage.ENGLISH, problems);
	}

	/** Like {@link #findings(Project, Consumer)}, written in the report's {@code language}. */
	public ReportFindings findings(Project project, ReportLanguage language, Consumer<String> problems) {
		List<String> sources = new ArrayList<>();
		List<ReportFinding> findings = new ArrayList<>();
		for (IConfigurationElement element : findingsSources) {
			try {
				ReportFindingsSource source = ContributionReader.create(element, "class", ReportFindingsSource.class);
				List<ReportFinding> found = source.findings(project, language);
				sources.add(source.name(language));
				findings.addAll(found);
			} catch (CoreException | RuntimeException e) {
				leaveOut(element, e, "its findings are", problems);
			}
		}
		return new ReportFindings(sources, findings);
	}

	/**
	 * The figures every contributed figure source draws for {@code project}. A source that cannot
	 * be created or fails is logged, told to {@code problems} and left out; the others still run.
	 *
	 * @throws IOException naming the file when something the figures need cannot be read
	 */
	public List<ReportFigure> figures(Project project, Path modelFile, Consumer<String> problems) throws IOException {
		return figures(project, modelFile, ReportLanguage.of(project), problems);
	}

	/** As {@link #figures(Project, Path, Consumer)}, with the figures' texts in {@code language}. */
	public List<ReportFigure> figures(Project project, Path modelFile, ReportLanguage language, Consumer<String> problems)
			throws IOException {
		List<ReportFigure> figures = new ArrayList<>();
		for (IConfigurationElement element : figureSources) {
			try {
				ReportFigureSource source = ContributionReader.create(element, "class", ReportFigureSource.class);
				figures.addAll(source.figures(project, modelFile, language));
			} catch (CoreException | RuntimeException e) {
				leaveOut(element, e, "its figures are", problems);
			}
		}
		return figures;
	}

	private static void leaveOut(IConfigurationElement element, Exception failure, String what,
			Consumer<String> problems) {
		if (failure instanceof OperationCanceledException cancelled) {
			throw cancelled;
		}
		String message = failure instanceof CoreException
				? failure.getMessage()
				: element.getName() + " class " + element.getAttribute("class") + " failed ("
						+ ContributionLog.describe(failure) + ")";
		problems.accept(ContributionLog.warn(element, message + "; " + what + " left out of the report", failure));
	}
}

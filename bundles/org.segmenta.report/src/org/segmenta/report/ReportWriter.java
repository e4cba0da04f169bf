/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.segmenta.model.Project;
import org.segmenta.model.persistence.ModelLoadException;
import org.segmenta.model.persistence.SegmentationFiles;
import org.segmenta.report.internal.ExporterDescriptor;
import org.segmenta.report.internal.FormatWriters;
import org.segmenta.report.internal.ReportContributions;

/**
 * Writes a model's report in some of the installed formats (the contributions to
 * {@code org.segmenta.report.exporters}) into a folder: what {@code ./segmenta report} and the
 * workbench's Export Report run. The formats are written side by side, each into hidden staged
 * files; when all are done, the files of the formats that succeeded are moved into place. A format
 * that fails thus leaves none of its files (an older report of it stays as it was) and does not stop
 * the others, and a cancelled report leaves the folder as it was.
 */
public final class ReportWriter {

	private final ReportContributions contributions;

	/** A writer with the formats, findings and figure sources contributed to the running platform. */
	public ReportWriter() {
		this.contributions = ReportContributions.getDefault();
	}

	/** A writer with the formats, findings and figure sources contributed to {@code registry}. */
	public ReportWriter(IExtensionRegistry registry) {
		this.contributions = new ReportContributions(registry);
	}

	/** The installed formats, the built-in ones first, in report order. */
	public List<ReportFormat> formats() {
		return contributions.exporters().values().stream()
				.map(exporter -> new ReportFormat(exporter.id(), exporter.name(), exporter.description())).toList();
	}

	/**
	 * Writes the report of the model in {@code modelFile} in {@code formats} (ids of
	 * {@link #formats()}) into {@code folder}, creating it if needed. {@code monitor} is told each
	 * step (loading, then one format after the other) and reaches the exporters, which stop when it
	 * is cancelled.
	 *
	 * @return the files of each format, or its failure
	 * @throws CoreException              when the report cannot start: the model or an assignments
	 *                                    file it references cannot be read, or the folder cannot be
	 *                                    created; the message names the file (and line). A findings or
	 *                                    figure source that fails is left out and named in the result.
	 * @throws OperationCanceledException when {@code monitor} is cancelled; no file has then been
	 *                                    written or replaced
	 * @throws IllegalArgumentException   when {@code formats} is empty or names a format that is not
	 *                                    installed
	 */
	public ReportResult write(Path modelFile, Path folder, List<String> formats, IProgressMonitor monitor)
			throws CoreException {
		return write(modelFile, folder, formats, List.of(), monitor);
	}

	/**
	 * Like {@link #write(Path, Path, List, IProgressMonitor)}, where the files the model names may
	 * also be in {@code allowedFolders} (besides the model's folder and its project settings').
	 */
	public ReportResult write(Path modelFile, Path folder, List<String> formats, List<Path> allowedFolders,
			IProgressMonitor monitor) throws CoreException {
		return write(modelFile, folder, formats, allowedFolders, null, monitor);
	}

	/**
	 * Like {@link #write(Path, Path, List, List, IProgressMonitor)}, in {@code language}, or in the
	 * model's own {@code language} when it is null.
	 */
	public ReportResult write(Path modelFile, Path folder, List<String> formats, List<Path> allowedFolders,
			ReportLanguage language, IProgressMonitor monitor) throws CoreException {
		List<ExporterDescriptor> exporters = exporters(formats);
		// the language asked for speaks from the start; the model's own once the model is read
		SubMonitor progress = SubMonitor.convert(monitor, (language == null ? ReportLanguage.ENGLISH : language)
				.text("progress.loading", modelFile.getFileName().toString()), exporters.size() + 1);
		Project project;
		try {
			project = SegmentationFiles.load(modelFile, allowedFolders);
		} catch (IOException e) {
			// before the model is read only the language asked for is known
			throw new CoreException(Status.error(ModelLoadException.messageOf(e,
					(language == null ? ReportLanguage.ENGLISH : language).locale()), e));
		}
		progress.checkCanceled();
		ReportInput input;
		List<String> sourcesLeftOut = new ArrayList<>();
		try {
			// on a large model these steps take a while; name them, so the progress line tells which runs
			ReportLanguage written = language == null ? ReportLanguage.of(project) : language;
			progress.subTask(written.text("progress.checking", modelFile.getFileName().toString()));
			ReportFindings findings = contributions.findings(project, written, sourcesLeftOut::add);
			progress.checkCanceled();
			progress.subTask(written.text("progress.figures"));
			List<ReportFigure> figures = contributions.figures(project, modelFile, written, sourcesLeftOut::add);
			progress.checkCanceled();
			progress.subTask(written.text("progress.assignments"));
			input = ReportInput.of(project, modelFile, findings, figures, written);
		} catch (IOException e) {
			throw new CoreException(Status.error(e.getMessage(), e));
		}
		progress.checkCanceled();
		try {
			Files.createDirectories(folder);
		} catch (IOException e) {
			throw new CoreException(
					Status.error(folder + ": cannot create the output folder: " + e.getMessage(), e));
		}
		progress.worked(1);
		ReportResult result = new FormatWriters(exporters, input, folder).write(progress.split(exporters.size()));
		return new ReportResult(result.folder(), result.formats(), sourcesLeftOut, input.language());
	}

	private List<ExporterDescriptor> exporters(List<String> formats) {
		if (formats.isEmpty()) {
			throw new IllegalArgumentException("no format requested; the formats are " + contributions.exporters().keySet());
		}
		Map<String, ExporterDescriptor> installed = contributions.exporters();
		List<ExporterDescriptor> exporters = new ArrayList<>();
		for (String format : new LinkedHashSet<>(formats)) {
			ExporterDescriptor exporter = installed.get(format);
			if (exporter == null) {
				throw new IllegalArgumentException(
						"unknown format '" + format + "'; the formats are " + installed.keySet());
			}
			exporters.add(exporter);
		}
		return exporters;
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.ui.internal.wizards;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.segmenta.cli.Command;
import org.segmenta.cli.CommandContext;
import org.segmenta.cli.ExitCode;
import org.segmenta.cli.UsageException;

/**
 * Writes a model's report in the chosen formats into a workspace folder, in the background. It
 * runs the same {@code report} command as {@code ./segmenta report}, so the workbench and CI
 * produce identical files (each format staged and committed on its own).
 */
public class ReportJob extends Job {

	/** One output format of the report, as contributed to {@code org.segmenta.report.exporters}. */
	public record Format(String id, String name, String description) {
	}

	private final IFile model;
	private final IContainer folder;
	private final List<String> formats;
	private final List<Path> written = new ArrayList<>();

	public ReportJob(IFile model, IContainer folder, List<String> formats) {
		super("Writing the report of " + model.getName());
		this.model = model;
		this.folder = folder;
		this.formats = List.copyOf(formats);
		setUser(true);
	}

	/** The report formats installed, in the order their plug-ins contribute them. */
	public static List<Format> formats() {
		List<Format> formats = new ArrayList<>();
		for (IConfigurationElement element : Platform.getExtensionRegistry()
				.getConfigurationElementsFor("org.segmenta.report.exporters")) {
			if ("exporter".equals(element.getName()) && element.getAttribute("id") != null) {
				formats.add(new Format(element.getAttribute("id").strip(), element.getAttribute("name"),
						String.valueOf(element.getAttribute("description"))));
			}
		}
		return formats;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), 10);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		Path modelPath = model.getLocation().toFile().toPath();
		Path folderPath = folder.getLocation().toFile().toPath();
		try {
			Command report = reportCommand();
			int exit = report.execute(new CommandContext(
					List.of(modelPath.toString(), "--out", folderPath.toString(), "--formats", String.join(",", formats)),
					new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
					modelPath.getParent(), progress.split(9)));
			out.toString(StandardCharsets.UTF_8).lines().filter(line -> !line.isBlank()).map(Path::of).forEach(written::add);
			folder.getProject().refreshLocal(IResource.DEPTH_INFINITE, progress.split(1));
			return exit == ExitCode.OK
					? new Status(IStatus.OK, getClass(), written.size() + " files written into " + folder.getFullPath())
					: Status.error(err.toString(StandardCharsets.UTF_8).strip());
		} catch (UsageException e) {
			return Status.error(e.getMessage(), e);
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (CoreException e) {
			return e.getStatus();
		}
	}

	private static Command reportCommand() throws CoreException {
		for (IConfigurationElement element : Platform.getExtensionRegistry()
				.getConfigurationElementsFor("org.segmenta.cli.commands")) {
			if ("report".equals(element.getAttribute("name"))) {
				return (Command) element.createExecutableExtension("class");
			}
		}
		throw new CoreException(Status.error("The report plug-in is not installed."));
	}

	/** The files the report consists of, once the job is done. */
	public List<Path> written() {
		return List.copyOf(written);
	}
}

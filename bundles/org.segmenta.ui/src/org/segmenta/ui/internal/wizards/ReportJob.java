/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.ui.internal.wizards;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceRuleFactory;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.segmenta.report.ReportResult;
import org.segmenta.report.ReportWriter;

/**
 * Writes a model's report in the chosen formats into a workspace folder, in the background, through
 * the same {@link ReportWriter} as {@code ./segmenta report}, so the workbench and CI produce
 * identical files (each format staged and moved into place on its own). It holds the folder's
 * scheduling rule, so two reports into one folder run one after the other; <i>Cancel</i> in the
 * Progress view stops it and leaves the folder as it was.
 */
public class ReportJob extends Job {

	private final IFile model;
	private final IContainer folder;
	private final List<String> formats;
	/** The outermost folder the report creates, or null when the workspace knows the output folder. */
	private final IResource created;
	private final List<Path> written = new ArrayList<>();

	public ReportJob(IFile model, IContainer folder, List<String> formats) {
		super(NLS.bind(Messages.ReportJob_writing, model.getName()));
		this.model = model;
		this.folder = folder;
		this.formats = List.copyOf(formats);
		this.created = outermostNew(folder);
		setUser(true);
		// what the job changes in the workspace: the folder's files, or the new folders it creates
		IResourceRuleFactory rules = folder.getWorkspace().getRuleFactory();
		setRule(created == null ? rules.modifyRule(folder) : rules.createRule(created));
	}

	/** The outermost of {@code folder} and its parents that the workspace does not know, or null. */
	private static IResource outermostNew(IContainer folder) {
		IResource outermost = null;
		for (IResource each = folder; each != null && !each.exists(); each = each.getParent()) {
			outermost = each;
		}
		return outermost;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), 10);
		try {
			ReportResult result = new ReportWriter().write(
					model.getLocation().toPath(), folder.getLocation().toPath(), formats, progress.split(9));
			written.addAll(result.written());
			// what was written is in place: the workspace hears of it even if Cancel comes now
			refresh(result, progress.split(1, SubMonitor.SUPPRESS_ISCANCELED));
			return status(result);
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (CoreException e) {
			return e.getStatus();
		}
	}

	/** Tells the workspace about the written files (and the folders the report created for them). */
	private void refresh(ReportResult result, SubMonitor progress) throws CoreException {
		if (created != null) {
			created.refreshLocal(IResource.DEPTH_INFINITE, progress);
			return;
		}
		progress.setWorkRemaining(result.written().size());
		for (Path file : result.written()) {
			IFile reportFile = folder.getFile(IPath.fromOSString(file.getFileName().toString()));
			reportFile.refreshLocal(IResource.DEPTH_ZERO, progress.split(1));
		}
	}

	private IStatus status(ReportResult result) {
		String summary = NLS.bind(Messages.ReportJob_written, result.written().size(), folder.getFullPath());
		if (result.isOK() && result.sourcesLeftOut().isEmpty()) {
			return new Status(IStatus.OK, getClass(), summary);
		}
		MultiStatus problems = new MultiStatus(getClass(), 0, result.isOK() ? NLS.bind(Messages.ReportJob_leftOut, summary)
				: NLS.bind(Messages.ReportJob_someFailed, summary));
		for (ReportResult.Format failed : result.failed()) {
			problems.add(Status.error(NLS.bind(Messages.ReportJob_formatFailed, failed.name(), failed.message()),
					failed.failure()));
		}
		for (String leftOut : result.sourcesLeftOut()) {
			problems.add(Status.warning(leftOut));
		}
		return problems;
	}

	/** The files the report consists of, once the job is done. */
	public List<Path> written() {
		return List.copyOf(written);
	}
}

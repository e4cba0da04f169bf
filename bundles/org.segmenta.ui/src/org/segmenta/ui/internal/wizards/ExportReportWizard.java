/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.ui.internal.wizards;

import org.eclipse.core.resources.IFile;
import org.eclipse.ui.IExportWizard;

/** Exports a model's report in the chosen formats into a workspace folder, as a background job. */
public class ExportReportWizard extends ModelWizard<ReportExportPage> implements IExportWizard {

	private ReportJob job;

	public ExportReportWizard() {
		setWindowTitle(Messages.ExportReportWizard_windowTitle);
	}

	@Override
	ReportExportPage createPage(WorkspaceModels models, IFile initial) {
		return new ReportExportPage(models, initial);
	}

	/** The job the finished wizard started. */
	public ReportJob job() {
		return job;
	}

	@Override
	public boolean performFinish() {
		// the report can take a while (PDF, deck); the user works on meanwhile and sees it in Progress
		job = new ReportJob(page().model(), page().folder(), page().formatIds());
		job.schedule();
		return true;
	}
}

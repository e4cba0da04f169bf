/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.ui.internal.wizards;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWizard;

/** A one-page wizard that works on a segmentation model of the workspace, the selected one to begin with. */
abstract class ModelWizard<P extends WizardPage> extends Wizard implements IWorkbenchWizard {

	private IWorkbench workbench;
	private IStructuredSelection selection;
	private P page;

	@Override
	public void init(IWorkbench currentWorkbench, IStructuredSelection currentSelection) {
		workbench = currentWorkbench;
		selection = currentSelection;
	}

	@Override
	public void addPages() {
		WorkspaceModels models = new WorkspaceModels();
		page = createPage(models, models.initial(workbench, selection));
		addPage(page);
	}

	/** The page, offering {@code models} with {@code initial} chosen. */
	abstract P createPage(WorkspaceModels models, IFile initial);

	public P page() {
		return page;
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.ui.internal.wizards;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.segmenta.examples.Examples;
import org.segmenta.model.Project;
import org.segmenta.model.SegmentaFactory;
import org.segmenta.model.persistence.SegmentationFiles;
import org.segmenta.ui.internal.editor.SegmentationEditor;

/** Creates a workspace project with an empty segmentation model or a copy of the example, and opens it. */
public class NewSegmentationProjectWizard extends Wizard implements INewWizard {

	private NewSegmentationProjectPage page;
	private IFile created;

	public NewSegmentationProjectWizard() {
		setWindowTitle(Messages.NewSegmentationProjectWizard_windowTitle);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		// the project is created at the workspace root whatever is selected
	}

	@Override
	public void addPages() {
		page = new NewSegmentationProjectPage();
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		try {
			getContainer().run(false, false,
					monitor -> {
						try {
							created = create(page.projectName(), page.fromExample(), monitor);
						} catch (CoreException e) {
							throw new InvocationTargetException(e);
						}
					});
			IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), created,
					SegmentationEditor.ID);
			return true;
		} catch (InvocationTargetException e) {
			page.setErrorMessage(e.getCause().getMessage());
			return false;
		} catch (InterruptedException | PartInitException e) {
			page.setErrorMessage(e.getMessage());
			return false;
		}
	}

	/**
	 * Creates project {@code name} with a model: the example's, or an empty one named after the
	 * project.
	 *
	 * @return the model file
	 */
	public static IFile create(String name, boolean fromExample, IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.NewSegmentationProjectWizard_creating, name), 3);
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		if (project.exists()) {
			throw new CoreException(Status.error(NLS.bind(Messages.NewSegmentationProjectWizard_exists, name)));
		}
		project.create(progress.split(1));
		project.open(progress.split(1));
		Path folder = project.getLocation().toFile().toPath();
		Path model;
		try {
			if (fromExample) {
				model = Examples.copyTo(folder);
			} else {
				Project empty = SegmentaFactory.eINSTANCE.createProject();
				empty.setName(name);
				model = folder.resolve(name + ".segmentation");
				SegmentationFiles.save(empty, model);
			}
		} catch (IOException e) {
			throw new CoreException(Status.error(NLS.bind(Messages.NewSegmentationProjectWizard_writeFailed, e.getMessage()), e));
		}
		project.refreshLocal(IResource.DEPTH_INFINITE, progress.split(1));
		return project.getFile(model.getFileName().toString());
	}
}

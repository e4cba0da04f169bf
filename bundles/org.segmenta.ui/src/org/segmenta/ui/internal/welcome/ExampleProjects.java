/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.ui.internal.welcome;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.segmenta.examples.Examples;

/** Creates workspace projects holding the shipped example, never overwriting a project the user has. */
public final class ExampleProjects {

	static final String BASE_NAME = "nordfag-example";

	private ExampleProjects() {
	}

	/**
	 * Creates a new project with a copy of the example model and its data.
	 *
	 * @return the example model in the new project
	 */
	public static IFile createExampleProject(IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, Messages.ExampleProjects_creating, 3);
		IProject project = freshProject(ResourcesPlugin.getWorkspace().getRoot());
		project.create(progress.split(1));
		project.open(progress.split(1));
		try {
			Examples.copyTo(Path.of(project.getLocation().toOSString()));
		} catch (IOException e) {
			throw new CoreException(Status.error(NLS.bind(Messages.ExampleProjects_copyFailed, e.getMessage()), e));
		}
		project.refreshLocal(IResource.DEPTH_INFINITE, progress.split(1));
		return project.getFile(Examples.NORDIC_MEMBERS);
	}

	private static IProject freshProject(IWorkspaceRoot root) {
		IProject project = root.getProject(BASE_NAME);
		for (int i = 2; project.exists(); i++) {
			project = root.getProject(BASE_NAME + "-" + i);
		}
		return project;
	}
}

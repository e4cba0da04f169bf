/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.ui.tests;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.InputStream;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.segmenta.tests.support.Examples;
import org.segmenta.tests.support.ui.Screenshots;
import org.segmenta.ui.internal.editor.SegmentationEditor;
import org.segmenta.ui.internal.perspective.SegmentationPerspective;

/** The bundled example in a workspace project, opened in the model editor, and small UI helpers. */
final class ExampleWorkspace {

	static final String MODEL = Examples.MODEL;
	static final String SURVEY = Examples.SURVEY;

	final IProject project;
	final IWorkbenchPage page;

	ExampleWorkspace(String projectName) throws Exception {
		project = ResourcesPlugin.getWorkspace().getRoot().getProject(projectName);
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		copy(MODEL);
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		PlatformUI.getWorkbench().showPerspective(SegmentationPerspective.ID,
				PlatformUI.getWorkbench().getActiveWorkbenchWindow());
	}

	/** Copies the example file {@code name} into the project, replacing an earlier copy. */
	IFile copy(String name) throws Exception {
		IFile file = project.getFile(name);
		try (InputStream example = Files.newInputStream(Examples.file(name))) {
			if (file.exists()) {
				file.setContents(example, IResource.FORCE, null);
			} else {
				file.create(example, true, null);
			}
		}
		return file;
	}

	SegmentationEditor open() throws Exception {
		var editor = IDE.openEditor(page, project.getFile(MODEL), SegmentationEditor.ID);
		processEvents();
		return assertInstanceOf(SegmentationEditor.class, editor);
	}

	void dispose() throws CoreException {
		page.closeAllEditors(false);
		processEvents();
		for (IProject each : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			each.delete(true, null);
		}
	}

	static void processEvents() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// drain the event queue, including the editor's asynchronous refreshes
		}
	}

	/** Runs the event loop until {@code condition} holds, failing after ten seconds. */
	static void waitUntil(BooleanSupplier condition, String what) {
		Instant end = Instant.now().plus(Duration.ofSeconds(10));
		while (!condition.getAsBoolean()) {
			if (Instant.now().isAfter(end)) {
				throw new AssertionError("timed out waiting until " + what);
			}
			if (!Display.getCurrent().readAndDispatch()) {
				Display.getCurrent().timerExec(50, () -> {
				});
				Display.getCurrent().sleep();
			}
		}
	}

	/** A screenshot of the window with the part {@code partId} maximized, so all of it shows. */
	void screenshotMaximized(String viewId, String name) throws Exception {
		screenshotMaximized(page.findViewReference(viewId), name);
	}

	/** A screenshot of the window with {@code part} maximized. */
	void screenshotMaximized(IWorkbenchPartReference part, String name) throws Exception {
		page.setPartState(part, IWorkbenchPage.STATE_MAXIMIZED);
		processEvents();
		Screenshots.take(name);
		page.setPartState(part, IWorkbenchPage.STATE_RESTORED);
		processEvents();
	}

	/** Types {@code value} into a text field and leaves it, as a user does. */
	static void type(Control control, String value) {
		Text text = (Text) control;
		text.setFocus();
		text.setText(value);
		text.notifyListeners(SWT.FocusOut, new Event());
		processEvents();
	}
}

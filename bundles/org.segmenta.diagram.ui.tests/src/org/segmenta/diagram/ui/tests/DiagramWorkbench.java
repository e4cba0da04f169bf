/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.ui.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;
import org.segmenta.diagram.ui.internal.DiagramEditor;
import org.segmenta.tests.support.Examples;
import org.segmenta.tests.support.ui.EventLoop;
import org.segmenta.ui.internal.properties.FeaturesSection;

/** The example model in the test workspace and waiting for the browser. */
final class DiagramWorkbench {

	private DiagramWorkbench() {
	}

	/** {@code Diagrams/nordic-members.segmentation}, copied from the repository's example once. */
	static IFile importExample() throws CoreException, IOException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("Diagrams");
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		IFile model = project.getFile(Examples.MODEL);
		if (!model.exists()) {
			model.create(Files.newInputStream(Examples.model()), true, new NullProgressMonitor());
		}
		return model;
	}

	/** {@code NAME/nordic-members.segmentation}: a fresh copy of the example in a project of its own, emptied first. */
	static IFile exampleInFreshProject(String name) throws CoreException, IOException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		if (project.exists()) {
			project.delete(true, true, null);
		}
		project.create(null);
		project.open(null);
		IFile model = project.getFile(Examples.MODEL);
		model.create(Files.newInputStream(Examples.model()), true, new NullProgressMonitor());
		return model;
	}

	/** The name field of the General tab of the Properties view's page, brought to the front. */
	static Text nameField(TabbedPropertySheetPage sheet) {
		sheet.setSelectedTab("org.segmenta.ui.tab.general");
		settle(200);
		FeaturesSection.General general = Stream.of(sheet.getCurrentTab().getSections()).filter(FeaturesSection.General.class::isInstance)
				.map(FeaturesSection.General.class::cast).findFirst().orElseThrow();
		return (Text) general.fields().field("name").orElseThrow().control();
	}

	/** Lets the editor read its model, up to 30 s, until it has created its browser. */
	static boolean waitForBrowser(DiagramEditor editor) {
		return waitUntil(30_000, () -> editor.browser() != null);
	}

	/** Lets the page load and the client render, up to 60 s, until the SVG holds {@code text}. */
	static boolean waitForText(DiagramEditor editor, String text) {
		return waitForRendered(editor, rendered -> rendered.contains(text));
	}

	/** Lets the page load and the client render, up to 60 s, until the SVG holds any text. */
	static boolean waitForDiagram(DiagramEditor editor) {
		return waitForRendered(editor, rendered -> !rendered.isBlank());
	}

	private static boolean waitForRendered(DiagramEditor editor, Predicate<String> texts) {
		// the client draws only what is in view, so zoom to fit the whole diagram before looking
		String script = "if (window.segmentaDiagram) { window.segmentaDiagram.fit(); }"
				+ " return Array.from(document.querySelectorAll('text')).map(t => t.textContent).join('\\n');";
		boolean shown = waitUntil(60_000, () -> editor.browser() != null && editor.browser().evaluate(script) instanceof String rendered
				&& texts.test(rendered));
		if (shown) {
			settle(1500);
		}
		return shown;
	}

	/** Runs the event loop until {@code condition} holds or {@code millis} have passed; whether it held. */
	static boolean waitUntil(long millis, BooleanSupplier condition) {
		// the browser loads and the websocket talks on the UI thread
		return EventLoop.runUntil(millis, condition);
	}

	/** Runs the event loop for {@code millis}, so late echoes would arrive. */
	static void settle(long millis) {
		EventLoop.runFor(millis);
	}
}

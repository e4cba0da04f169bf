package org.segmenta.diagram.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.segmenta.diagram.DiagramKinds;
import org.segmenta.diagram.ui.internal.DiagramEditor;
import org.segmenta.diagram.ui.internal.OpenDiagramHandler;

/** Opens every diagram kind of the example in the workbench's diagram editor (GLSP client in an SWT Browser). */
class DiagramEditorTest {

	private IFile model;
	private IWorkbenchPage page;

	@BeforeEach
	void importExample() throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("Diagrams");
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		model = project.getFile("nordic-members.segmentation");
		if (!model.exists()) {
			Path example = Path.of(System.getProperty("segmenta.repository.root"), "examples", "nordic-members.segmentation");
			model.create(Files.newInputStream(example), true, new NullProgressMonitor());
		}
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	@AfterEach
	void closeEditors() {
		page.closeAllEditors(false);
	}

	@ParameterizedTest
	@ValueSource(strings = { "segment-tree", "value-community-map", "persona-board", "buying-centre-map" })
	void eachKindRendersTheModelInTheBrowser(String kind) throws Exception {
		DiagramEditor editor = OpenDiagramHandler.open(page, model, DiagramKinds.getDefault().get(kind));
		assertNotNull(editor.browser(), "the diagram server started and the browser was created");
		String expected = switch (kind) {
		case "segment-tree" -> "Balance Seekers";
		case "value-community-map" -> "Work-life balance";
		case "persona-board" -> "Sanne Højbjerg";
		default -> "Henrik Brinkhøj";
		};
		boolean shown = waitForText(editor, expected);
		screenshot("diagram-" + kind);
		assertTrue(shown, kind + " shows " + expected + " in the browser; it shows: "
				+ editor.browser().evaluate("return document.body.innerText.substring(0, 400);"));
	}

	@Test
	void theDiagramSharesTheModelEditorsEditingDomain() throws Exception {
		IEditorPart modelEditor = IDE.openEditor(page, model);
		DiagramEditor diagram = OpenDiagramHandler.open(page, model, DiagramKinds.getDefault().get("segment-tree"));
		assertSame(((IEditingDomainProvider) modelEditor).getEditingDomain(), diagram.getEditingDomain(),
				"one command stack: undo, redo and dirty state are shared");
	}

	@Test
	void theEditorExportsItsDiagramAsSvgAndPng(@org.junit.jupiter.api.io.TempDir Path folder) throws Exception {
		DiagramEditor editor = OpenDiagramHandler.open(page, model, DiagramKinds.getDefault().get("buying-centre-map"));
		Path svg = folder.resolve("centre.svg");
		Path png = folder.resolve("centre.png");
		editor.exportTo(svg);
		editor.exportTo(png);
		String text = Files.readString(svg);
		assertTrue(text.contains("<svg") && text.contains("Henrik Brinkhøj"), "the SVG has the roles' names");
		java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
		assertTrue(image.getWidth() > 400 && image.getHeight() > 400, image.getWidth() + " x " + image.getHeight());
	}

	/** Lets the page load and the client render, up to 60 s, until the SVG holds {@code text}. */
	private static boolean waitForText(DiagramEditor editor, String text) {
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + 60_000;
		// the client draws only what is in view, so zoom to fit the whole diagram before looking
		String script = "if (window.segmentaDiagram) { window.segmentaDiagram.fit(); }"
				+ " return Array.from(document.querySelectorAll('text')).map(t => t.textContent).join('\\n');";
		while (System.currentTimeMillis() < deadline) {
			while (display.readAndDispatch()) {
				// pump events: the browser loads and the websocket talks on the UI thread
			}
			Object content = editor.browser().evaluate(script);
			if (content instanceof String rendered && rendered.contains(text)) {
				for (long settle = System.currentTimeMillis() + 1500; System.currentTimeMillis() < settle;) {
					if (!display.readAndDispatch()) {
						display.sleep();
					}
				}
				return true;
			}
			display.timerExec(200, () -> {
			});
			display.sleep();
		}
		return false;
	}

	private static void screenshot(String name) throws Exception {
		String folder = System.getProperty("segmenta.screenshots");
		if (folder == null) {
			return;
		}
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		Display display = shell.getDisplay();
		Rectangle screen = display.getPrimaryMonitor().getBounds();
		shell.setBounds(0, 0, Math.min(1400, screen.width), Math.min(900, screen.height));
		while (display.readAndDispatch()) {
			// let the resized window paint before copying it
		}
		Rectangle area = shell.getBounds();
		Image image = new Image(display, area.width, area.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, area.x, area.y);
		} finally {
			gc.dispose();
		}
		Files.createDirectories(Path.of(folder));
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { image.getImageData() };
		loader.save(Path.of(folder, name + ".png").toString(), SWT.IMAGE_PNG);
		image.dispose();
	}
}

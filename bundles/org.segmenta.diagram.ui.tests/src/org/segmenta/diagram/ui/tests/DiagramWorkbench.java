package org.segmenta.diagram.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.segmenta.diagram.ui.internal.DiagramEditor;

/** The example model in the test workspace, waiting for the browser, and screenshots. */
final class DiagramWorkbench {

	private DiagramWorkbench() {
	}

	/** {@code Diagrams/nordic-members.segmentation}, copied from the repository's example once. */
	static IFile importExample() throws CoreException, java.io.IOException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("Diagrams");
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		IFile model = project.getFile("nordic-members.segmentation");
		if (!model.exists()) {
			Path example = Path.of(System.getProperty("segmenta.repository.root"), "examples", "nordic-members.segmentation");
			model.create(Files.newInputStream(example), true, new NullProgressMonitor());
		}
		return model;
	}

	/** Lets the page load and the client render, up to 60 s, until the SVG holds {@code text}. */
	static boolean waitForText(DiagramEditor editor, String text) {
		// the client draws only what is in view, so zoom to fit the whole diagram before looking
		String script = "if (window.segmentaDiagram) { window.segmentaDiagram.fit(); }"
				+ " return Array.from(document.querySelectorAll('text')).map(t => t.textContent).join('\\n');";
		boolean shown = waitUntil(60_000, () -> editor.browser().evaluate(script) instanceof String rendered && rendered.contains(text));
		if (shown) {
			settle(1500);
		}
		return shown;
	}

	/** Runs the event loop until {@code condition} holds or {@code millis} have passed; whether it held. */
	static boolean waitUntil(long millis, BooleanSupplier condition) {
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + millis;
		while (System.currentTimeMillis() < deadline) {
			while (display.readAndDispatch()) {
				// pump events: the browser loads and the websocket talks on the UI thread
			}
			if (condition.getAsBoolean()) {
				return true;
			}
			display.timerExec(50, () -> {
			});
			display.sleep();
		}
		return condition.getAsBoolean();
	}

	/** Runs the event loop for {@code millis}, so late echoes would arrive. */
	static void settle(long millis) {
		waitUntil(millis, () -> false);
	}

	/** Saves the workbench window (1400 x 900 at most) to target/screenshots/NAME.png. */
	static void screenshot(String name) throws Exception {
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

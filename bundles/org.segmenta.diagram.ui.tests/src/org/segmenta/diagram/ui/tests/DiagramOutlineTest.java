/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.junit.jupiter.api.Test;
import org.segmenta.diagram.DiagramKinds;
import org.segmenta.diagram.ui.internal.DiagramEditor;
import org.segmenta.diagram.ui.internal.DiagramOutlinePage;
import org.segmenta.diagram.ui.internal.OpenDiagramHandler;
import org.segmenta.tests.support.ui.Screenshots;
import org.segmenta.tests.support.ui.WorkspaceLog;

/**
 * The Outline view shows a diagram editor's thumbnail with a frame around the part in view, as in
 * Sirius: pressing on it centres the diagram there, dragging scrolls it, and an edit redraws it.
 */
class DiagramOutlineTest extends ExampleDiagramTestCase {


	@Test
	void theOutlineShowsTheWholeDiagramAndItsFrameScrollsTheEditor() throws Exception {
		try (WorkspaceLog log = WorkspaceLog.start()) {
			DiagramEditor editor = OpenDiagramHandler.open(page, model, DiagramKinds.getDefault().get("value-community-map"));
			assertTrue(DiagramWorkbench.waitForDiagram(editor), "the map is drawn");
			ContentOutline outline = (ContentOutline) page.showView(IPageLayout.ID_OUTLINE);
			page.activate(editor);
			assertTrue(DiagramWorkbench.waitUntil(20_000, () -> outline.getCurrentPage() instanceof DiagramOutlinePage shown
					&& shown.frame() != null), "the Outline view shows the thumbnail and the part in view");
			DiagramOutlinePage thumbnail = assertInstanceOf(DiagramOutlinePage.class, outline.getCurrentPage());
			ImageData image = thumbnail.thumbnail().image();
			assertTrue(Math.max(image.width, image.height) <= 640, "a thumbnail, not the whole image: " + image.width + " × " + image.height);
			assertTrue(drawnShare(image) > 0.05, "the thumbnail shows the diagram: " + drawnShare(image));

			// at 100 % the frame shows a part of the map; a press outside it centres the view there
			Rectangle whole = thumbnail.frame();
			editor.browser().execute("window.segmentaDiagram.actualSize();");
			assertTrue(DiagramWorkbench.waitUntil(10_000, () -> thumbnail.frame().width < whole.width / 2),
					"at 100 % the frame is smaller: " + thumbnail.frame() + " against " + whole);
			Rectangle frame = thumbnail.frame();
			Point from = thumbnail.toCanvas(0, 0);
			Point to = thumbnail.toCanvas(image.width / thumbnail.thumbnail().scale() - 2 * thumbnail.thumbnail().margin(),
					image.height / thumbnail.thumbnail().scale() - 2 * thumbnail.thumbnail().margin());
			Point pressed = new Point(from.x + (to.x - from.x) * 3 / 4, from.y + (to.y - from.y) * 3 / 4);
			if (frame.contains(pressed)) {
				pressed = new Point(from.x + (to.x - from.x) / 4, from.y + (to.y - from.y) / 4);
			}
			assertFalse(frame.contains(pressed), pressed + " lies outside " + frame);
			double[] target = thumbnail.toDiagram(pressed.x, pressed.y);
			mouse(thumbnail, SWT.MouseDown, pressed.x, pressed.y, 0);
			assertTrue(DiagramWorkbench.waitUntil(10_000, () -> near(centre(thumbnail), target, thumbnail)),
					"the view is centred where the Outline was pressed: " + describe(centre(thumbnail)) + " against " + describe(target)
							+ " (frame " + frame + ")");

			// dragging moves the view by as much as the pointer moved on the thumbnail
			Point dragged = new Point(pressed.x - 40, pressed.y - 25);
			double[] draggedTo = thumbnail.toDiagram(dragged.x, dragged.y);
			mouse(thumbnail, SWT.MouseMove, dragged.x, dragged.y, SWT.BUTTON1);
			mouse(thumbnail, SWT.MouseUp, dragged.x, dragged.y, SWT.BUTTON1);
			assertTrue(DiagramWorkbench.waitUntil(10_000, () -> near(centre(thumbnail), draggedTo, thumbnail)),
					"the view follows the drag: " + describe(centre(thumbnail)) + " against " + describe(draggedTo));
			Screenshots.take("diagram-outline");

			// an edit in the model redraws the thumbnail
			EditingDomain domain = editor.getEditingDomain();
			EObject community = domain.getResourceSet().getResources().stream().map(resource -> resource.getEObject("vc-balance"))
					.filter(Objects::nonNull).findFirst().orElseThrow();
			domain.getCommandStack().execute(SetCommand.create(domain, community, community.eClass().getEStructuralFeature("name"),
					"Balance mellem arbejde og fritid, så hverdagen hænger sammen"));
			assertTrue(DiagramWorkbench.waitUntil(15_000, () -> thumbnail.thumbnail().image() != image), "a new thumbnail follows the edit");
			domain.getCommandStack().undo();
			log.assertNoErrors("showing and dragging the Outline");
		}
	}

	private static void mouse(DiagramOutlinePage thumbnail, int type, int x, int y, int stateMask) {
		Event event = new Event();
		event.x = x;
		event.y = y;
		event.button = 1;
		event.stateMask = stateMask;
		thumbnail.canvas().notifyListeners(type, event);
	}

	private static double[] centre(DiagramOutlinePage thumbnail) {
		double[] viewport = thumbnail.thumbnail().viewport();
		return new double[] { viewport[0] + viewport[2] / 2, viewport[1] + viewport[3] / 2 };
	}

	/** Within two pixels of the thumbnail as shown, in diagram units. */
	private static boolean near(double[] point, double[] expected, DiagramOutlinePage thumbnail) {
		double[] origin = thumbnail.toDiagram(0, 0);
		double[] twoPixels = thumbnail.toDiagram(2, 2);
		double tolerance = twoPixels[0] - origin[0];
		return Math.abs(point[0] - expected[0]) <= tolerance && Math.abs(point[1] - expected[1]) <= tolerance;
	}

	private static String describe(double[] point) {
		return String.format("(%.1f, %.1f)", point[0], point[1]);
	}

	/** The share of the thumbnail's pixels that are not white. */
	private static double drawnShare(ImageData image) {
		int drawn = 0;
		for (int y = 0; y < image.height; y++) {
			for (int x = 0; x < image.width; x++) {
				int pixel = image.getPixel(x, y);
				RGB rgb = image.palette.getRGB(pixel);
				if (rgb.red < 240 || rgb.green < 240 || rgb.blue < 240) {
					drawn++;
				}
			}
		}
		return drawn / (double) (image.width * image.height);
	}
}

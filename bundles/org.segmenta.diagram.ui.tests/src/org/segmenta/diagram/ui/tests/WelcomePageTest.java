/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.resources.IFile;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.internal.Workbench;
import org.eclipse.ui.internal.WorkbenchPlugin;
import org.eclipse.ui.internal.intro.IntroDescriptor;
import org.eclipse.ui.intro.IIntroManager;
import org.eclipse.ui.intro.IIntroPart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.segmenta.diagram.ui.internal.DiagramEditor;
import org.segmenta.diagram.ui.internal.RepresentationHandlers;
import org.segmenta.ui.internal.welcome.WelcomePart;

/**
 * The product's welcome page covers the whole window. A diagram opened while it does (from the
 * Segmentation menu, say) must not stay hidden behind it: a hidden page does not even draw, since
 * WebKit holds back its animation frames. The tests run in Eclipse's IDE application, not the
 * product, so the welcome page the product binds is made the workbench's intro here, as Eclipse's
 * own intro tests do.
 */
@SuppressWarnings("restriction")
class WelcomePageTest {

	private IntroDescriptor before;

	@BeforeEach
	void bindTheWelcomePage() {
		Workbench workbench = (Workbench) PlatformUI.getWorkbench();
		before = workbench.getIntroDescriptor();
		workbench.setIntroDescriptor((IntroDescriptor) WorkbenchPlugin.getDefault().getIntroRegistry().getIntroForProduct("org.segmenta.app.product"));
	}

	@AfterEach
	void closeEditorsAndUnbind() {
		IIntroManager intros = PlatformUI.getWorkbench().getIntroManager();
		if (intros.getIntro() != null) {
			intros.closeIntro(intros.getIntro());
		}
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
		((Workbench) PlatformUI.getWorkbench()).setIntroDescriptor(before);
	}

	@Test
	void aDiagramOpenedWhileTheWelcomePageCoversTheWindowIsShownAndTheWelcomePageClosed() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		IWorkbenchPage page = window.getActivePage();
		IFile model = DiagramWorkbench.importExample();
		IIntroManager intros = PlatformUI.getWorkbench().getIntroManager();
		IIntroPart welcome = intros.showIntro(window, false);
		assertInstanceOf(WelcomePart.class, welcome, "the product's welcome page");
		assertFalse(intros.isIntroStandby(welcome), "the welcome page covers the window");

		DiagramEditor editor = RepresentationHandlers.open(page, model, "segment-tree", null);

		assertTrue(DiagramWorkbench.waitForBrowser(editor), "the editor read its model");
		assertTrue(DiagramWorkbench.waitForText(editor, "Balance Seekers"), "the segment tree is drawn");
		assertNull(intros.getIntro(), "the welcome page is closed");
		assertTrue(page.isPartVisible(editor), "the diagram editor is in view");
	}

	@Test
	void aDiagramOpenedAgainWhileTheWelcomePageCoversTheWindowComesIntoViewAndTheWelcomePageCloses() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		IWorkbenchPage page = window.getActivePage();
		IFile model = DiagramWorkbench.importExample();
		DiagramEditor editor = RepresentationHandlers.open(page, model, "segment-tree", null);
		assertTrue(DiagramWorkbench.waitForBrowser(editor) && DiagramWorkbench.waitForText(editor, "Balance Seekers"), "the segment tree is drawn");
		IIntroManager intros = PlatformUI.getWorkbench().getIntroManager();
		IIntroPart welcome = intros.showIntro(window, false);
		assertFalse(intros.isIntroStandby(welcome), "the welcome page covers the window");

		// the same representation again: the open editor is brought up, none opens
		DiagramEditor again = RepresentationHandlers.open(page, model, "segment-tree", null);
		DiagramWorkbench.waitUntil(5_000, () -> intros.getIntro() == null);

		assertSame(editor, again, "the editor already open");
		assertNull(intros.getIntro(), "the welcome page is closed");
		assertTrue(page.isPartVisible(editor), "the diagram editor is in view");
	}
}

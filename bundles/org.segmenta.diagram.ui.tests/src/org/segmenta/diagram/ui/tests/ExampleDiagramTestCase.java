/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.ui.tests;

import org.eclipse.core.resources.IFile;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Tests that open diagrams of the example, imported afresh, and close every editor after each test. */
abstract class ExampleDiagramTestCase {

	protected IFile model;
	protected IWorkbenchPage page;

	@BeforeEach
	void importExample() throws Exception {
		model = DiagramWorkbench.importExample();
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	@AfterEach
	void closeEditors() {
		page.closeAllEditors(false);
	}
}

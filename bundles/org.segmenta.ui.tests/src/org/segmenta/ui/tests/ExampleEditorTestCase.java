/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.ui.tests;

import org.eclipse.emf.common.command.CommandStack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.segmenta.model.Project;
import org.segmenta.tests.support.ui.NoLoggedErrors;
import org.segmenta.ui.internal.editor.SegmentationEditor;

/** Tests that start with the example model open in its editor, in a project named after the test class. */
@ExtendWith(NoLoggedErrors.class)
abstract class ExampleEditorTestCase {

	protected ExampleWorkspace workspace;
	protected SegmentationEditor editor;
	protected Project project;
	protected CommandStack stack;

	@BeforeEach
	void openExample() throws Exception {
		workspace = new ExampleWorkspace(getClass().getSimpleName());
		editor = workspace.open();
		project = editor.getProject();
		stack = editor.getEditingDomain().getCommandStack();
	}

	@AfterEach
	void closeExample() throws Exception {
		workspace.dispose();
	}
}

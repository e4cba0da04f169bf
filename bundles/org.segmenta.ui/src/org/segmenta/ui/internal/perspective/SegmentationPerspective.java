/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.ui.internal.perspective;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** Where strategists work: projects on the left, the model editor in the middle, details below and right. */
public class SegmentationPerspective implements IPerspectiveFactory {

	public static final String ID = "org.segmenta.ui.perspective";

	private static final String PROJECT_EXPLORER = "org.eclipse.ui.navigator.ProjectExplorer";
	private static final String CHARTS = "org.segmenta.ui.charts";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		layout.addView(PROJECT_EXPLORER, IPageLayout.LEFT, 0.22f, editors);
		IFolderLayout side = layout.createFolder("side", IPageLayout.RIGHT, 0.68f, editors);
		side.addView(CHARTS);
		side.addView(IPageLayout.ID_OUTLINE);
		IFolderLayout details = layout.createFolder("details", IPageLayout.BOTTOM, 0.68f, editors);
		details.addView(IPageLayout.ID_PROP_SHEET);
		details.addView(IPageLayout.ID_PROBLEM_VIEW);
		details.addView(IPageLayout.ID_PROGRESS_VIEW);
		layout.addShowViewShortcut(PROJECT_EXPLORER);
		layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
		layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
		layout.addShowViewShortcut(IPageLayout.ID_PROGRESS_VIEW);
		layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
		layout.addShowViewShortcut(CHARTS);
		layout.addNewWizardShortcut("org.segmenta.ui.newProject");
	}
}

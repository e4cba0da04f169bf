/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.glsp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.glsp.graph.util.GraphUtil;
import org.eclipse.glsp.server.features.contextactions.RequestContextActions;
import org.eclipse.glsp.server.features.contextactions.SetContextActions;
import org.eclipse.glsp.server.features.contextmenu.ContextMenuItemProvider;
import org.eclipse.glsp.server.features.directediting.LabeledAction;
import org.eclipse.glsp.server.types.EditorContext;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.segmenta.diagram.DiagramKinds;
import org.segmenta.tests.support.Examples;

/** The diagram's context menu names its groups in the diagram's language, as the palette does. */
class ContextMenuLanguageTest {

	@TempDir
	Path folder;

	@ParameterizedTest
	@CsvSource({ "en, New", "da, Ny", "sv, Ny", "fi, Uusi" })
	void theCanvasMenuIsInTheDiagramsLanguage(String language, String newGroup) throws Exception {
		Path model = Examples.modelCopy(Files.createDirectories(folder.resolve(language)));
		try (GlspTestSession session = new GlspTestSession(model, "segment-tree", false,
				DiagramKinds.getDefault().in(Locale.of(language)))) {
			EditorContext canvas = new EditorContext();
			canvas.setSelectedElementIds(List.of());
			canvas.setLastMousePosition(GraphUtil.point(40, 40));
			session.dispatch(new RequestContextActions(ContextMenuItemProvider.KEY, canvas));
			SetContextActions menu = (SetContextActions) session.await(SetContextActions.class);

			assertEquals(List.of(newGroup), menu.getActions().stream().map(LabeledAction::getLabel).toList());
		}
	}
}

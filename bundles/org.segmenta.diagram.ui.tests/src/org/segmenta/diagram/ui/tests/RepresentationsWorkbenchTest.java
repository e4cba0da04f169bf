/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.navigator.CommonNavigator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.segmenta.diagram.Representations;
import org.segmenta.diagram.ui.internal.DiagramEditor;
import org.segmenta.diagram.ui.internal.DiagramEditorInput;
import org.segmenta.diagram.ui.internal.ModelRepresentations;
import org.segmenta.diagram.ui.internal.RepresentationHandlers;
import org.segmenta.diagram.ui.internal.RepresentationItem;
import org.segmenta.diagram.ui.internal.RepresentationsLabelProvider;
import org.segmenta.ui.internal.editor.OpenModels;
import org.segmenta.ui.internal.editor.SegmentationEditor;

/**
 * Representations in the workbench: listed under the model file in the Project Explorer, created,
 * renamed and deleted as commands on the model's shared editing domain (undone with the model's
 * other edits), and opened in the diagram editor with their root.
 */
class RepresentationsWorkbenchTest {

	private IWorkbenchPage page;
	private IFile model;

	@BeforeEach
	void copyTheExampleIntoAProjectOfItsOwn() throws Exception {
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		page.closeAllEditors(false);
		model = DiagramWorkbench.exampleInFreshProject("Representations");
	}

	@AfterEach
	void closeEditors() {
		page.closeAllEditors(false);
	}

	@Test
	void representationsAreListedUnderTheModelAndEachEditIsUndoneOnTheModelsStack() throws Exception {
		CommonNavigator explorer = (CommonNavigator) page.showView("org.eclipse.ui.navigator.ProjectExplorer");
		assertTrue(representationsUnder(explorer).isEmpty(), "no diagram file yet");

		Representations representations = ModelRepresentations.edit(model);
		SegmentationEditor modelEditor = OpenModels.editor(model, false);
		assertSame(modelEditor.getEditingDomain(), representations.domain(), "the model editor's domain");
		CommandStack stack = representations.domain().getCommandStack();
		stack.execute(representations.create("persona-board", "seg-rel-loyal", "Lojale medlemmer"));
		assertTrue(modelEditor.isDirty());
		assertEquals(List.of("Lojale medlemmer (Persona board)"), labels(representationsUnder(explorer)));

		stack.execute(representations.rename(representations.require("Lojale medlemmer"), "Trogna medlemmar på Åland"));
		assertEquals(List.of("Trogna medlemmar på Åland (Persona board)"), labels(representationsUnder(explorer)));
		stack.undo();
		assertEquals(List.of("Lojale medlemmer (Persona board)"), labels(representationsUnder(explorer)));

		DiagramEditor diagram = RepresentationHandlers.open(page, model, "persona-board", "Lojale medlemmer");
		assertSame(representations.domain(), diagram.getEditingDomain(), "the diagram shares the model's domain");
		assertTrue(DiagramWorkbench.waitForText(diagram, "Riitta Hämäläinen"), "the root segment's personas");
		diagram.doSave(new NullProgressMonitor());
		assertTrue(Files.readString(model.getLocation().toFile().toPath().resolveSibling("nordic-members.segmentationdiagram"))
				.contains("name=\"Lojale medlemmer\" kind=\"persona-board\" root=\"seg-rel-loyal\""));

		// the open editor follows a rename and its undo
		stack.execute(representations.rename(representations.require("Lojale medlemmer"), "Uskolliset jäsenet"));
		assertTrue(DiagramWorkbench.waitUntil(5_000, () -> diagram.getPartName().equals("nordic-members – Uskolliset jäsenet")),
				diagram.getPartName());
		assertEquals("Uskolliset jäsenet", ((DiagramEditorInput) diagram.getEditorInput()).representation());
		stack.undo();
		assertTrue(DiagramWorkbench.waitUntil(5_000, () -> diagram.getPartName().equals("nordic-members – Lojale medlemmer")),
				diagram.getPartName());

		stack.execute(representations.delete(representations.require("Lojale medlemmer")));
		assertTrue(representationsUnder(explorer).isEmpty());
		stack.undo();
		assertEquals(List.of("Lojale medlemmer (Persona board)"), labels(representationsUnder(explorer)));
	}

	private List<RepresentationItem> representationsUnder(CommonNavigator explorer) {
		ITreeContentProvider content = (ITreeContentProvider) explorer.getCommonViewer().getContentProvider();
		return Arrays.stream(content.getChildren(model)).filter(RepresentationItem.class::isInstance).map(RepresentationItem.class::cast)
				.toList();
	}

	private static List<String> labels(List<RepresentationItem> items) {
		RepresentationsLabelProvider labels = new RepresentationsLabelProvider();
		try {
			return items.stream().map(labels::getText).toList();
		} finally {
			labels.dispose();
		}
	}
}

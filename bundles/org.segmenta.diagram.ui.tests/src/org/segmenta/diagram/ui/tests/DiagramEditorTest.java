/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import javax.imageio.ImageIO;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.properties.PropertySheet;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.segmenta.diagram.DiagramKinds;
import org.segmenta.diagram.ui.internal.DiagramEditor;
import org.segmenta.diagram.ui.internal.OpenDiagramHandler;
import org.segmenta.tests.support.ui.Screenshots;

/** Opens every diagram kind of the example in the workbench's diagram editor (GLSP client in an SWT Browser). */
class DiagramEditorTest extends ExampleDiagramTestCase {


	@ParameterizedTest
	@ValueSource(strings = { "segment-tree", "value-community-map", "persona-board", "buying-centre-map" })
	void eachKindRendersTheModelInTheBrowser(String kind) throws Exception {
		DiagramEditor editor = OpenDiagramHandler.open(page, model, DiagramKinds.getDefault().get(kind));
		assertTrue(DiagramWorkbench.waitForBrowser(editor), "the model was read, the diagram server started and the browser was created");
		String expected = switch (kind) {
		case "segment-tree" -> "Balance Seekers";
		case "value-community-map" -> "Work-life balance";
		case "persona-board" -> "Sanne Højbjerg";
		default -> "Henrik Brinkhøj";
		};
		boolean shown = DiagramWorkbench.waitForText(editor, expected);
		Screenshots.take("diagram-" + kind);
		assertTrue(shown, kind + " shows " + expected + " in the browser; it shows: "
				+ editor.browser().evaluate("return document.body.innerText.substring(0, 400);"));
	}

	@Test
	void theDiagramSharesTheModelEditorsEditingDomain() throws Exception {
		IEditorPart modelEditor = IDE.openEditor(page, model);
		DiagramEditor diagram = OpenDiagramHandler.open(page, model, DiagramKinds.getDefault().get("segment-tree"));
		assertSame(((IEditingDomainProvider) modelEditor).getEditingDomain(), diagram.getEditingDomain(),
				"one command stack: undo, redo and dirty state are shared");

		// an edit in the model editor reaches the page in WebKit as the changed node only
		assertTrue(DiagramWorkbench.waitForText(diagram, "Career Climbers"), "the segment tree is shown");
		EditingDomain domain = diagram.getEditingDomain();
		EObject segment = domain.getResourceSet().getResources().stream().map(resource -> resource.getEObject("seg-career"))
				.filter(Objects::nonNull).findFirst().orElseThrow();
		domain.getCommandStack().execute(SetCommand.create(domain, segment, segment.eClass().getEStructuralFeature("name"),
				"Äppelodlare på Åland"));
		assertTrue(DiagramWorkbench.waitForText(diagram, "Äppelodlare på Åland"), "the diagram shows the new name");
		domain.getCommandStack().undo();
		assertTrue(DiagramWorkbench.waitForText(diagram, "Career Climbers"), "and the old one after undo");
	}

	@Test
	void thePropertiesViewEditsTheElementSelectedInTheDiagramUndoablyInTheDiagram() throws Exception {
		DiagramEditor diagram = OpenDiagramHandler.open(page, model, DiagramKinds.getDefault().get("segment-tree"));
		assertTrue(DiagramWorkbench.waitForText(diagram, "Career Climbers"), "the segment tree is shown");
		PropertySheet view = (PropertySheet) page.showView(IPageLayout.ID_PROP_SHEET);
		page.activate(diagram);
		diagram.browser().execute("window.segmentaDiagram.select(['st-segment:seg-career']);");
		assertTrue(DiagramWorkbench.waitUntil(10_000, () -> view.getCurrentPage() instanceof TabbedPropertySheetPage sheet
				&& sheet.getCurrentTab() != null), "the Properties view shows the model editor's tabs for the diagram");
		TabbedPropertySheetPage sheet = (TabbedPropertySheetPage) view.getCurrentPage();
		Text name = DiagramWorkbench.nameField(sheet);
		assertEquals("Career Climbers", name.getText(), "the section shows the element selected in the diagram");
		name.setText("Karriärklättrare i Åbo");
		name.notifyListeners(SWT.DefaultSelection, new Event());
		assertTrue(DiagramWorkbench.waitForText(diagram, "Karriärklättrare i Åbo"), "the diagram shows the name typed in the Properties view");
		assertTrue(diagram.isDirty());
		diagram.getEditingDomain().getCommandStack().undo();
		assertTrue(DiagramWorkbench.waitForText(diagram, "Career Climbers"), "undone on the diagram's stack");
		Screenshots.take("diagram-properties");
	}

	@Test
	void theEditorExportsItsDiagramAsSvgAndPng(@TempDir Path folder) throws Exception {
		DiagramEditor editor = OpenDiagramHandler.open(page, model, DiagramKinds.getDefault().get("buying-centre-map"));
		assertTrue(DiagramWorkbench.waitForBrowser(editor), "the model was read");
		Path svg = folder.resolve("centre.svg");
		Path png = folder.resolve("centre.png");
		editor.exportTo(svg);
		editor.exportTo(png);
		String text = Files.readString(svg);
		assertTrue(text.contains("<svg") && text.contains("Henrik Brinkhøj"), "the SVG has the roles' names");
		BufferedImage image = ImageIO.read(png.toFile());
		assertTrue(image.getWidth() > 400 && image.getHeight() > 400, image.getWidth() + " x " + image.getHeight());
	}
}

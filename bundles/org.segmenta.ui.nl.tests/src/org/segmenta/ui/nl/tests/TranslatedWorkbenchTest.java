/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.ui.nl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.segmenta.tests.support.ui.Screenshots;
import org.segmenta.tests.support.ui.WorkspaceLog;
import org.segmenta.ui.internal.editor.SegmentationEditor;
import org.segmenta.ui.internal.wizards.NewSegmentationProjectWizard;

/**
 * The workbench started with {@code -nl da}, {@code sv} or {@code fi} (the pom runs it once per language,
 * naming the language in {@code segmenta.nl}) shows the translations from the NLS fragments in its menu,
 * the model editor's pages and the new-project wizard, with no text cut off and no error logged.
 */
class TranslatedWorkbenchTest {

	private record Texts(String menu, List<String> pages, String wizardTitle, String projectName, String example,
			String compare) {
	}

	private static final Map<String, Texts> EXPECTED = Map.of(
			"da", new Texts("Segmentering",
					List.of("Oversigt", "Model", "Personaer", "V\u00e6rdif\u00e6llesskaber", "Data og analyse"),
					"Nyt segmenteringsprojekt", "Projektnavn:",
					"Start fra eksemplet (Nordfag, en nordisk forening; model og sp\u00f8rgeskemadata)",
					"Sammenlign antal segmenter"),
			"sv", new Texts("Segmentering",
					List.of("\u00d6versikt", "Modell", "Personor", "V\u00e4rdegemenskaper", "Data och analys"),
					"Nytt segmenteringsprojekt", "Projektnamn:",
					"Utg\u00e5 fr\u00e5n exemplet (Nordfag, en nordisk f\u00f6rening; modell och enk\u00e4tdata)",
					"J\u00e4mf\u00f6r antal segment"),
			"fi", new Texts("Segmentointi",
					List.of("Yleiskatsaus", "Malli", "Persoonat", "Arvoyhteis\u00f6t", "Aineisto ja analyysi"),
					"Uusi segmentointiprojekti", "Projektin nimi:",
					"Aloita esimerkist\u00e4 (Nordfag, pohjoismainen yhdistys; malli ja kyselyaineisto)",
					"Vertaa segmenttim\u00e4\u00e4ri\u00e4"));

	private final String language = System.getProperty("segmenta.nl", "da");
	private final Texts expected = EXPECTED.get(language);
	private WorkspaceLog log;

	@BeforeEach
	void listenToTheLog() throws Exception {
		log = WorkspaceLog.start();
	}

	@AfterEach
	void cleanUp() throws Exception {
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
		processEvents();
		for (IProject each : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			each.delete(true, null);
		}
		log.close();
	}

	@Test
	void workbenchRunsInTheLanguageAskedFor() {
		assertEquals(language, Platform.getNL());
	}

	@Test
	void menuAndEditorPagesAreTranslated() throws Exception {
		Shell window = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		List<String> menus = new ArrayList<>();
		for (MenuItem item : window.getMenuBar().getItems()) {
			menus.add(item.getText().replace("&", ""));
		}
		assertTrue(menus.contains(expected.menu()), "menu bar: " + menus);

		IFile model = NewSegmentationProjectWizard.create("nordfag", true, null);
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		SegmentationEditor editor = (SegmentationEditor) IDE.openEditor(page, model, SegmentationEditor.ID);
		processEvents();
		List<String> tabs = new ArrayList<>();
		collect(window, CTabFolder.class).forEach(folder -> {
			for (CTabItem item : folder.getItems()) {
				tabs.add(item.getText());
			}
		});
		assertTrue(tabs.containsAll(expected.pages()), "tabs: " + tabs);

		Screenshots.take("editor-overview");
		editor.showValueCommunities();
		processEvents();
		Screenshots.take("editor-value-communities");
		for (Button button : collect(window, Button.class)) {
			assertWholeTextShown(button, button.getText());
		}
		editor.showAnalysis();
		processEvents();
		Screenshots.take("editor-analysis");
		List<String> buttons = collect(window, Button.class).stream().filter(Control::isVisible).map(Button::getText)
				.toList();
		assertTrue(buttons.contains(expected.compare()), "buttons: " + buttons);
		log.assertNoErrors("opening the example in " + language);
	}

	@Test
	void newProjectWizardIsTranslatedAndNothingIsCutOff() throws Exception {
		NewSegmentationProjectWizard wizard = new NewSegmentationProjectWizard();
		wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
		WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
				wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			Shell shell = dialog.getShell();
			processEvents();
			assertEquals(expected.wizardTitle(), shell.getText());
			List<String> texts = new ArrayList<>();
			for (Label label : collect(shell, Label.class)) {
				texts.add(label.getText());
				assertWholeTextShown(label, label.getText());
			}
			for (Button button : collect(shell, Button.class)) {
				texts.add(button.getText());
				assertWholeTextShown(button, button.getText());
			}
			assertTrue(texts.contains(expected.projectName()), "wizard: " + texts);
			assertTrue(texts.contains(expected.example()), "wizard: " + texts);
			Screenshots.take("new-project-wizard", shell);
		} finally {
			dialog.close();
		}
		log.assertNoErrors("showing the new-project wizard in " + language);
	}

	/** A control narrower than its text needs shows the text cut off. */
	private static void assertWholeTextShown(Control control, String text) {
		if (text.isEmpty() || (control.getStyle() & SWT.WRAP) != 0 || !control.isVisible()) {
			return;
		}
		int needed = control.computeSize(SWT.DEFAULT, SWT.DEFAULT).x;
		assertTrue(control.getSize().x >= needed,
				"\"" + text + "\" is " + control.getSize().x + " px wide but needs " + needed + " px");
	}

	private static <T extends Control> List<T> collect(Composite parent, Class<T> type) {
		List<T> found = new ArrayList<>();
		for (Control child : parent.getChildren()) {
			if (type.isInstance(child)) {
				found.add(type.cast(child));
			}
			if (child instanceof Composite composite) {
				found.addAll(collect(composite, type));
			}
		}
		return found;
	}

	private static void processEvents() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// let the workbench lay out and paint
		}
	}
}

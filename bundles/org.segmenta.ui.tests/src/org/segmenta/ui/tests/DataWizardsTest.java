/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.IWizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchWizard;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.data.Column;
import org.segmenta.model.DataSource;
import org.segmenta.model.Segmentation;
import org.segmenta.model.Variable;
import org.segmenta.tests.support.Examples;
import org.segmenta.tests.support.TestData;
import org.segmenta.tests.support.ui.Screenshots;
import org.segmenta.ui.internal.wizards.ExportReportWizard;
import org.segmenta.ui.internal.wizards.ImportSurveyWizard;
import org.segmenta.ui.internal.wizards.SurveyImportPage;

/** The import and export wizards, driven through their pages in an open wizard dialog. */
class DataWizardsTest extends ExampleEditorTestCase {

	private IFile model;
	private WizardDialog dialog;

	@BeforeEach
	void findModel() {
		model = workspace.project.getFile(ExampleWorkspace.MODEL);
	}

	@AfterEach
	void closeDialog() {
		if (dialog != null) {
			dialog.close();
		}
	}

	private <W extends IWorkbenchWizard> W open(W wizard) {
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(model));
		dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), (IWizard) wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		ExampleWorkspace.processEvents();
		return wizard;
	}

	@Test
	void importPreviewsTheSurveyCopiesItAndLinksItAsOneUndoableCommand() throws Exception {
		Path survey = Examples.survey();
		ImportSurveyWizard wizard = open(new ImportSurveyWizard());
		SurveyImportPage page = wizard.page();
		page.setFile(survey);
		ExampleWorkspace.processEvents();

		assertEquals(';', page.dialect().delimiter());
		assertTrue(page.dialect().decimalComma(), "tenure_years is written 8,5");
		assertEquals(StandardCharsets.UTF_8, page.dialect().charset());
		long lines = Files.readAllLines(survey, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).count();
		assertEquals(lines - 1, page.dataset().rowCount());
		Column city = page.dataset().columns().stream().filter(c -> c.name().equals("city")).findFirst().orElseThrow();
		assertTrue(page.dataset().columns().size() > 10);
		assertTrue(city.type().isCategorical());
		assertTrue(page.summary().contains("semicolon") && page.summary().contains("4,800 rows"), page.summary());
		assertTrue(page.isPageComplete(), page.getErrorMessage());
		Screenshots.take("wizard-import-survey", dialog.getShell());

		Segmentation primary = project.getSegmentations().stream().filter(Segmentation::isPrimary).findFirst().orElseThrow();
		DataSource before = primary.getDataSource();
		int dataSources = project.getDataSources().size();
		assertTrue(wizard.performFinish());
		ExampleWorkspace.processEvents();

		IFile copied = workspace.project.getFile(ExampleWorkspace.SURVEY);
		assertTrue(copied.exists());
		assertArrayEquals(Files.readAllBytes(survey), Files.readAllBytes(copied.getLocation().toFile().toPath()));
		DataSource imported = wizard.imported();
		assertEquals(dataSources + 1, project.getDataSources().size());
		assertSame(imported, primary.getDataSource());
		assertEquals(ExampleWorkspace.SURVEY, imported.getLocation());
		assertEquals(lines - 1, imported.getRespondents());
		Set<String> columns = project.getVariables().stream().map(Variable::getColumn).collect(Collectors.toSet());
		assertTrue(page.dataset().columns().stream().allMatch(c -> columns.contains(c.name())),
				"every column has a variable now");
		assertTrue(editor.isDirty());

		editor.getEditingDomain().getCommandStack().undo();
		assertEquals(dataSources, project.getDataSources().size());
		assertSame(before, primary.getDataSource());
		assertFalse(editor.isDirty());
	}

	@Test
	void importPreviewsAnSpssFileWithItsLabels(@TempDir Path folder) throws Exception {
		Path survey = TestData.copy(DataWizardsTest.class, "survey.sav", folder);
		ImportSurveyWizard wizard = open(new ImportSurveyWizard());
		SurveyImportPage page = wizard.page();
		page.setFile(survey);
		ExampleWorkspace.processEvents();

		assertTrue(page.summary().startsWith("SPSS data file, weight variable weight") && page.summary().contains("8 rows"),
				page.summary());
		Column satisfaction = page.dataset().columns().stream().filter(c -> c.name().equals("q1")).findFirst().orElseThrow();
		assertEquals("Hvor tilfreds er du med dit medlemskab?", satisfaction.labels().description());
		assertEquals(2, satisfaction.missingCount(), "98 and 99 are declared missing");
		Table table = tableOf(dialog.getShell());
		assertNotNull(table);
		TableItem row = Arrays.stream(table.getItems()).filter(item -> item.getText(0).equals("q1")).findFirst().orElseThrow();
		assertEquals("Hvor tilfreds er du med dit medlemskab?", row.getText(3));
		assertTrue(row.getText(4).startsWith("Meget tilfreds, Tilfreds, \u2013"), row.getText(4));
		TableItem name = Arrays.stream(table.getItems()).filter(item -> item.getText(0).equals("name")).findFirst().orElseThrow();
		assertTrue(name.getText(4).startsWith("Søren Ærø, Åsa Öberg, Päivi Mäkinen"), name.getText(4));
		assertTrue(page.isPageComplete(), page.getErrorMessage());
		Screenshots.take("wizard-import-spss", dialog.getShell());
	}

	@Test
	void importCopiesATripleSSurveyWithItsDataFile(@TempDir Path folder) throws Exception {
		Path survey = TestData.copy(DataWizardsTest.class, "triple-s-members.sss", folder);
		TestData.copy(DataWizardsTest.class, "triple-s-members.asc", folder);
		ImportSurveyWizard wizard = open(new ImportSurveyWizard());
		SurveyImportPage page = wizard.page();
		page.setFile(survey);
		ExampleWorkspace.processEvents();

		assertTrue(page.summary().startsWith("Triple-S survey, weight variable weight") && page.summary().contains("5 rows"),
				page.summary());
		TableItem media = Arrays.stream(tableOf(dialog.getShell()).getItems())
				.filter(item -> item.getText(0).equals("media_4")).findFirst().orElseThrow();
		assertEquals("Hvilke medier bruger du?: Nätet", media.getText(3));
		Screenshots.take("wizard-import-triple-s", dialog.getShell());

		assertTrue(wizard.performFinish(), page.getErrorMessage());
		assertTrue(workspace.project.getFile("triple-s-members.sss").exists());
		assertTrue(workspace.project.getFile("triple-s-members.asc").exists(), "the data file is copied with its metadata");
		assertEquals("triple-s-members.sss", wizard.imported().getLocation());
	}

	private static Table tableOf(Composite parent) {
		for (Control child : parent.getChildren()) {
			if (child instanceof Table table) {
				return table;
			}
			if (child instanceof Composite composite && tableOf(composite) instanceof Table table) {
				return table;
			}
		}
		return null;
	}

	@Test
	void importLinksAFileWhereItIs() throws Exception {
		Path survey = Examples.survey();
		ImportSurveyWizard wizard = open(new ImportSurveyWizard());
		wizard.page().setFile(survey);
		wizard.page().setCopy(false);
		ExampleWorkspace.processEvents();
		assertTrue(wizard.performFinish());

		IFile link = workspace.project.getFile(ExampleWorkspace.SURVEY);
		assertTrue(link.isLinked(), "the project shows the linked file");
		assertEquals(survey.toAbsolutePath().toString(), wizard.imported().getLocation());
	}

	@Test
	void unreadableFileIsExplainedAndCannotBeImported(@TempDir Path folder) throws Exception {
		Path ragged = folder.resolve("svar.csv");
		Files.writeString(ragged, "alder;by\n41;Næstved;ekstra\n", StandardCharsets.UTF_8);
		ImportSurveyWizard wizard = open(new ImportSurveyWizard());
		wizard.page().setFile(ragged);
		ExampleWorkspace.processEvents();

		assertFalse(wizard.page().isPageComplete());
		assertTrue(wizard.page().summary().contains("svar.csv") && wizard.page().summary().contains("line 2"),
				wizard.page().summary());
		Screenshots.take("wizard-import-error", dialog.getShell());
	}

	@Test
	void exportWritesTheChosenFormatsIntoTheWorkspaceFolderAsAJob() throws Exception {
		ExportReportWizard wizard = open(new ExportReportWizard());
		wizard.page().setFolder(workspace.project.getName() + "/rapport");
		wizard.page().setFormats(Set.of("html", "csv"));
		assertTrue(wizard.page().isPageComplete(), wizard.page().getErrorMessage());
		Screenshots.take("wizard-export-report", dialog.getShell());

		assertTrue(wizard.performFinish());
		wizard.job().join();
		IStatus result = wizard.job().getResult();
		assertTrue(result.isOK(), result.getMessage());
		IFolder folder = workspace.project.getFolder("rapport");
		assertTrue(folder.exists(), "the workspace knows the new folder");
		List<String> names = wizard.job().written().stream().map(p -> p.getFileName().toString()).sorted().toList();
		assertTrue(names.contains("report.html"), names.toString());
		assertTrue(names.stream().anyMatch(n -> n.endsWith(".csv")), names.toString());
		assertFalse(names.stream().anyMatch(n -> n.endsWith(".pdf") || n.endsWith(".pptx")), "only the chosen formats");
		for (String name : names) {
			assertTrue(folder.getFile(name).exists(), name);
		}
		String html = Files.readString(folder.getFile("report.html").getLocation().toFile().toPath());
		assertTrue(html.contains(editor.getProject().getName()), "the report is of the model");
		assertNotNull(names);
	}
}

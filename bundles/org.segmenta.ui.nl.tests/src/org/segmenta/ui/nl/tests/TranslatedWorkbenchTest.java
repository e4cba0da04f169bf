/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.ui.nl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.segmenta.model.Project;
import org.segmenta.model.Segment;
import org.segmenta.model.SegmentaFactory;
import org.segmenta.model.SegmentaPackage;
import org.segmenta.model.edit.SegmentaEditAdapterFactory;
import org.segmenta.model.persistence.SegmentationFiles;
import org.segmenta.tests.support.ui.Screenshots;
import org.segmenta.tests.support.ui.WorkspaceLog;
import org.segmenta.ui.internal.charts.ChartKind;
import org.segmenta.ui.internal.editor.AnalysisPage;
import org.segmenta.ui.internal.editor.SegmentationEditor;
import org.segmenta.ui.internal.validation.ModelValidationJob;
import org.segmenta.ui.internal.wizards.ImportSurveyWizard;
import org.segmenta.ui.internal.wizards.NewSegmentationProjectWizard;

/**
 * The workbench started with {@code -nl da}, {@code sv} or {@code fi} (the pom runs it once per language,
 * naming the language in {@code segmenta.nl}) shows the translations from the NLS fragments in its menu,
 * the model editor's pages and the new-project wizard, with no text cut off and no error logged.
 */
class TranslatedWorkbenchTest {

	private record Texts(String menu, List<String> pages, String wizardTitle, String projectName, String example,
			String compare, List<String> overview) {
	}

	/** The overview's words of the English workbench: the perspectives, the kinds and a share as English writes it. */
	private static final List<String> ENGLISH_OVERVIEW = List.of("values and attitudes", "relationship", "ValueCommunity",
			"Value Community", "BuyingCenter", "Buying Center", "22%");

	/**
	 * Texts of the other bundles: the diagram editor's name and command, a model property's label,
	 * the start of a stale insight's finding, and a label of the analysis preferences.
	 */
	private record MoreTexts(String diagramEditor, String openDiagram, String statement, String staleInsight,
			String fewestSegments, String openFailed, String errorPage, String noProject) {
	}

	private static final Map<String, MoreTexts> MORE = Map.of(
			"da", new MoreTexts("Segmenteringsdiagram", "\u00c5bn diagram", "Udsagn", "Indsigten '",
					"F\u00e6rrest segmenter:", "Modellen kunne ikke \u00e5bnes:", "Fejl",
					"filen indeholder ikke et Segmenta-projekt (den er tom)"),
			"sv", new MoreTexts("Segmenteringsdiagram", "\u00d6ppna diagram", "P\u00e5st\u00e5ende", "Insikten '",
					"Minst antal segment:", "Modellen kunde inte \u00f6ppnas:", "Fel",
					"filen inneh\u00e5ller inget Segmenta-projekt (den \u00e4r tom)"),
			"fi", new MoreTexts("Segmentointikaavio", "Avaa kaavio", "Lausuma", "Oivallus '",
					"V\u00e4hiten segmenttej\u00e4:", "Mallia ei voitu avata:", "Virhe",
					"tiedostossa ei ole Segmenta-projektia (se on tyhj\u00e4)"));

	/**
	 * Why survey data cannot be used, as the Data and Analysis page and the import wizard show it: the
	 * example's age as the weight (its first missing age is in data row 76), a data file whose third
	 * line has a field too few, and the import wizard's words around the reason.
	 */
	private record DataTexts(String missingWeight, String shortRow, String cannotRead) {
	}

	private static final Map<String, DataTexts> DATA = Map.of(
			"da", new DataTexts("V\u00e6gten age kan ikke bruges: nordic-members-survey.csv, kolonne 'age': datar\u00e6kke 76:"
					+ " v\u00e6gten mangler", "linje 3: forventede 3 felter som i overskriften, men fandt 2 (skilletegn ';')",
					"Filen kan ikke l\u00e6ses: "),
			"sv", new DataTexts("Vikten age kan inte anv\u00e4ndas: nordic-members-survey.csv, kolumn 'age': datarad 76:"
					+ " vikten saknas", "rad 3: v\u00e4ntade 3 f\u00e4lt som i rubrikraden men hittade 2 (avgr\u00e4nsare ';')",
					"Filen kan inte l\u00e4sas: "),
			"fi", new DataTexts("Painoa age ei voi k\u00e4ytt\u00e4\u00e4: nordic-members-survey.csv, sarake 'age': aineistorivi 76:"
					+ " paino puuttuu", "rivi 3: otsikkorivin mukaan kentti\u00e4 pit\u00e4isi olla 3, mutta niit\u00e4 on 2 (erotin ';')",
					"Tiedostoa ei voi lukea: "));

	/** Words of the English findings no finding in the Problems view may contain. */
	private static final List<String> ENGLISH_FINDINGS = List.of(" days old", " lacks ", " has no ", "Insight '",
			"Segment '", "Persona '");

	private static final Map<String, Texts> EXPECTED = Map.of(
			"da", new Texts("Segmentering",
					List.of("Oversigt", "Model", "Personaer", "V\u00e6rdif\u00e6llesskaber", "Data og analyse"),
					"Nyt segmenteringsprojekt", "Projektnavn:",
					"Start fra eksemplet (Nordfag, en nordisk forening; model og sp\u00f8rgeskemadata)",
					"Sammenlign antal segmenter",
					List.of("v\u00e6rdier og holdninger", "V\u00e6rdif\u00e6llesskab: <b>", "22\u00a0%")),
			"sv", new Texts("Segmentering",
					List.of("\u00d6versikt", "Modell", "Personor", "V\u00e4rdegemenskaper", "Data och analys"),
					"Nytt segmenteringsprojekt", "Projektnamn:",
					"Utg\u00e5 fr\u00e5n exemplet (Nordfag, en nordisk f\u00f6rening; modell och enk\u00e4tdata)",
					"J\u00e4mf\u00f6r antal segment",
					List.of("v\u00e4rderingar och attityder", "V\u00e4rdegemenskap: <b>", "22\u00a0%")),
			"fi", new Texts("Segmentointi",
					List.of("Yleiskatsaus", "Malli", "Persoonat", "Arvoyhteis\u00f6t", "Aineisto ja analyysi"),
					"Uusi segmentointiprojekti", "Projektin nimi:",
					"Aloita esimerkist\u00e4 (Nordfag, pohjoismainen yhdistys; malli ja kyselyaineisto)",
					"Vertaa segmenttim\u00e4\u00e4ri\u00e4",
					List.of("arvot ja asenteet", "Arvoyhteis\u00f6: <b>", "22\u00a0%")));

	/**
	 * Eclipse's own texts from our fragments of its bundles: the main menus (File, Edit, Window, Help), items
	 * of the File, Edit and Window menus, the views' titles (Project Explorer, Outline, Problems) and the
	 * Preferences dialog's buttons (Apply, Restore Defaults, Apply and Close, Cancel).
	 */
	private record EclipseTexts(List<String> menus, List<String> fileItems, List<String> editItems,
			List<String> windowItems, List<String> views, List<String> dialogButtons) {
	}

	private static final Map<String, EclipseTexts> ECLIPSE = Map.of(
			"da", new EclipseTexts(List.of("Filer", "Rediger", "Vindue", "Hj\u00e6lp"),
					List.of("Ny", "Gem", "Gem som...", "Gem alle", "Egenskaber", "Afslut"),
					List.of("Klip", "Kopi\u00e9r", "S\u00e6t ind", "Slet", "Mark\u00e9r alt"),
					List.of("Nyt vindue", "Vis oversigt", "Indstillinger..."),
					List.of("Projektoversigt", "Disposition", "Problemer"),
					List.of("Anvend", "Gendan standardv\u00e6rdier", "Anvend og luk", "Annuller")),
			"sv", new EclipseTexts(List.of("Arkiv", "Redigera", "F\u00f6nster", "Hj\u00e4lp"),
					List.of("Nytt", "Spara", "Spara som...", "Spara alla", "Egenskaper", "Avsluta"),
					List.of("Klipp ut", "Kopiera", "Klistra in", "Ta bort", "Markera allt"),
					List.of("Nytt f\u00f6nster", "Visa vy", "Inst\u00e4llningar..."),
					List.of("Projektutforskaren", "Disposition", "Problem"),
					List.of("Verkst\u00e4ll", "\u00c5terst\u00e4ll standardv\u00e4rden", "Verkst\u00e4ll och st\u00e4ng", "Avbryt")),
			"fi", new EclipseTexts(List.of("Tiedosto", "Muokkaa", "Ikkuna", "Ohje"),
					List.of("Uusi", "Tallenna", "Tallenna nimell\u00e4...", "Tallenna kaikki", "Ominaisuudet", "Lopeta"),
					List.of("Leikkaa", "Kopioi", "Liit\u00e4", "Poista", "Valitse kaikki"),
					List.of("Uusi ikkuna", "N\u00e4yt\u00e4 n\u00e4kym\u00e4", "Asetukset..."),
					List.of("Projektiselain", "J\u00e4sennys", "Ongelmat"),
					List.of("K\u00e4yt\u00e4", "Palauta oletukset", "K\u00e4yt\u00e4 ja sulje", "Peruuta")));

	/** The English labels of those places, none of which may remain in the translated workbench. */
	private static final List<String> ENGLISH_ECLIPSE = List.of("File", "Edit", "Navigate", "Project", "Window", "Help",
			"New", "Save", "Save As...", "Save All", "Close Editor", "Close All Editors", "Revert", "Refresh", "Print...",
			"Import...", "Export...", "Properties", "Exit", "Undo", "Redo", "Cut", "Copy", "Paste", "Delete",
			"Select All", "New Window", "Show View", "Preferences...", "Project Explorer", "Outline", "Problems",
			"Tasks", "Apply", "Restore Defaults", "Apply and Close", "Cancel", "Move...", "Restart",
			"Open Projects from File System...", "Convert Line Delimiters To", "Find/Replace...", "About Segmenta", "Open Resource...",
			"Previous Edit Location", "Next Edit Location", "Show Context Help", "Show Active Keybindings...",
			"Back", "Forward");

	private final String language = System.getProperty("segmenta.nl", "da");
	private final Texts expected = EXPECTED.get(language);
	private final MoreTexts more = MORE.get(language);
	private final EclipseTexts eclipse = ECLIPSE.get(language);
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

		// the overview words the perspectives and kinds, and writes the shares, in the language
		String overview = editor.getOverviewText();
		for (String text : expected.overview()) {
			assertTrue(overview.contains(text), text + " in " + overview);
		}
		for (String english : ENGLISH_OVERVIEW) {
			assertFalse(overview.contains(english), "English '" + english + "' in " + overview);
		}
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

	/** Eclipse's menus and the views around the editor speak the language, from our fragments of Eclipse's bundles. */
	@Test
	void eclipseMenusAndViewsAreTranslated() throws Exception {
		Shell window = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		IFile model = NewSegmentationProjectWizard.create("nordfag", true, null);
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		IDE.openEditor(page, model, SegmentationEditor.ID);
		page.showView("org.eclipse.ui.views.ProblemView");
		processEvents();

		List<String> menus = new ArrayList<>();
		for (MenuItem item : window.getMenuBar().getItems()) {
			menus.add(labelOf(item));
		}
		assertTrue(menus.containsAll(eclipse.menus()), "menu bar: " + menus);
		assertNoEnglish("menu bar", menus);
		Map<String, List<String>> expectedItems = Map.of(eclipse.menus().get(0), eclipse.fileItems(),
				eclipse.menus().get(1), eclipse.editItems(), eclipse.menus().get(2), eclipse.windowItems());
		for (String menu : menus) {
			assertItems(window, menu, expectedItems.getOrDefault(menu, List.of()));
		}

		List<String> tabs = new ArrayList<>();
		collect(window, CTabFolder.class).forEach(folder -> {
			for (CTabItem item : folder.getItems()) {
				tabs.add(item.getText());
			}
		});
		assertTrue(tabs.containsAll(eclipse.views()), "tabs: " + tabs);
		assertNoEnglish("tabs", tabs);
		Screenshots.take("eclipse-menus-and-views");
		page.hideView(page.findView("org.eclipse.ui.views.ProblemView"));
	}

	/** The items of the main menu {@code label}, filled as when the user opens it, hold {@code expectedItems} and no English. */
	private void assertItems(Shell window, String label, List<String> expectedItems) {
		MenuItem top = List.of(window.getMenuBar().getItems()).stream().filter(item -> labelOf(item).equals(label))
				.findFirst().orElseThrow();
		Menu menu = top.getMenu();
		// the workbench fills a menu when it is about to show
		menu.notifyListeners(SWT.Show, new Event());
		processEvents();
		List<String> items = new ArrayList<>();
		for (MenuItem item : menu.getItems()) {
			if ((item.getStyle() & SWT.SEPARATOR) == 0 && !item.getText().isEmpty()) {
				items.add(labelOf(item));
			}
		}
		menu.notifyListeners(SWT.Hide, new Event());
		processEvents();
		assertTrue(items.containsAll(expectedItems), label + ": " + items);
		assertNoEnglish(label, items);
	}

	/** A menu item's text as shown, without its mnemonic mark and its key binding. */
	private static String labelOf(MenuItem item) {
		String text = item.getText().replace("&", "");
		int tab = text.indexOf('\t');
		return tab < 0 ? text : text.substring(0, tab);
	}

	private static void assertNoEnglish(String where, List<String> texts) {
		for (String text : texts) {
			assertFalse(ENGLISH_ECLIPSE.contains(text.replace("&", "")), "English '" + text + "' in " + where + ": " + texts);
		}
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
			List<String> texts = wholeTextsOf(shell);
			assertTrue(texts.contains(expected.projectName()), "wizard: " + texts);
			assertTrue(texts.contains(expected.example()), "wizard: " + texts);
			Screenshots.take("new-project-wizard", shell);
		} finally {
			dialog.close();
		}
		log.assertNoErrors("showing the new-project wizard in " + language);
	}

	/** The Problems view speaks the workbench's language, not the model's (the example is in English). */
	@Test
	void findingsFollowTheWorkbenchLanguage() throws Exception {
		IFile model = NewSegmentationProjectWizard.create("nordfag", true, null);
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		SegmentationEditor editor = (SegmentationEditor) IDE.openEditor(page, model, SegmentationEditor.ID);
		editor.validate();
		Job.getJobManager().join(ModelValidationJob.MARKER_TYPE, null);
		List<String> messages = new ArrayList<>();
		for (IMarker marker : model.findMarkers(ModelValidationJob.MARKER_TYPE, true, IResource.DEPTH_ZERO)) {
			messages.add(marker.getAttribute(IMarker.MESSAGE, ""));
		}
		// the example's insights are older than a year by now
		assertTrue(messages.stream().anyMatch(m -> m.startsWith(more.staleInsight())), messages.toString());
		for (String message : messages) {
			for (String english : ENGLISH_FINDINGS) {
				assertFalse(message.contains(english), "'" + english + "' in " + message);
			}
		}
	}

	/**
	 * A model file that cannot be read: the editor's error page says why in the workbench's language,
	 * the reason as well as the words around it, and shows it whole.
	 */
	@Test
	void aModelThatCannotBeReadIsExplainedInTheLanguage() throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("unreadable");
		project.create(null);
		project.open(null);
		IFile model = project.getFile("empty.segmentation");
		model.create(new ByteArrayInputStream(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<xmi:XMI xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\"/>\n").getBytes(StandardCharsets.UTF_8)),
				true, null);
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		SegmentationEditor editor = (SegmentationEditor) IDE.openEditor(page, model, SegmentationEditor.ID);
		processEvents();
		assertEquals(1, editor.getPageCount());
		Shell window = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		List<String> tabs = new ArrayList<>();
		collect(window, CTabFolder.class).forEach(folder -> {
			for (CTabItem item : folder.getItems()) {
				tabs.add(item.getText());
			}
		});
		assertTrue(tabs.contains(more.errorPage()), "tabs: " + tabs);
		Label explanation = collect(window, Label.class).stream().filter(Control::isVisible)
				.filter(label -> label.getText().startsWith(more.openFailed())).findFirst()
				.orElseThrow(() -> new AssertionError("no label begins with " + more.openFailed()));
		String text = explanation.getText();
		assertTrue(text.contains(model.getLocation().toOSString() + ": " + more.noProject()), text);
		assertFalse(text.contains("does not hold") || text.contains("found nothing"), "English reason: " + text);
		// the wrapped label is tall enough for all its lines
		assertTrue(explanation.getSize().y >= explanation.computeSize(explanation.getSize().x, SWT.DEFAULT).y,
				"the explanation is cut off: " + explanation.getSize());
		Screenshots.take("editor-unreadable-model");
	}

	/**
	 * The Data and Analysis page says in the workbench's language why a weight cannot be used (the
	 * row) and why the data file cannot be read (the line), with the file and column named.
	 */
	@Test
	void dataThatCannotBeUsedIsExplainedOnTheAnalysisPage() throws Exception {
		DataTexts texts = DATA.get(language);
		IFile model = NewSegmentationProjectWizard.create("nordfag", true, null);
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		SegmentationEditor editor = (SegmentationEditor) IDE.openEditor(page, model, SegmentationEditor.ID);
		AnalysisPage analysis = editor.showAnalysis();
		analysis.reading().join();
		processEvents();
		analysis.chooseWeight("age");
		processEvents();
		assertEquals(texts.missingWeight(), analysis.baseText());
		Screenshots.take("editor-analysis-unusable-weight");
		page.closeAllEditors(false);

		IFile survey = model.getParent().getFile(IPath.fromOSString("nordic-members-survey.csv"));
		survey.setContents(new ByteArrayInputStream("respondent;country;age\n1;SE;43\n2;FI\n3;DK;51\n"
				.getBytes(StandardCharsets.UTF_8)), true, false, null);
		editor = (SegmentationEditor) IDE.openEditor(page, model, SegmentationEditor.ID);
		analysis = editor.showAnalysis();
		analysis.reading().join();
		processEvents();
		assertEquals("nordic-members-survey.csv, " + texts.shortRow(), analysis.baseText());
		Screenshots.take("editor-analysis-unreadable-data");
	}

	/** The import wizard's preview says why a file cannot be read in the workbench's language. */
	@Test
	void theImportWizardExplainsAnUnreadableFileInTheLanguage() throws Exception {
		IFile model = NewSegmentationProjectWizard.create("nordfag", true, null);
		Path ragged = model.getParent().getLocation().toPath().resolve("svar.csv");
		Files.writeString(ragged, "alder;by;land\n41;N\u00e6stved;DK\n38;Ume\u00e5\n", StandardCharsets.UTF_8);
		ImportSurveyWizard wizard = new ImportSurveyWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(model));
		WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			processEvents();
			wizard.page().setFile(ragged);
			processEvents();
			assertFalse(wizard.page().isPageComplete());
			assertEquals(DATA.get(language).cannotRead() + "svar.csv, " + DATA.get(language).shortRow(),
					wizard.page().summary());
			Screenshots.take("wizard-import-error", dialog.getShell());
		} finally {
			dialog.close();
		}
	}

	/** The Charts view's and the analysis page's charts are drawn in the workbench's language, as a report's are. */
	@Test
	void chartsAreDrawnInTheWorkbenchLanguage() throws Exception {
		IFile model = NewSegmentationProjectWizard.create("nordfag", true, null);
		Project project = SegmentationFiles.load(model.getLocation().toFile().toPath());
		String title = ChartKind.SEGMENT_SIZES.chartFor(project).getTitle().getText();
		String expectedTitle = Map.of("da", "Segmenternes st\u00f8rrelse: ", "sv", "Segmentens storlek: ", "fi",
				"Segmenttien koot: ").get(language);
		assertTrue(title.startsWith(expectedTitle), title);
	}

	/** The diagram editor's name and command, and the model's property labels, come from their fragments. */
	@Test
	void diagramEditorAndModelLabelsAreTranslated() throws Exception {
		assertEquals(more.diagramEditor(),
				PlatformUI.getWorkbench().getEditorRegistry().findEditor("org.segmenta.diagram.ui.editor").getLabel());
		ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
		assertEquals(more.openDiagram(), commands.getCommand("org.segmenta.diagram.ui.open").getName());

		Segment segment = SegmentaFactory.eINSTANCE.createSegment();
		IItemPropertySource properties = (IItemPropertySource) new SegmentaEditAdapterFactory().adapt(segment,
				IItemPropertySource.class);
		String statement = properties.getPropertyDescriptors(segment).stream()
				.filter(d -> d.getFeature(segment) == SegmentaPackage.Literals.SEGMENT__STATEMENT).findFirst()
				.orElseThrow().getDisplayName(segment);
		assertEquals(more.statement(), statement);
	}

	/** The analysis preferences and the validation settings: translated labels, none cut off. */
	@Test
	void preferencePagesAreTranslatedAndNothingIsCutOff() throws Exception {
		Shell window = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		PreferenceDialog preferences = PreferencesUtil.createPreferenceDialogOn(window, "org.segmenta.ui.preferences",
				new String[] { "org.segmenta.ui.preferences" }, null);
		checkDialog(preferences, "analysis-preferences", more.fewestSegments(), eclipse.dialogButtons());

		IFile model = NewSegmentationProjectWizard.create("nordfag", true, null);
		PreferenceDialog settings = PreferencesUtil.createPropertyDialogOn(window, model.getProject(),
				"org.segmenta.ui.validationSettings", new String[] { "org.segmenta.ui.validationSettings" }, null);
		// the dialog's own buttons; the page's Apply and Restore Defaults are below its scrolled rules
		checkDialog(settings, "validation-settings", null, eclipse.dialogButtons().subList(2, 4));
		log.assertNoErrors("showing the preference pages in " + language);
	}

	private static void checkDialog(PreferenceDialog dialog, String screenshot, String label, List<String> buttons)
			throws Exception {
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			Shell shell = dialog.getShell();
			processEvents();
			List<String> texts = wholeTextsOf(shell);
			if (label != null) {
				assertTrue(texts.stream().anyMatch(t -> t.replace("&", "").equals(label)), label + " in " + texts);
			}
			List<String> shown = collect(shell, Button.class).stream().filter(Control::isVisible)
					.map(button -> button.getText().replace("&", "")).toList();
			assertTrue(shown.containsAll(buttons), "buttons: " + shown);
			assertNoEnglish("buttons", shown);
			assertDecimalCommas(shell);
			Screenshots.take(screenshot, shell);
		} finally {
			dialog.close();
		}
	}

	/**
	 * Danish, Swedish and Finnish write decimals with a comma: the fields show them so (the minimum
	 * share 0,05, thresholds such as 0,1), and none shows a decimal point.
	 */
	private static void assertDecimalCommas(Shell shell) {
		List<String> numbers = collect(shell, Text.class).stream().map(Text::getText).filter(t -> t.matches("-?\\d+([.,]\\d+)?"))
				.toList();
		assertTrue(numbers.stream().anyMatch(t -> t.contains(",")), "a decimal comma in " + numbers);
		assertFalse(numbers.stream().anyMatch(t -> t.contains(".")), "a decimal point in " + numbers);
	}

	/** The texts of the labels and buttons in {@code shell}, each asserted to be shown whole. */
	private static List<String> wholeTextsOf(Shell shell) {
		List<String> texts = new ArrayList<>();
		for (Label label : collect(shell, Label.class)) {
			texts.add(label.getText());
			assertWholeTextShown(label, label.getText());
			assertInside(shell, label);
		}
		for (Button button : collect(shell, Button.class)) {
			texts.add(button.getText());
			assertWholeTextShown(button, button.getText());
		}
		return texts;
	}

	/** A label that reaches past the dialog's right edge (a page wider than its dialog) is cut off there. */
	private static void assertInside(Shell shell, Label control) {
		if (control.getText().isEmpty() || !control.isVisible()) {
			return;
		}
		Rectangle bounds = control.getDisplay().map(control.getParent(), shell, control.getBounds());
		assertTrue(bounds.x + bounds.width <= shell.getClientArea().width, "\"" + control.getText() + "\" ends at "
				+ (bounds.x + bounds.width) + " px, past the dialog's " + shell.getClientArea().width + " px");
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

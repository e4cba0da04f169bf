/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.commands.common.CommandException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.ICoreRunnable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.browser.BrowserFunction;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.part.FileEditorInput;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.tabbed.ITabbedPropertySheetPageContributor;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;
import org.segmenta.diagram.DiagramImages;
import org.segmenta.diagram.DiagramKinds;
import org.segmenta.diagram.DiagramSession;
import org.segmenta.diagram.Representations;
import org.segmenta.diagram.glsp.DiagramSelectionListener;
import org.segmenta.diagram.glsp.DiagramServer;
import org.segmenta.diagram.state.DiagramView;
import org.segmenta.diagram.state.DiagramStatePackage;
import org.segmenta.model.Project;
import org.segmenta.model.persistence.ModelLoadException;
import org.segmenta.model.edit.SharedModel;
import org.segmenta.model.edit.SharedModels;
import org.segmenta.ui.internal.editor.ModelFileWatcher;
import org.segmenta.ui.internal.editor.SegmentationEditor;

/**
 * A diagram of a model: the GLSP web client in an SWT Browser, served by the workbench's one
 * diagram server on 127.0.0.1, in a session with a token of the editor's own. It works on the model's {@linkplain SharedModels shared}
 * editing domain, whatever editor of the model opened first, so edits in every editor of the model
 * are one undo history, one dirty state and one save. A change of the files by another program is
 * read again ({@link ModelFileWatcher}). Selecting in the diagram selects the model elements in
 * the workbench (Properties view, model tree); selecting elements of the same model in another part
 * (model tree, another diagram) selects them here. The Properties view edits the selected element
 * with the model editor's sections.
 */
public class DiagramEditor extends EditorPart implements IEditingDomainProvider, ITabbedPropertySheetPageContributor {

	public static final String ID = "org.segmenta.diagram.ui.editor";

	/** The command the page's Export runs (see plugin.xml). */
	private static final String EXPORT_COMMAND = "org.segmenta.diagram.ui.export";

	private SharedModel shared;
	private EditingDomain domain;
	private ModelFileWatcher fileWatcher;
	private final SharedModel.Listener sharedModelTracker = new SharedModel.Listener() {
		@Override
		public void saved() {
			firePropertyChange(PROP_DIRTY);
		}

		@Override
		public void reloaded() {
			showReloadedModel();
		}
	};
	private DiagramServer server;
	private Browser browser;
	private final ElementSelection selection = new ElementSelection();
	/** What the Outline view shows: the page's thumbnail and the part in view. */
	private final DiagramThumbnail thumbnail = new DiagramThumbnail(this::scrollTo);
	private final CommandStackListener dirtyTracker = event -> runInUi(() -> firePropertyChange(PROP_DIRTY));
	private final DiagramSelectionListener selectionTracker = (kind, ids) -> runInUi(() -> select(ids));
	private final ISelectionListener workbenchSelectionTracker = this::workbenchSelectionChanged;
	/** The representation shown, followed so that a rename (or its undo) renames the editor too. */
	private DiagramView shownView;
	private final Adapter renameTracker = new AdapterImpl() {
		@Override
		public void notifyChanged(Notification notification) {
			if (notification.getFeature() == DiagramStatePackage.Literals.DIAGRAM_VIEW__NAME && notification.getNewValue() instanceof String name) {
				runInUi(() -> renamed(name));
			}
		}
	};
	/** See {@link #shownAt()}. */
	private long shownAt;
	/** The last selection in another part; shown again once the page is ready, in case it came earlier. */
	private ISelection otherPartSelection;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof DiagramEditorInput)) {
			throw new PartInitException(NLS.bind(Messages.DiagramEditor_wrongInput, input.getName()));
		}
		setSite(site);
		setInput(input);
		setPartName(input.getName());
		setTitleToolTip(input.getToolTipText());
		site.setSelectionProvider(selection);
	}

	private DiagramEditorInput diagramInput() {
		return (DiagramEditorInput) getEditorInput();
	}

	private Path modelPath() {
		return diagramInput().model().getLocation().toFile().toPath();
	}

	/** The URI the model is loaded under: the file URI, as the model editor and the server load it. */
	private URI modelUri() {
		return URI.createFileURI(modelPath().toAbsolutePath().normalize().toString());
	}

	/**
	 * Takes the model from the editor that holds it, or else reads its file in a job, and opens the
	 * diagram server's session in that job, then shows the page. Both take long enough to be felt
	 * on the UI thread: a large model's file, and the first session of the workbench, which starts
	 * Jetty. While the file is read the editor says so. An editor of the model opened meanwhile
	 * waits for the same reading and shares it.
	 */
	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new FillLayout());
		// opened from the model tree: the diagram shows what is selected there, once it is ready
		otherPartSelection = getSite().getPage().getSelection();
		Path file = modelPath();
		Path project = diagramInput().model().getProject().getLocation().toFile().toPath();
		Label loading = new Label(parent, SWT.WRAP);
		if (SharedModels.getDefault().find(file).isPresent()) {
			try {
				// at once: undo, redo and the dirty state are those of the model's other editors from the start
				shared = SharedModels.getDefault().acquire(file, project);
				domain = shared.domain();
			} catch (IOException | RuntimeException e) {
				loading.dispose();
				showFailure(parent, e);
				return;
			}
		} else {
			loading.setText(NLS.bind(Messages.DiagramEditor_loading, diagramInput().model().getFullPath()));
		}
		SharedModel held = shared;
		Display display = parent.getDisplay();
		String representation = diagramInput().representation();
		Job loader = Job.create(NLS.bind(Messages.DiagramEditor_loadingJob, diagramInput().model().getName()), (ICoreRunnable) monitor -> {
			SharedModel model = held;
			DiagramServer started = null;
			Exception failure = null;
			try {
				if (model == null) {
					model = SharedModels.getDefault().acquire(file, project);
				}
				started = startServer(display, model, representation);
			} catch (IOException | RuntimeException e) {
				failure = e;
			}
			SharedModel loaded = model;
			DiagramServer opened = started;
			Exception unreadable = failure;
			if (display.isDisposed()) {
				release(loaded == held ? null : loaded, opened);
			} else {
				display.asyncExec(() -> loaded(parent, loading, loaded, opened, unreadable));
			}
		});
		// only once openEditor has returned: on two cores, reading the model beside the workbench's
		// creation of the part made openEditor two to three times as long; an editor closed by then
		// reads nothing
		display.asyncExec(() -> {
			if (!loading.isDisposed()) {
				loader.schedule();
			}
		});
	}

	/**
	 * The job has read the model ({@code model}) and opened the server ({@code opened}), or failed
	 * ({@code failure}): shows the diagram or why not.
	 */
	private void loaded(Composite parent, Label loading, SharedModel model, DiagramServer opened, Exception failure) {
		if (loading.isDisposed()) {
			// closed meanwhile; a model the editor held is let go with it
			release(model == shared ? null : model, opened);
			return;
		}
		loading.dispose();
		if (shared == null && model != null) {
			shared = model;
			domain = shared.domain();
			firePropertyChange(PROP_DIRTY);
		}
		if (opened != null) {
			show(parent, opened);
		} else {
			showFailure(parent, failure);
		}
		parent.layout();
	}

	private static void release(SharedModel model, DiagramServer opened) {
		if (opened != null) {
			opened.stop();
		}
		if (model != null) {
			model.release();
		}
	}

	private void showFailure(Composite parent, Exception e) {
		Label failure = new Label(parent, SWT.WRAP);
		failure.setText(NLS.bind(Messages.DiagramEditor_cannotShow, diagramInput().model().getFullPath(),
				ModelLoadException.messageOf(e, Locale.getDefault())));
	}

	private void show(Composite parent, DiagramServer opened) {
		connect(opened);
		domain.getCommandStack().addCommandStackListener(dirtyTracker);
		shared.addListener(sharedModelTracker);
		followRepresentation();
		fileWatcher = new ModelFileWatcher(this, diagramInput().model(), shared);
		browser = new Browser(parent, SWT.NONE);
		new BrowserFunction(browser, "segmentaDiagramShown") {
			@Override
			public Object function(Object[] arguments) {
				shownAt = System.nanoTime();
				// after the page's script has returned: the selection is sent with a script of its own
				getSite().getShell().getDisplay().asyncExec(() -> showSelection(otherPartSelection));
				return null;
			}
		};
		new BrowserFunction(browser, "segmentaHostExport") {
			@Override
			public Object function(Object[] arguments) {
				// the page's Export (toolbar, context menu, keys): the workbench's dialog chooses the file
				getSite().getShell().getDisplay().asyncExec(DiagramEditor.this::runExportCommand);
				return null;
			}
		};
		// tells the page that the workbench's key bindings (Key Assist lists them) run its commands
		new BrowserFunction(browser, "segmentaHostKeys") {
			@Override
			public Object function(Object[] arguments) {
				return null;
			}
		};
		new BrowserFunction(browser, "segmentaHostOutline") {
			@Override
			public Object function(Object[] arguments) {
				thumbnail.imageArrived((String) arguments[0], number(arguments[1]), number(arguments[2]));
				return null;
			}
		};
		new BrowserFunction(browser, "segmentaHostViewport") {
			@Override
			public Object function(Object[] arguments) {
				thumbnail.viewportChanged(number(arguments[0]), number(arguments[1]), number(arguments[2]), number(arguments[3]));
				return null;
			}
		};
		new BrowserFunction(browser, "segmentaHostShowInTree") {
			@Override
			public Object function(Object[] arguments) {
				List<String> ids = stringsOf(arguments);
				getSite().getShell().getDisplay().asyncExec(() -> showInModelTree(ids));
				return null;
			}
		};
		new BrowserFunction(browser, "segmentaHostProperties") {
			@Override
			public Object function(Object[] arguments) {
				List<String> ids = stringsOf(arguments);
				getSite().getShell().getDisplay().asyncExec(() -> showProperties(ids));
				return null;
			}
		};
		showDiagram();
		// the site's service activates it only while this editor is the active part
		getSite().getService(IContextService.class).activateContext(CONTEXT);
		// after the delay of post-selection: walking the model tree with the keys selects once, at the end
		getSite().getPage().addPostSelectionListener(workbenchSelectionTracker);
	}

	private static double number(Object argument) {
		return argument instanceof Number number ? number.doubleValue() : 0;
	}

	/** The context of the diagram's key bindings, active while this editor is. */
	static final String CONTEXT = "org.segmenta.diagram.ui.context";
	/** How soon the same key event may come again; a person pressing a key twice takes longer. */
	private static final Duration REPEATED_KEY = Duration.ofMillis(150);
	/** The key event that last ran a page command: its time stamp, its command and when it ran it. */
	private int lastKeyTime = -1;
	private String lastKeyCommand;
	private long lastKeyRun;

	/**
	 * Runs the page's command {@code name} (see {@code diagram-commands.ts}): a key binding of the
	 * workbench was pressed at {@code keyTime}, or the command was run otherwise ({@code -1}). The
	 * same key event seen again within {@link #REPEATED_KEY} runs nothing: WebKitGTK passes each key
	 * event of the browser to the workbench up to three times, with one time stamp.
	 */
	void runPageCommand(String name, int keyTime) {
		long now = System.nanoTime();
		boolean repeated = keyTime != -1 && keyTime == lastKeyTime && name.equals(lastKeyCommand)
				&& now - lastKeyRun < REPEATED_KEY.toNanos();
		if (keyTime != -1 && !repeated) {
			lastKeyTime = keyTime;
			lastKeyCommand = name;
			lastKeyRun = now;
		}
		if (repeated) {
			return;
		}
		if (browser != null && !browser.isDisposed() && name.matches("[A-Za-z]+")) {
			browser.execute("window.segmentaDiagram && window.segmentaDiagram.run('" + name + "')");
		}
	}

	/** Asks the page to show the diagram from ({@code x}, {@code y}): the Outline view's frame was dragged. */
	private void scrollTo(double x, double y) {
		if (browser != null && !browser.isDisposed()) {
			browser.execute(String.format(Locale.ROOT, "window.segmentaScrollTo && window.segmentaScrollTo(%.2f, %.2f)", x, y));
		}
	}

	/** Shows what the page selects, and saves as the workbench does when the page asks. */
	private void connect(DiagramServer opened) {
		server = opened;
		server.addSelectionListener(selectionTracker);
		// Ctrl+S in the page saves with every editor's edits
		server.setSaver(diagramFile -> runInUiAndWait(() -> doSave(null)));
	}

	/** A session of the diagram server on {@code model}, showing {@code representation}; on any thread. */
	private DiagramServer startServer(Display display, SharedModel model, String representation) throws IOException {
		// the model belongs to the UI thread: viewers and the Properties view follow its changes; the server reads on its own
		DiagramServer started = DiagramServer.start(model.domain(), modelPath(), new WorkbenchModelAccess(display, model.stack()));
		started.setRepresentation(representation);
		return started;
	}

	private void followRepresentation() {
		String name = diagramInput().representation();
		if (name == null) {
			return;
		}
		try {
			shownView = Representations.of(domain, shared.project(), ModelRepresentations.kinds()).find(name).orElse(null);
		} catch (ModelLoadException unreadable) {
			// the page says why the diagram file cannot be read; there is nothing to follow
			shownView = null;
		}
		if (shownView != null) {
			shownView.eAdapters().add(renameTracker);
		}
	}

	/** The representation now has {@code name}: the tab, the input and the server follow it. */
	private void renamed(String name) {
		DiagramEditorInput input = diagramInput();
		setInputWithNotify(new DiagramEditorInput(input.model(), input.kind(), name));
		setPartName(getEditorInput().getName());
		server.setRepresentation(name);
	}

	private void showDiagram() {
		browser.setUrl(server.pageUrl(diagramInput().kind().getId()));
	}

	/** The model was read again from disk: a new server shows it, the old one stops. */
	private void showReloadedModel() {
		if (browser == null || browser.isDisposed()) {
			return;
		}
		stopServer();
		try {
			connect(startServer(getSite().getShell().getDisplay(), shared, diagramInput().representation()));
			showDiagram();
		} catch (IOException | RuntimeException e) {
			ErrorDialog.openError(getSite().getShell(), Messages.DiagramEditor_notShown, Messages.DiagramEditor_reloadFailed,
					Status.error(diagramInput().model().getFullPath() + ": " + ModelLoadException.messageOf(e, Locale.getDefault()), e));
		}
	}

	private void stopServer() {
		server.removeSelectionListener(selectionTracker);
		// not on the UI thread: a client thread of the server may be waiting for it in syncExec
		DiagramServer stopping = server;
		Job.createSystem(Messages.DiagramEditor_stopping, (ICoreRunnable) monitor -> stopping.stop()).schedule();
	}

	private void select(List<String> ids) {
		selection.reported(elementsOf(ids));
	}

	/** The model's elements with these ids, in their order; ids the model no longer has are left out. */
	private IStructuredSelection elementsOf(List<String> ids) {
		Resource model = domain.getResourceSet().getResource(modelUri(), false);
		List<EObject> elements = new ArrayList<>();
		if (model != null) {
			for (String id : ids) {
				EObject element = model.getEObject(id);
				if (element != null) {
					elements.add(element);
				}
			}
		}
		return new StructuredSelection(elements);
	}

	/** The page's argument, an array of model element ids; anything else gives none. */
	private static List<String> stringsOf(Object[] arguments) {
		List<String> ids = new ArrayList<>();
		if (arguments.length > 0 && arguments[0] instanceof Object[] array) {
			for (Object id : array) {
				if (id instanceof String text) {
					ids.add(text);
				}
			}
		}
		return ids;
	}

	/**
	 * Opens the model's editor (or brings it to the front) on its model tree and selects the
	 * elements with these ids there, as Sirius's "Show in Model Explorer" does.
	 */
	public void showInModelTree(List<String> ids) {
		IStructuredSelection elements = elementsOf(ids);
		if (elements.isEmpty()) {
			return;
		}
		try {
			IEditorPart opened = getSite().getPage().openEditor(new FileEditorInput(diagramInput().model()), SegmentationEditor.ID);
			if (opened instanceof SegmentationEditor modelEditor && modelEditor.getModelTreePage() != null) {
				modelEditor.showModelTree();
				modelEditor.getModelTreePage().getViewer().setSelection(elements, true);
			}
		} catch (PartInitException e) {
			ErrorDialog.openError(getSite().getShell(), Messages.DiagramEditor_showInTreeFailed, null, e.getStatus());
		}
	}

	/**
	 * Opens the Properties view on the elements with these ids: the diagram reports them as its
	 * selection first, so the view shows them even when the page's report has not arrived yet.
	 */
	public void showProperties(List<String> ids) {
		selection.reported(elementsOf(ids));
		try {
			getSite().getPage().showView(IPageLayout.ID_PROP_SHEET);
		} catch (PartInitException e) {
			ErrorDialog.openError(getSite().getShell(), Messages.DiagramEditor_propertiesFailed, null, e.getStatus());
		}
	}

	private void workbenchSelectionChanged(IWorkbenchPart part, ISelection changed) {
		if (part != this) {
			otherPartSelection = changed;
			showSelection(changed);
		}
	}

	/**
	 * Selects in the diagram the elements of {@code shown} that belong to this diagram's model, and
	 * nothing else; does nothing when the selection has none of them or the diagram shows them
	 * selected already. The client reports the new selection back like a click (see {@link #select(List)}).
	 */
	private void showSelection(ISelection shown) {
		if (browser == null || browser.isDisposed() || !(shown instanceof IStructuredSelection structured)) {
			return;
		}
		Set<String> ids = modelElementIds(structured);
		if (ids.isEmpty() || ids.equals(modelElementIds(selection.getSelection()))) {
			return;
		}
		String array = ids.stream().map(DiagramEditor::jsString).collect(Collectors.joining(",", "[", "]"));
		browser.execute("if (window.segmentaDiagram) { window.segmentaDiagram.selectElements(" + array + "); }");
	}

	/** The ids of the selection's elements of this diagram's model, loaded in any editing domain. */
	private Set<String> modelElementIds(IStructuredSelection structured) {
		URI model = modelUri();
		Set<String> ids = new LinkedHashSet<>();
		for (Object selected : structured) {
			EObject element = Adapters.adapt(selected, EObject.class);
			Resource resource = element == null ? null : element.eResource();
			String id = resource != null && model.equals(resource.getURI()) ? EcoreUtil.getID(element) : null;
			if (id != null) {
				ids.add(id);
			}
		}
		return ids;
	}

	/** {@code text} as a JavaScript string literal: ids come from model files and may hold anything. */
	private static String jsString(String text) {
		StringBuilder quoted = new StringBuilder("'");
		for (char c : text.toCharArray()) {
			if (c == '\\' || c == '\'' || c < ' ' || c == 0x2028 || c == 0x2029) {
				quoted.append(String.format("\\u%04x", (int) c));
			} else {
				quoted.append(c);
			}
		}
		return quoted.append('\'').toString();
	}

	/**
	 * Writes the diagram as it is now (saved layout, layers and filters) to {@code file}, SVG or PNG
	 * by its extension, with the renderer of {@code ./segmenta export-diagram}.
	 */
	public void exportTo(Path file) throws IOException {
		// null while the model is still being read
		Resource model = domain == null ? null : domain.getResourceSet().getResource(modelUri(), false);
		if (model == null || model.getContents().isEmpty() || !(model.getContents().get(0) instanceof Project project)) {
			throw new IOException(NLS.bind(Messages.DiagramEditor_notLoaded, diagramInput().model().getFullPath()));
		}
		String representation = diagramInput().representation();
		DiagramKinds kinds = ModelRepresentations.kinds();
		DiagramSession session = representation == null
				? DiagramSession.open(domain, project, kinds, diagramInput().kind().getId())
				: DiagramSession.openRepresentation(domain, project, kinds, representation);
		DiagramImages.write(session.graph(), file);
	}

	private void runExportCommand() {
		try {
			getSite().getService(IHandlerService.class).executeCommand(EXPORT_COMMAND, null);
		} catch (CommandException e) {
			// the command is this bundle's own and reports its own failures
		}
	}

	/**
	 * When the page last said it had drawn and fitted the diagram ({@link System#nanoTime()}), or 0
	 * before; for tests and benchmarks, which need not ask the page (that holds the UI thread).
	 */
	public long shownAt() {
		return shownAt;
	}

	/** The browser showing the diagram, for tests. */
	public Browser browser() {
		return browser;
	}

	@Override
	public EditingDomain getEditingDomain() {
		return domain;
	}

	/** The Properties view shows the model editor's tabs: the same sections edit the selected element. */
	@Override
	public String getContributorId() {
		return SegmentationEditor.ID;
	}

	@Override
	public <T> T getAdapter(Class<T> type) {
		if (type == IPropertySheetPage.class) {
			return type.cast(new TabbedPropertySheetPage(this));
		}
		if (type == IContentOutlinePage.class) {
			return type.cast(new DiagramOutlinePage(thumbnail));
		}
		return super.getAdapter(type);
	}

	@Override
	public boolean isDirty() {
		return shared != null && shared.isDirty();
	}

	/** Saves the model and its diagram file, with the edits of every editor of the model. */
	@Override
	public void doSave(IProgressMonitor monitor) {
		if (shared != null) {
			SegmentationEditor.save(shared, new FileEditorInput(diagramInput().model()), getSite().getShell(), monitor);
		}
	}

	@Override
	public void doSaveAs() {
		// a diagram belongs to its model file
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public void setFocus() {
		if (browser != null) {
			browser.setFocus();
		}
	}

	@Override
	public void dispose() {
		if (shownView != null) {
			shownView.eAdapters().remove(renameTracker);
		}
		if (fileWatcher != null) {
			fileWatcher.dispose();
		}
		if (server != null) {
			getSite().getPage().removePostSelectionListener(workbenchSelectionTracker);
			domain.getCommandStack().removeCommandStackListener(dirtyTracker);
			stopServer();
		}
		if (shared != null) {
			shared.removeListener(sharedModelTracker);
			shared.release();
		}
		super.dispose();
	}

	private void runInUiAndWait(Runnable runnable) {
		Display display = getSite().getShell().getDisplay();
		if (!display.isDisposed()) {
			display.syncExec(runnable);
		}
	}

	private void runInUi(Runnable runnable) {
		Display display = getSite().getShell().getDisplay();
		if (!display.isDisposed()) {
			display.asyncExec(() -> {
				if (browser == null || !browser.isDisposed()) {
					runnable.run();
				}
			});
		}
	}

	/**
	 * The selection the diagram reports, as model elements for the Properties view and the model
	 * tree; setting it selects in the diagram.
	 */
	private final class ElementSelection implements ISelectionProvider {
		private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
		private IStructuredSelection current = StructuredSelection.EMPTY;

		@Override
		public void addSelectionChangedListener(ISelectionChangedListener listener) {
			listeners.add(listener);
		}

		@Override
		public void removeSelectionChangedListener(ISelectionChangedListener listener) {
			listeners.remove(listener);
		}

		@Override
		public IStructuredSelection getSelection() {
			return current;
		}

		@Override
		public void setSelection(ISelection selection) {
			showSelection(selection);
		}

		/** What the diagram shows selected now; listeners hear of it only when it changed. */
		void reported(IStructuredSelection selection) {
			if (selection.equals(current)) {
				return;
			}
			current = selection;
			SelectionChangedEvent event = new SelectionChangedEvent(this, selection);
			listeners.forEach(listener -> listener.selectionChanged(event));
		}
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.ui.internal.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EventObject;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.MultiPageEditorPart;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.tabbed.ITabbedPropertySheetPageContributor;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;
import org.segmenta.model.Project;
import org.segmenta.model.edit.ModelEditingDomains;
import org.segmenta.model.edit.SharedModel;
import org.segmenta.model.edit.SharedModels;
import org.segmenta.model.persistence.ModelLoadException;
import org.segmenta.ui.internal.validation.ModelValidationJob;
import org.segmenta.ui.internal.validation.StatementPhrase;
import org.segmenta.validation.ValidationSnapshot;

/**
 * The editor for {@code .segmentation} files: an overview and the model tree over the model's
 * {@linkplain SharedModels shared} editing domain, so that every edit (tree, Properties view,
 * diagrams, opened before or after this editor) is one undoable command and dirty state and save
 * are shared. A change of the file by another program is read again ({@link ModelFileWatcher}). The model tree follows the selection of other parts showing elements
 * of the same model (a diagram), without taking the focus. The Edit menu follows the page in front
 * ({@link SegmentationEditorContributor}).
 */
public class SegmentationEditor extends MultiPageEditorPart
		implements IEditingDomainProvider, ITabbedPropertySheetPageContributor {

	public static final String ID = "org.segmenta.ui.editor";

	private SharedModel shared;
	private AdapterFactoryEditingDomain domain;
	private ComposedAdapterFactory adapterFactory;
	private final CommandStackListener dirtyTracker = this::commandStackChanged;
	private final SharedModel.Listener sharedModelTracker = new SharedModel.Listener() {
		@Override
		public void saved() {
			firePropertyChange(PROP_DIRTY);
			validate();
		}

		@Override
		public void reloaded() {
			showReloadedModel();
		}
	};
	private ModelFileWatcher fileWatcher;

	private Path file;
	private Project project;
	private ModelLoadException loadError;
	private OverviewPage overview;
	private ModelTreePage modelTree;
	private PersonasPage personas;
	private ValueCommunitiesPage communities;
	private final ActivePageSelection selection = new ActivePageSelection();
	private final ISelectionListener otherPartsSelection = (part, changed) -> {
		if (part != this && modelTree != null) {
			modelTree.showSelection(changed);
		}
	};
	private final Map<Control, Runnable> formRefreshers = new HashMap<>();
	private final Set<Control> staleForms = new HashSet<>();
	private AnalysisPage analysis;
	private ModelOutlinePage outline;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		super.init(site, input);
		file = localFile(input);
		setPartName(input.getName());
		try {
			// in the workspace, files the model names may be anywhere in its project
			shared = SharedModels.getDefault().acquire(file, projectRoot(input, file));
			domain = shared.domain();
			project = shared.project();
			domain.getCommandStack().addCommandStackListener(dirtyTracker);
			shared.addListener(sharedModelTracker);
			if (input instanceof IFileEditorInput fileInput) {
				fileWatcher = new ModelFileWatcher(this, fileInput.getFile(), shared);
			}
		} catch (ModelLoadException e) {
			loadError = e;
			// an editor that shows the error holds no model
			domain = ModelEditingDomains.newEditingDomain();
		}
		adapterFactory = ModelEditingDomains.adapterFactory(domain);
	}

	private static Path projectRoot(IEditorInput input, Path file) {
		if (input instanceof IFileEditorInput fileInput && fileInput.getFile().getProject().getLocation() != null) {
			return fileInput.getFile().getProject().getLocation().toFile().toPath();
		}
		return file.toAbsolutePath().getParent();
	}

	private static Path localFile(IEditorInput input) throws PartInitException {
		if (input instanceof IFileEditorInput fileInput && fileInput.getFile().getLocation() != null) {
			return fileInput.getFile().getLocation().toFile().toPath();
		}
		if (input instanceof IURIEditorInput uriInput && "file".equals(uriInput.getURI().getScheme())) {
			return Path.of(uriInput.getURI());
		}
		throw new PartInitException(NLS.bind(Messages.SegmentationEditor_localFilesOnly, input.getName()));
	}

	@Override
	protected void createPages() {
		if (project == null) {
			setPageText(addPage(createLoadErrorPage(getContainer())), Messages.SegmentationEditor_errorPage);
			return;
		}
		overview = new OverviewPage(getContainer(), project);
		setPageText(addPage(overview.getControl()), Messages.SegmentationEditor_overviewPage);
		modelTree = new ModelTreePage(getContainer(), domain, adapterFactory, getSite());
		setPageText(addPage(modelTree.getControl()), Messages.SegmentationEditor_modelPage);
		getSite().setSelectionProvider(selection);
		selection.follow(modelTree.getViewer());
		modelTree.getViewer().setInput(project.eResource());
		getSite().getPage().addPostSelectionListener(otherPartsSelection);
		personas = new PersonasPage(getContainer(), project, domain);
		setPageText(addPage(personas.getControl()), Messages.SegmentationEditor_personasPage);
		communities = new ValueCommunitiesPage(getContainer(), project, domain, adapterFactory,
				new StatementPhrase(file));
		setPageText(addPage(communities.getControl()), Messages.SegmentationEditor_valueCommunitiesPage);
		formRefreshers.put(overview.getControl(), overview::refresh);
		formRefreshers.put(personas.getControl(), personas::refresh);
		formRefreshers.put(communities.getControl(), communities::refresh);
		analysis = new AnalysisPage(getContainer(), project, domain, file);
		formRefreshers.put(analysis.getControl(), analysis::refresh);
		setPageText(addPage(analysis.getControl()), Messages.SegmentationEditor_analysisPage);
	}

	private Composite createLoadErrorPage(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout());
		Label message = new Label(page, SWT.WRAP);
		message.setText(NLS.bind(Messages.SegmentationEditor_openFailed, loadError.getMessage(Locale.getDefault())));
		message.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		return page;
	}

	/** The model the editor shows; {@code null} when the file could not be loaded. */
	public Project getProject() {
		return project;
	}

	/** The Properties view shows the tabs contributed for this editor (plugin.xml). */
	@Override
	public String getContributorId() {
		return ID;
	}

	@Override
	public EditingDomain getEditingDomain() {
		return domain;
	}

	public ModelTreePage getModelTreePage() {
		return modelTree;
	}

	/** The number of pages: one for a model that could not be loaded. */
	@Override
	public int getPageCount() {
		return super.getPageCount();
	}

	/** Brings the page {@code pageIndex} (from 0, in the order of the tabs) to the front. */
	@Override
	public void setActivePage(int pageIndex) {
		super.setActivePage(pageIndex);
	}

	/**
	 * The overview's segmentations and figures as shown (form markup), which its form texts do not
	 * give back; empty for a model that could not be loaded.
	 */
	public String getOverviewText() {
		return overview == null ? "" : overview.shownText();
	}

	/** Brings the overview page to the front. */
	public void showOverview() {
		setActivePage(0);
	}

	/** Brings the model tree to the front. */
	public void showModelTree() {
		setActivePage(1);
	}

	/**
	 * Refreshes the form page in front; the others are refreshed when they come to the front, so an
	 * edit costs one page's refresh, not all of them.
	 */
	private void refreshForms() {
		Control active = pageInFront();
		formRefreshers.forEach((control, refresh) -> {
			if (control == active) {
				refresh.run();
			} else {
				staleForms.add(control);
			}
		});
	}

	/** The page in front, or {@code null} before the first is shown. */
	Control pageInFront() {
		int index = getActivePage();
		return index < 0 ? null : getControl(index);
	}

	/**
	 * The model tree's Edit actions (commands on the selected elements) while the tree is in front;
	 * {@code null} on the other pages, whose Edit actions work on their text fields.
	 */
	Map<String, IAction> treeEditActionsInFront() {
		return modelTree != null && pageInFront() == modelTree.getControl() ? modelTree.editActions() : null;
	}

	@Override
	protected void pageChange(int newPageIndex) {
		super.pageChange(newPageIndex);
		Control shown = getControl(newPageIndex);
		if (staleForms.remove(shown)) {
			formRefreshers.get(shown).run();
		}
		if (communities != null) {
			selection.follow(getControl(newPageIndex) == communities.getControl() ? communities.getViewer()
					: modelTree.getViewer());
		}
	}

	/** Brings the persona cards to the front. */
	public PersonasPage showPersonas() {
		setActivePage(2);
		return personas;
	}

	/** Brings the value communities to the front. */
	public ValueCommunitiesPage showValueCommunities() {
		setActivePage(3);
		return communities;
	}

	/** Brings the data and analysis page to the front. */
	public AnalysisPage showAnalysis() {
		setActivePage(4);
		return analysis;
	}

	@Override
	public <T> T getAdapter(Class<T> type) {
		if (type == IPropertySheetPage.class) {
			return type.cast(new TabbedPropertySheetPage(this));
		}
		if (type == IContentOutlinePage.class && project != null) {
			if (outline == null) {
				outline = new ModelOutlinePage(adapterFactory, project.eResource(), modelTree.getViewer());
			}
			return type.cast(outline);
		}
		if (type == IGotoMarker.class) {
			return type.cast((IGotoMarker) this::gotoMarker);
		}
		if (type == EditingDomain.class) {
			return type.cast(domain);
		}
		return super.getAdapter(type);
	}

	private void commandStackChanged(EventObject event) {
		getContainer().getDisplay().asyncExec(() -> {
			if (getContainer().isDisposed()) {
				return;
			}
			firePropertyChange(PROP_DIRTY);
			if (modelTree != null) {
				modelTree.updateEditActions();
			}
			refreshForms();
		});
	}

	@Override
	public boolean isDirty() {
		return shared != null && shared.isDirty();
	}

	/** Saves the model and its diagram file, with the edits of every editor of the model. */
	@Override
	public void doSave(IProgressMonitor monitor) {
		if (shared != null) {
			save(shared, getEditorInput(), getSite().getShell(), monitor);
		}
	}

	/**
	 * Saves {@code model}, each changed file atomically: a failed save leaves the files on disk as
	 * they were, and the editors stay dirty. Then refreshes the workspace's view of the folder.
	 */
	public static void save(SharedModel model, IEditorInput input, Shell shell, IProgressMonitor monitor) {
		try {
			model.save();
			refreshWorkspaceFolder(input, shell, monitor);
		} catch (IOException | RuntimeException e) {
			ErrorDialog.openError(shell, Messages.SegmentationEditor_saveFailedTitle, Messages.SegmentationEditor_saveFailed,
					Status.error(model.file() + ": " + ModelLoadException.messageOf(e, Locale.getDefault()), e));
		}
	}

	/** Shows the model as read again from disk, on the page that was in front. */
	private void showReloadedModel() {
		int activePage = Math.max(0, getActivePage());
		for (int index = getPageCount() - 1; index >= 0; index--) {
			removePage(index);
		}
		formRefreshers.clear();
		staleForms.clear();
		getSite().getPage().removePostSelectionListener(otherPartsSelection);
		project = shared.project();
		createPages();
		setActivePage(Math.min(activePage, getPageCount() - 1));
		firePropertyChange(PROP_DIRTY);
	}

	private static void refreshWorkspaceFolder(IEditorInput editorInput, Shell shell, IProgressMonitor monitor) {
		if (editorInput instanceof IFileEditorInput input) {
			IFile workspaceFile = input.getFile();
			try {
				// the diagram file beside the model was saved too
				workspaceFile.getParent().refreshLocal(IResource.DEPTH_ONE, monitor);
			} catch (CoreException e) {
				shell.getDisplay().asyncExec(() -> ErrorDialog.openError(shell,
						Messages.SegmentationEditor_refreshFailedTitle, Messages.SegmentationEditor_refreshFailed, e.getStatus()));
			}
		}
	}

	/**
	 * Validates a snapshot of the model in the background and puts the findings on the file as
	 * markers; also run after every save.
	 *
	 * @return the scheduled job, or {@code null} when there is nothing to validate
	 */
	public ModelValidationJob validate() {
		if (project == null || !(getEditorInput() instanceof IFileEditorInput input)) {
			return null;
		}
		ModelValidationJob job = new ModelValidationJob(input.getFile(), ValidationSnapshot.of(project));
		job.schedule();
		return job;
	}

	/** Selects the element a Problems-view marker is about. */
	private void gotoMarker(IMarker marker) {
		String id = marker.getAttribute(ModelValidationJob.ELEMENT_ID, "");
		EObject element = id.isEmpty() || project == null ? null : project.eResource().getEObject(id);
		if (element != null) {
			showModelTree();
			modelTree.getViewer().setSelection(new StructuredSelection(element), true);
		}
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public void doSaveAs() {
		// one model, one file: copies are made in the Project Explorer
	}

	@Override
	public void dispose() {
		getSite().getPage().removePostSelectionListener(otherPartsSelection);
		if (fileWatcher != null) {
			fileWatcher.dispose();
		}
		domain.getCommandStack().removeCommandStackListener(dirtyTracker);
		if (shared != null) {
			shared.removeListener(sharedModelTracker);
			shared.release();
		} else {
			adapterFactory.dispose();
		}
		super.dispose();
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.ui.internal;

import java.util.Locale;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.IInputValidator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.segmenta.diagram.Representations;
import org.segmenta.diagram.description.DiagramDescription;
import org.segmenta.diagram.state.DiagramView;
import org.segmenta.model.persistence.ModelLoadException;

/**
 * Create, open, rename and delete representations from the Project Explorer (a model file or a
 * representation under it) and from the model tree (the selected element becomes the root). Each
 * edit is one command on the model's editing domain, so Edit > Undo takes it back.
 */
public final class RepresentationHandlers {

	private RepresentationHandlers() {
	}

	/** New Representation...: kind, root and name in a dialog, then the diagram opens. */
	public static class Create extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) throws ExecutionException {
			Object selected = first(HandlerUtil.getCurrentSelection(event));
			IFile model = modelOf(selected, HandlerUtil.getActiveEditorInput(event));
			if (model == null) {
				return null;
			}
			Representations representations = editable(model);
			if (representations == null) {
				return null;
			}
			EObject root = selected instanceof EObject element && element.eResource() == representations.project().eResource() ? element : null;
			Shell shell = HandlerUtil.getActiveShellChecked(event);
			NewRepresentationDialog dialog = new NewRepresentationDialog(shell, representations, root);
			if (dialog.open() != Window.OK) {
				return null;
			}
			try {
				representations.domain().getCommandStack().execute(representations.create(dialog.kindId(), dialog.rootId(), dialog.name()));
			} catch (IllegalArgumentException e) {
				MessageDialog.openError(shell, Messages.NewRepresentationDialog_title, e.getMessage());
				return null;
			}
			return open(HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage(), model, dialog.kindId(), dialog.name());
		}
	}

	/**
	 * Open: the diagram editor on the selected representation, or on the one the command's
	 * {@value #NAME} parameter names of the active editor's model (activated when already open).
	 */
	public static class Open extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) throws ExecutionException {
			RepresentationItem item = first(HandlerUtil.getCurrentSelection(event)) instanceof RepresentationItem selected ? selected : null;
			String name = event.getParameter(NAME);
			if (name != null) {
				IFile model = modelOf(null, HandlerUtil.getActiveEditorInput(event));
				item = model == null ? null
						: ModelRepresentations.list(model).stream().filter(candidate -> candidate.name().equals(name)).findFirst().orElse(null);
			}
			return item == null ? null
					: open(HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage(), item.model(), item.kind(), item.name());
		}
	}

	public static final String OPEN_COMMAND = "org.segmenta.diagram.ui.openRepresentation";
	/** The parameter of {@link #OPEN_COMMAND} naming the representation. */
	public static final String NAME = "org.segmenta.diagram.ui.representation";

	/** Rename...: a new name, unique in the model's diagram file. */
	public static class Rename extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) throws ExecutionException {
			if (!(first(HandlerUtil.getCurrentSelection(event)) instanceof RepresentationItem item)) {
				return null;
			}
			Representations representations = editable(item.model());
			DiagramView view = representations == null ? null : representations.find(item.name()).orElse(null);
			if (view == null) {
				return null;
			}
			IInputValidator validator = text -> text.isBlank() ? Messages.NewRepresentationDialog_nameMissing
					: representations.find(text).filter(other -> other != view).isPresent() ? Messages.NewRepresentationDialog_nameTaken : null;
			InputDialog dialog = new InputDialog(HandlerUtil.getActiveShellChecked(event), Messages.RenameRepresentation_title,
					Messages.RenameRepresentation_message, view.getName(), validator);
			if (dialog.open() == Window.OK && !dialog.getValue().strip().equals(view.getName())) {
				IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
				// an open diagram shows the representation under its old name: it is closed and opened again under the new one
				boolean wasOpen = close(page, item);
				representations.domain().getCommandStack().execute(representations.rename(view, dialog.getValue()));
				if (wasOpen) {
					open(page, item.model(), item.kind(), view.getName());
				}
			}
			return null;
		}
	}

	/** Delete: the representation and its layout after confirmation; the model's elements stay. */
	public static class Delete extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) throws ExecutionException {
			if (!(first(HandlerUtil.getCurrentSelection(event)) instanceof RepresentationItem item)) {
				return null;
			}
			Shell shell = HandlerUtil.getActiveShellChecked(event);
			if (!MessageDialog.openConfirm(shell, Messages.DeleteRepresentation_title,
					NLS.bind(Messages.DeleteRepresentation_message, item.name(), item.model().getName()))) {
				return null;
			}
			Representations representations = editable(item.model());
			DiagramView view = representations == null ? null : representations.find(item.name()).orElse(null);
			if (view != null) {
				close(HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage(), item);
				representations.domain().getCommandStack().execute(representations.delete(view));
			}
			return null;
		}
	}

	/** Opens (or activates) the diagram editor on the representation {@code name} of {@code model}. */
	public static DiagramEditor open(IWorkbenchPage page, IFile model, String kindId, String name) throws ExecutionException {
		DiagramDescription kind = ModelRepresentations.kinds().find(kindId)
				.orElseThrow(() -> new ExecutionException(NLS.bind(Messages.Representation_unknownKind, name, kindId)));
		try {
			return (DiagramEditor) page.openEditor(new DiagramEditorInput(model, kind, name), DiagramEditor.ID);
		} catch (PartInitException e) {
			throw new ExecutionException(e.getMessage(), e);
		}
	}

	/** Closes the diagram editors showing {@code item}; whether there was one. Their edits stay in the shared model. */
	private static boolean close(IWorkbenchPage page, RepresentationItem item) {
		boolean closed = false;
		for (IEditorReference reference : page.getEditorReferences()) {
			try {
				if (reference.getEditorInput() instanceof DiagramEditorInput input && input.model().equals(item.model())
						&& item.name().equalsIgnoreCase(String.valueOf(input.representation()))) {
					closed |= page.closeEditors(new IEditorReference[] { reference }, false);
				}
			} catch (PartInitException e) {
				// an editor that cannot restore its input shows nothing of the representation
			}
		}
		return closed;
	}

	private static Representations editable(IFile model) throws ExecutionException {
		try {
			return ModelRepresentations.edit(model);
		} catch (ModelLoadException e) {
			throw new ExecutionException(e.getMessage(Locale.getDefault()), e);
		}
	}

	private static Object first(ISelection selection) {
		return selection instanceof IStructuredSelection structured ? structured.getFirstElement() : null;
	}

	private static IFile modelOf(Object selected, IEditorInput activeInput) {
		if (selected instanceof RepresentationItem item) {
			return item.model();
		}
		IFile file = selected instanceof EObject ? null : Adapters.adapt(selected, IFile.class);
		if (file == null && activeInput != null) {
			file = Adapters.adapt(activeInput, IFile.class);
		}
		return file != null && "segmentation".equals(file.getFileExtension()) ? file : null;
	}
}

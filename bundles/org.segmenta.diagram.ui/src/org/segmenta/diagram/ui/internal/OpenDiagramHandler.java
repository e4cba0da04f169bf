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
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.segmenta.diagram.DiagramKinds;
import org.segmenta.diagram.description.DiagramDescription;

/**
 * Opens a diagram kind (the command's {@code kind} parameter) on the selected
 * {@code .segmentation} file, or on the model of the active editor.
 */
public class OpenDiagramHandler extends AbstractHandler {

	public static final String COMMAND = "org.segmenta.diagram.ui.open";
	public static final String KIND = "org.segmenta.diagram.ui.kind";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		String kindId = event.getParameter(KIND);
		DiagramDescription kind = DiagramKinds.getDefault().in(Locale.getDefault()).find(kindId)
				.orElseThrow(() -> new ExecutionException("no diagram kind '" + kindId + "'"));
		IFile model = modelOf(HandlerUtil.getCurrentSelection(event), HandlerUtil.getActiveEditorInput(event));
		if (model == null) {
			throw new ExecutionException(NLS.bind(Messages.OpenDiagramHandler_selectModel, kind.getLabel()));
		}
		return open(HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage(), model, kind);
	}

	/** Opens (or activates) the diagram editor of {@code kind} on {@code model}. */
	public static DiagramEditor open(IWorkbenchPage page, IFile model, DiagramDescription kind) throws ExecutionException {
		try {
			return (DiagramEditor) page.openEditor(new DiagramEditorInput(model, kind), DiagramEditor.ID);
		} catch (PartInitException e) {
			throw new ExecutionException(e.getMessage(), e);
		}
	}

	static IFile modelOf(ISelection selection, IEditorInput activeInput) {
		if (selection instanceof IStructuredSelection structured && structured.getFirstElement() != null) {
			IFile file = Adapters.adapt(structured.getFirstElement(), IFile.class);
			if (file != null && "segmentation".equals(file.getFileExtension())) {
				return file;
			}
		}
		IFile file = activeInput == null ? null : Adapters.adapt(activeInput, IFile.class);
		return file != null && "segmentation".equals(file.getFileExtension()) ? file : null;
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.ui.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

/** Exports the active diagram to an SVG or PNG file the user chooses. */
public class ExportDiagramHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IEditorPart editor = HandlerUtil.getActiveEditor(event);
		if (!(editor instanceof DiagramEditor diagram)) {
			return null;
		}
		Shell shell = HandlerUtil.getActiveShellChecked(event);
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setText(Messages.ExportDiagramHandler_title);
		dialog.setFilterNames(new String[] { Messages.ExportDiagramHandler_svg, Messages.ExportDiagramHandler_png });
		dialog.setFilterExtensions(new String[] { "*.svg", "*.png" });
		dialog.setFileName(editor.getEditorInput().getName().replaceAll("[^\\p{L}\\p{N} ._-]+", "").strip() + ".svg");
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen == null) {
			return null;
		}
		Path file = Path.of(chosen);
		if (!file.getFileName().toString().matches("(?i).*\\.(svg|png)")) {
			file = file.resolveSibling(file.getFileName() + (dialog.getFilterIndex() == 1 ? ".png" : ".svg"));
		}
		try {
			diagram.exportTo(file);
		} catch (IOException | RuntimeException e) {
			ErrorDialog.openError(shell, Messages.ExportDiagramHandler_failed, Messages.ExportDiagramHandler_notExported,
					Status.error(file + ": " + e.getMessage(), e));
		}
		return null;
	}
}

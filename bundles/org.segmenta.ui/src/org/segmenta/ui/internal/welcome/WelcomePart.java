/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.ui.internal.welcome;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.FormText;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.TableWrapLayout;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.intro.IIntroPart;
import org.eclipse.ui.part.IntroPart;
import org.segmenta.ui.internal.editor.SegmentationEditor;

/** The first page a new user sees: what Segmenta is for, and the example one click away. */
public class WelcomePart extends IntroPart {

	static final String OPEN_EXAMPLE = "open-example";

	private FormToolkit toolkit;
	private ScrolledForm form;

	@Override
	public void createPartControl(Composite parent) {
		toolkit = new FormToolkit(parent.getDisplay());
		form = toolkit.createScrolledForm(parent);
		form.setText(Messages.WelcomePart_title);
		toolkit.decorateFormHeading(form.getForm());
		form.getBody().setLayout(new TableWrapLayout());
		FormText text = toolkit.createFormText(form.getBody(), true);
		text.setText(Messages.WelcomePart_text, true, false);
		text.addHyperlinkListener(new HyperlinkAdapter() {
			@Override
			public void linkActivated(HyperlinkEvent event) {
				if (OPEN_EXAMPLE.equals(event.getHref())) {
					openExample();
				}
			}
		});
	}

	/** Copies the example into a new workspace project, opens it in the model editor and steps aside. */
	public static SegmentationEditor openExample() {
		var window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		try {
			IFile model = ExampleProjects.createExampleProject(null);
			IWorkbenchPage page = window.getActivePage();
			SegmentationEditor editor = (SegmentationEditor) IDE.openEditor(page, model, SegmentationEditor.ID);
			IIntroPart intro = PlatformUI.getWorkbench().getIntroManager().getIntro();
			if (intro != null) {
				PlatformUI.getWorkbench().getIntroManager().closeIntro(intro);
			}
			return editor;
		} catch (PartInitException e) {
			ErrorDialog.openError(window.getShell(), Messages.WelcomePart_example, Messages.WelcomePart_openFailed,
					e.getStatus());
		} catch (CoreException e) {
			ErrorDialog.openError(window.getShell(), Messages.WelcomePart_example, Messages.WelcomePart_createFailed,
					e.getStatus());
		}
		return null;
	}

	@Override
	public void standbyStateChanged(boolean standby) {
		// one layout serves both the full and the standby size
	}

	@Override
	public void setFocus() {
		form.setFocus();
	}

	@Override
	public void dispose() {
		if (toolkit != null) {
			toolkit.dispose();
		}
		super.dispose();
	}
}

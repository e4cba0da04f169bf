/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.ui.internal.welcome;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.FormText;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.TableWrapLayout;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.intro.IIntroManager;
import org.eclipse.ui.intro.IIntroSite;
import org.eclipse.ui.part.IntroPart;
import org.segmenta.ui.internal.editor.SegmentationEditor;

/** The first page a new user sees: what Segmenta is for, and the example one click away. */
public class WelcomePart extends IntroPart {

	static final String OPEN_EXAMPLE = "open-example";

	private FormToolkit toolkit;
	private ScrolledForm form;
	/**
	 * Closes this page when an editor opens, or one already open is brought up again (opening its
	 * file a second time), while it covers the window, as opening the example does.
	 */
	private final IPartListener2 editorOpened = new IPartListener2() {
		@Override
		public void partOpened(IWorkbenchPartReference part) {
			if (part instanceof IEditorReference) {
				stepAside();
			}
		}

		@Override
		public void partActivated(IWorkbenchPartReference part) {
			partOpened(part);
		}
	};

	@Override
	public void init(IIntroSite site, IMemento memento) throws PartInitException {
		super.init(site, memento);
		site.getPage().addPartListener(editorOpened);
	}

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
			// the editor's opening closes this page (editorOpened)
			return (SegmentationEditor) IDE.openEditor(page, model, SegmentationEditor.ID);
		} catch (PartInitException e) {
			ErrorDialog.openError(window.getShell(), Messages.WelcomePart_example, Messages.WelcomePart_openFailed,
					e.getStatus());
		} catch (CoreException e) {
			ErrorDialog.openError(window.getShell(), Messages.WelcomePart_example, Messages.WelcomePart_createFailed,
					e.getStatus());
		}
		return null;
	}

	/**
	 * Closes this page if it still covers the window. An editor opened meanwhile (from the File menu,
	 * the Segmentation menu or a link here) would otherwise stay hidden behind it, and a diagram
	 * editor's page, hidden, would not even draw. Later, since closing a part while the workbench
	 * tells others of an opening one is not safe.
	 */
	private void stepAside() {
		getIntroSite().getShell().getDisplay().asyncExec(() -> {
			IIntroManager intros = PlatformUI.getWorkbench().getIntroManager();
			if (intros.getIntro() == this && !intros.isIntroStandby(this)) {
				intros.closeIntro(this);
			}
		});
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
		getIntroSite().getPage().removePartListener(editorOpened);
		if (toolkit != null) {
			toolkit.dispose();
		}
		super.dispose();
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.ui.internal.wizards;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.ContainerSelectionDialog;
import org.segmenta.report.ReportFormat;
import org.segmenta.report.ReportWriter;
import org.segmenta.ui.internal.editor.OpenModels;
import org.segmenta.ui.internal.editor.SegmentationEditor;

/** Which model, which formats of the report, and the workspace folder they go into. */
public class ReportExportPage extends WizardPage {

	private final WorkspaceModels models;
	private final IFile initialModel;
	private Combo modelCombo;
	private Text folderText;
	private final Map<ReportFormat, Button> formats = new LinkedHashMap<>();

	ReportExportPage(WorkspaceModels models, IFile initialModel) {
		super("report");
		this.models = models;
		this.initialModel = initialModel;
		setTitle(Messages.ReportExportPage_title);
		setDescription(Messages.ReportExportPage_description);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(3, false));
		new Label(page, SWT.NONE).setText(Messages.ReportExportPage_model);
		modelCombo = models.combo(page, initialModel);
		modelCombo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		modelCombo.addListener(SWT.Selection, e -> modelChanged());

		new Label(page, SWT.NONE).setText(Messages.ReportExportPage_folder);
		folderText = new Text(page, SWT.BORDER);
		folderText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		folderText.addListener(SWT.Modify, e -> validate());
		Button browse = new Button(page, SWT.PUSH);
		browse.setText(Messages.ReportExportPage_browse);
		browse.addListener(SWT.Selection, e -> browse());

		Label title = new Label(page, SWT.NONE);
		title.setText(Messages.ReportExportPage_formats);
		title.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
		Composite list = new Composite(page, SWT.NONE);
		list.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		list.setLayout(new GridLayout(2, false));
		for (ReportFormat format : new ReportWriter().formats()) {
			Button check = new Button(list, SWT.CHECK);
			check.setText(format.name());
			check.setSelection(true);
			check.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
			check.addListener(SWT.Selection, e -> validate());
			Label description = new Label(list, SWT.WRAP);
			description.setText(format.description());
			GridData descriptionData = new GridData(SWT.FILL, SWT.TOP, true, false);
			descriptionData.widthHint = 420;
			description.setLayoutData(descriptionData);
			formats.put(format, check);
		}

		modelChanged();
		setControl(page);
	}

	private void browse() {
		ContainerSelectionDialog dialog = new ContainerSelectionDialog(getShell(), folder(), true,
				Messages.ReportExportPage_chooseFolder);
		if (dialog.open() == ContainerSelectionDialog.OK && dialog.getResult().length > 0) {
			folderText.setText(((IPath) dialog.getResult()[0]).makeRelative().toString());
		}
	}

	private void modelChanged() {
		IFile model = model();
		if (model != null) {
			folderText.setText(model.getParent().getFullPath().append("report").makeRelative().toString());
		}
		validate();
	}

	private void validate() {
		String problem = null;
		IFile model = model();
		if (model == null) {
			problem = Messages.WorkspaceModels_none;
		} else if (folder() == null) {
			problem = Messages.ReportExportPage_folderOutside;
		} else if (formatIds().isEmpty()) {
			problem = Messages.ReportExportPage_noFormat;
		}
		setErrorMessage(problem);
		SegmentationEditor editor = model == null ? null : OpenModels.editor(model, false);
		setMessage(editor != null && editor.isDirty()
				? Messages.ReportExportPage_unsaved : null,
				IMessageProvider.WARNING);
		setPageComplete(problem == null);
	}

	IFile model() {
		return models.chosen(modelCombo);
	}

	/** The workspace folder typed or chosen (it need not exist yet), or {@code null}. */
	IContainer folder() {
		String text = folderText == null ? "" : folderText.getText().strip();
		IPath path = IPath.fromPortableString(text).makeAbsolute();
		if (text.isEmpty() || path.segmentCount() == 0) {
			return null;
		}
		var root = ResourcesPlugin.getWorkspace().getRoot();
		if (path.segmentCount() == 1) {
			return root.getProject(path.segment(0)).isAccessible() ? root.getProject(path.segment(0)) : null;
		}
		IResource project = root.getProject(path.segment(0));
		return project.isAccessible() ? root.getFolder(path) : null;
	}

	/** The ids of the formats ticked. */
	List<String> formatIds() {
		return formats.entrySet().stream().filter(entry -> entry.getValue().getSelection())
				.map(entry -> entry.getKey().id()).toList();
	}

	/** Ticks exactly the formats with these ids, as the user does. */
	public void setFormats(Set<String> ids) {
		formats.forEach((format, check) -> check.setSelection(ids.contains(format.id())));
		validate();
	}

	/** Types the folder, relative to the workspace, as the user does. */
	public void setFolder(String workspacePath) {
		folderText.setText(workspacePath);
	}
}

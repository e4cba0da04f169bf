/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.ui.internal.wizards;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** The project's name and whether it starts empty or from the example. */
class NewSegmentationProjectPage extends WizardPage {

	private Text name;
	private Button example;

	NewSegmentationProjectPage() {
		super("project");
		setTitle(Messages.NewSegmentationProjectPage_title);
		setDescription(Messages.NewSegmentationProjectPage_description);
	}

	@Override
	public void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		body.setLayout(new GridLayout(2, false));
		new Label(body, SWT.NONE).setText(Messages.NewSegmentationProjectPage_projectName);
		name = new Text(body, SWT.BORDER);
		name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		name.addModifyListener(e -> validate());
		Button empty = new Button(body, SWT.RADIO);
		empty.setText(Messages.NewSegmentationProjectPage_empty);
		empty.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		empty.setSelection(true);
		example = new Button(body, SWT.RADIO);
		example.setText(Messages.NewSegmentationProjectPage_example);
		example.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		setControl(body);
		validate();
	}

	private void validate() {
		String text = name.getText().strip();
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		IStatus status = workspace.validateName(text, IResource.PROJECT);
		String problem = text.isEmpty() ? null
				: !status.isOK() ? status.getMessage()
						: workspace.getRoot().getProject(text).exists() ? NLS.bind(Messages.NewSegmentationProjectWizard_exists, text)
								: null;
		setErrorMessage(problem);
		setPageComplete(!text.isEmpty() && problem == null);
	}

	String projectName() {
		return name.getText().strip();
	}

	boolean fromExample() {
		return example.getSelection();
	}
}

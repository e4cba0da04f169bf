/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.segmenta.diagram.Representations;
import org.segmenta.diagram.description.DiagramDescription;
import org.segmenta.model.Identified;
import org.segmenta.model.Project;

/**
 * Asks for the kind, the root element and the name of a new representation. The name follows the
 * kind and root ("Persona board: Values segmentation 2026") until the user types one; the kinds
 * offered are those that can be rooted at the element the dialog was opened on.
 */
final class NewRepresentationDialog extends TitleAreaDialog {

	private final Representations representations;
	private final EObject preferredRoot;
	private final List<DiagramDescription> kinds = new ArrayList<>();
	private final List<EObject> roots = new ArrayList<>();
	private Combo kindCombo;
	private Combo rootCombo;
	private Text nameText;
	private boolean nameTyped;
	private boolean suggesting;
	private String kindId;
	private String rootId;
	private String name;

	NewRepresentationDialog(Shell shell, Representations representations, EObject preferredRoot) {
		super(shell);
		this.representations = representations;
		this.preferredRoot = preferredRoot instanceof Project ? null : preferredRoot;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.NewRepresentationDialog_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(Messages.NewRepresentationDialog_title);
		setMessage(Messages.NewRepresentationDialog_message);
		Composite fields = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(fields);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);
		new Label(fields, SWT.NONE).setText(Messages.NewRepresentationDialog_kind);
		kindCombo = new Combo(fields, SWT.READ_ONLY);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(kindCombo);
		for (DiagramDescription kind : representations.kinds().all()) {
			if (preferredRoot == null || representations.rootCandidates(kind).contains(preferredRoot)) {
				kinds.add(kind);
				kindCombo.add(kind.getLabel());
			}
		}
		new Label(fields, SWT.NONE).setText(Messages.NewRepresentationDialog_root);
		rootCombo = new Combo(fields, SWT.READ_ONLY);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(rootCombo);
		new Label(fields, SWT.NONE).setText(Messages.NewRepresentationDialog_name);
		nameText = new Text(fields, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(nameText);
		kindCombo.addListener(SWT.Selection, event -> kindChosen());
		rootCombo.addListener(SWT.Selection, event -> suggestName());
		nameText.addListener(SWT.Modify, event -> {
			nameTyped |= !suggesting;
			check();
		});
		if (!kinds.isEmpty()) {
			kindCombo.select(0);
			kindChosen();
		}
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		check();
	}

	private void kindChosen() {
		DiagramDescription kind = kinds.get(kindCombo.getSelectionIndex());
		roots.clear();
		rootCombo.removeAll();
		roots.add(null);
		rootCombo.add(Messages.NewRepresentationDialog_wholeModel);
		for (EObject candidate : representations.rootCandidates(kind)) {
			roots.add(candidate);
			rootCombo.add(Representations.label(candidate));
		}
		rootCombo.select(Math.max(0, roots.indexOf(preferredRoot)));
		suggestName();
	}

	private void suggestName() {
		if (!nameTyped && kindCombo.getSelectionIndex() >= 0) {
			suggesting = true;
			nameText.setText(representations.suggestName(kinds.get(kindCombo.getSelectionIndex()).getId(), selectedRoot()));
			suggesting = false;
		}
		check();
	}

	private EObject selectedRoot() {
		int index = rootCombo.getSelectionIndex();
		return index < 0 ? null : roots.get(index);
	}

	private void check() {
		String problem = null;
		if (kinds.isEmpty()) {
			problem = Messages.NewRepresentationDialog_noKind;
		} else if (nameText.getText().isBlank()) {
			problem = Messages.NewRepresentationDialog_nameMissing;
		} else if (representations.find(nameText.getText()).isPresent()) {
			problem = Messages.NewRepresentationDialog_nameTaken;
		}
		setErrorMessage(problem);
		if (getButton(IDialogConstants.OK_ID) != null) {
			getButton(IDialogConstants.OK_ID).setEnabled(problem == null);
		}
	}

	@Override
	protected void okPressed() {
		kindId = kinds.get(kindCombo.getSelectionIndex()).getId();
		EObject root = selectedRoot();
		rootId = root == null ? null : ((Identified) root).getId();
		name = nameText.getText().strip();
		super.okPressed();
	}

	String kindId() {
		return kindId;
	}

	String rootId() {
		return rootId;
	}

	String name() {
		return name;
	}
}

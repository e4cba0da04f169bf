/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.ui.internal.editor;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.segmenta.model.Project;
import org.segmenta.model.SegmentaFactory;
import org.segmenta.model.SegmentaPackage;
import org.segmenta.model.ValueCommunity;
import org.segmenta.ui.internal.properties.ElementFeatures;
import org.segmenta.ui.internal.properties.FieldGroup;
import org.segmenta.ui.internal.validation.StatementPhrase;
import org.segmenta.ui.internal.viewers.ItemProviderLabelProvider;
import org.segmenta.validation.ValidationSettings;
import org.eclipse.osgi.util.NLS;

/**
 * Value communities: the communities and their sub-communities as a tree, and the selected one's
 * statement ("Those of us who ..."), values and members (segments and personas) to edit. Every
 * change is a command on the editor's stack.
 */
public class ValueCommunitiesPage {

	private static final SegmentaPackage MODEL = SegmentaPackage.eINSTANCE;

	private final FormToolkit toolkit;
	private final ScrolledForm form;
	private final Project project;
	private final EditingDomain domain;
	private final StatementPhrase phrase;
	private final TreeViewer tree;
	private final Button addSub;
	private final Button remove;
	private final Composite details;
	private ValueCommunity shown;
	private FieldGroup statement;
	private FieldGroup rest;
	private Label hint;

	ValueCommunitiesPage(Composite parent, Project project, EditingDomain domain, AdapterFactory adapterFactory,
			StatementPhrase phrase) {
		this.project = project;
		this.domain = domain;
		this.phrase = phrase;
		toolkit = new FormToolkit(parent.getDisplay());
		form = toolkit.createScrolledForm(parent);
		form.setText(Messages.ValueCommunitiesPage_title);
		toolkit.decorateFormHeading(form.getForm());
		form.getBody().setLayout(new GridLayout(2, false));

		Section list = section(Messages.ValueCommunitiesPage_communities, Messages.ValueCommunitiesPage_communitiesDescription);
		GridData listData = new GridData(SWT.FILL, SWT.FILL, false, true);
		listData.widthHint = 380;
		list.setLayoutData(listData);
		Composite listBody = toolkit.createComposite(list);
		listBody.setLayout(new GridLayout(2, false));
		tree = new TreeViewer(toolkit.createTree(listBody, SWT.BORDER | SWT.SINGLE));
		GridData treeData = new GridData(SWT.FILL, SWT.FILL, true, true);
		treeData.widthHint = 200;
		treeData.heightHint = 260;
		tree.getTree().setLayoutData(treeData);
		tree.setContentProvider(new CommunityTree());
		tree.setLabelProvider(new ItemProviderLabelProvider(adapterFactory) {
			@Override
			public String getText(Object element) {
				String name = ((ValueCommunity) element).getName();
				return name == null || name.isBlank() ? super.getText(element) : name;
			}
		});
		tree.setAutoExpandLevel(TreeViewer.ALL_LEVELS);
		tree.addSelectionChangedListener(e -> show(selected()));
		Composite buttons = toolkit.createComposite(listBody);
		buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
		GridLayout buttonLayout = new GridLayout(1, true);
		buttonLayout.marginWidth = 0;
		buttons.setLayout(buttonLayout);
		button(buttons, Messages.ValueCommunitiesPage_addCommunity, () -> add(project, MODEL.getProject_ValueCommunities()));
		addSub = button(buttons, Messages.ValueCommunitiesPage_addSubCommunity, () -> add(selected(), MODEL.getValueCommunity_SubCommunities()));
		remove = button(buttons, Messages.ValueCommunitiesPage_remove, this::removeSelected);
		list.setClient(listBody);

		Section detailSection = section(Messages.ValueCommunitiesPage_community, Messages.ValueCommunitiesPage_communityDescription);
		GridData detailData = new GridData(SWT.FILL, SWT.FILL, true, true);
		detailData.widthHint = 300;
		detailSection.setLayoutData(detailData);
		details = toolkit.createComposite(detailSection);
		GridLayout detailLayout = new GridLayout(2, false);
		detailLayout.horizontalSpacing = 12;
		details.setLayout(detailLayout);
		detailSection.setClient(details);

		tree.setInput(project);
		form.addDisposeListener(e -> toolkit.dispose());
		if (!project.getValueCommunities().isEmpty()) {
			tree.setSelection(new StructuredSelection(project.getValueCommunities().get(0)));
		} else {
			show(null);
		}
	}

	private Section section(String title, String description) {
		Section section = toolkit.createSection(form.getBody(), Section.TITLE_BAR | Section.DESCRIPTION | Section.EXPANDED);
		section.setText(title);
		section.setDescription(description);
		return section;
	}

	private Button button(Composite parent, String text, Runnable action) {
		Button button = toolkit.createButton(parent, text, SWT.PUSH);
		button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		button.addListener(SWT.Selection, e -> action.run());
		return button;
	}

	Control getControl() {
		return form;
	}

	TreeViewer getViewer() {
		return tree;
	}

	/** The community selected in the tree, or {@code null}. */
	public ValueCommunity selected() {
		return (ValueCommunity) tree.getStructuredSelection().getFirstElement();
	}

	/** Selects {@code community} in the tree and shows it. */
	public void select(ValueCommunity community) {
		tree.setSelection(community == null ? StructuredSelection.EMPTY : new StructuredSelection(community), true);
	}

	/** Adds a new, empty community under {@code owner} (the project or a community) and selects it. */
	public ValueCommunity add(EObject owner, EReference list) {
		ValueCommunity community = SegmentaFactory.eINSTANCE.createValueCommunity();
		community.setName(owner == project ? Messages.ValueCommunitiesPage_newCommunity : Messages.ValueCommunitiesPage_newSubCommunity);
		Command add = AddCommand.create(domain, owner, list, community);
		if (add.canExecute()) {
			domain.getCommandStack().execute(add);
			tree.refresh();
			select(community);
		}
		return community;
	}

	private void removeSelected() {
		ValueCommunity community = selected();
		if (community != null) {
			domain.getCommandStack().execute(DeleteCommand.create(domain, List.of(community)));
			tree.refresh();
			select(project.getValueCommunities().isEmpty() ? null : project.getValueCommunities().get(0));
		}
	}

	private void show(ValueCommunity community) {
		addSub.setEnabled(community != null);
		remove.setEnabled(community != null);
		if (community == shown && community != null) {
			return;
		}
		shown = community;
		for (Control old : details.getChildren()) {
			old.dispose();
		}
		statement = null;
		rest = null;
		if (community == null) {
			Label none = toolkit.createLabel(details, Messages.ValueCommunitiesPage_none);
			none.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		} else {
			var type = community.eClass();
			statement = new FieldGroup(toolkit, details, community, ElementFeatures.named(type, "name", "statement"));
			toolkit.createLabel(details, "");
			hint = toolkit.createLabel(details, "", SWT.WRAP);
			hint.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
			rest = new FieldGroup(toolkit, details, community, ElementFeatures.named(type, "description", "values",
					"segments", "personas", "memberCount", "share"));
			updateHint();
		}
		form.reflow(true);
	}

	private void updateHint() {
		if (hint == null || hint.isDisposed() || shown == null) {
			return;
		}
		String start = phrase.of(project);
		boolean ok = ValidationSettings.beginsWithPhrase(shown.getStatement(), start);
		hint.setText(ok ? NLS.bind(Messages.ValueCommunitiesPage_statementOk, start) : NLS.bind(Messages.ValueCommunitiesPage_statementMissing, start));
		hint.setForeground(ok ? null : hint.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
	}

	/** The fields of the community shown: name and statement first, then values and members. */
	public List<FieldGroup> fields() {
		return statement == null ? List.of() : List.of(statement, rest);
	}

	void refresh() {
		if (form.isDisposed()) {
			return;
		}
		tree.refresh();
		if (shown != null && shown.eContainer() == null) {
			select(project.getValueCommunities().isEmpty() ? null : project.getValueCommunities().get(0));
			return;
		}
		fields().forEach(FieldGroup::refresh);
		updateHint();
	}

	/** Communities at the top, their sub-communities beneath. */
	private static final class CommunityTree implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return ((Project) input).getValueCommunities().toArray();
		}

		@Override
		public Object[] getChildren(Object parent) {
			return ((ValueCommunity) parent).getSubCommunities().toArray();
		}

		@Override
		public Object getParent(Object element) {
			return ((EObject) element).eContainer();
		}

		@Override
		public boolean hasChildren(Object element) {
			return !((ValueCommunity) element).getSubCommunities().isEmpty();
		}
	}
}

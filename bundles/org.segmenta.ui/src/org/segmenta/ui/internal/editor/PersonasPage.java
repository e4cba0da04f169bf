/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.ui.internal.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.FormText;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.forms.widgets.TableWrapData;
import org.eclipse.ui.forms.widgets.TableWrapLayout;
import org.segmenta.model.JourneyQuestion;
import org.segmenta.model.Persona;
import org.segmenta.model.Project;
import org.segmenta.model.SegmentaFactory;
import org.segmenta.model.SegmentaPackage;
import org.segmenta.ui.internal.properties.ElementFeatures;
import org.segmenta.ui.internal.properties.FieldGroup;

/**
 * One card per persona with the fields a consultant fills in: identity, quote and story, goals,
 * challenges, motivations and barriers (one per line), channels, segments and value communities.
 * Every change is a command on the editor's stack.
 */
public class PersonasPage {

	/** The card's fields, in the order a consultant writes a persona. */
	private static final String[] CARD_FEATURES = { "name", "age", "occupation", "home", "family", "education",
			"quote", "narrative", "goals", "challenges", "motivations", "barriers", "channels", "segments",
			"valueCommunities" };

	private final FormToolkit toolkit;
	private final ScrolledForm form;
	private final Project project;
	private final EditingDomain domain;
	private final List<Persona> shown = new ArrayList<>();
	private final List<Card> cards = new ArrayList<>();

	PersonasPage(Composite parent, Project project, EditingDomain domain) {
		this.project = project;
		this.domain = domain;
		toolkit = new FormToolkit(parent.getDisplay());
		form = toolkit.createScrolledForm(parent);
		form.setText(Messages.PersonasPage_title);
		toolkit.decorateFormHeading(form.getForm());
		Action add = new Action(Messages.PersonasPage_add) {
			@Override
			public void run() {
				addPersona();
			}
		};
		add.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_OBJ_ADD));
		add.setToolTipText(Messages.PersonasPage_addTooltip);
		form.getToolBarManager().add(add);
		form.updateToolBar();
		TableWrapLayout layout = new TableWrapLayout();
		layout.numColumns = 2;
		layout.makeColumnsEqualWidth = true;
		layout.horizontalSpacing = 16;
		layout.verticalSpacing = 16;
		form.getBody().setLayout(layout);
		refresh();
		form.addDisposeListener(e -> toolkit.dispose());
	}

	Control getControl() {
		return form;
	}

	/** Adds an unnamed persona as one command; its card appears with the next refresh. */
	public Persona addPersona() {
		Persona persona = SegmentaFactory.eINSTANCE.createPersona();
		persona.setName(Messages.PersonasPage_newPersona);
		domain.getCommandStack().execute(
				AddCommand.create(domain, project, SegmentaPackage.Literals.PROJECT__PERSONAS, persona));
		refresh();
		return persona;
	}

	/** The fields of each card, in the personas' order. */
	public List<FieldGroup> cards() {
		return cards.stream().map(card -> card.fields).toList();
	}

	void refresh() {
		if (form.isDisposed()) {
			return;
		}
		if (!shown.equals(project.getPersonas())) {
			syncCards();
		} else {
			cards.forEach(Card::refresh);
		}
	}

	/**
	 * Cards for personas that came, none for those that went, in the personas' order; the others
	 * are kept and refreshed, since building a card is the expensive part.
	 */
	private void syncCards() {
		Map<Persona, Card> existing = new HashMap<>();
		for (Card card : cards) {
			if (project.getPersonas().contains(card.persona)) {
				existing.put(card.persona, card);
			} else {
				card.section.dispose();
			}
		}
		cards.clear();
		Control previous = null;
		for (Persona persona : project.getPersonas()) {
			Card card = existing.get(persona);
			if (card == null) {
				card = new Card(persona);
			} else {
				card.refresh();
			}
			if (previous == null) {
				card.section.moveAbove(null);
			} else {
				card.section.moveBelow(previous);
			}
			previous = card.section;
			cards.add(card);
		}
		shown.clear();
		shown.addAll(project.getPersonas());
		form.reflow(true);
	}

	private final class Card {
		private final Persona persona;
		private final Section section;
		private final FieldGroup fields;
		private final FormText journey;
		private String journeyMarkup;

		Card(Persona persona) {
			this.persona = persona;
			section = toolkit.createSection(form.getBody(), Section.TITLE_BAR | Section.EXPANDED);
			section.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB));
			Hyperlink remove = toolkit.createHyperlink(section, Messages.PersonasPage_remove, SWT.NONE);
			remove.setToolTipText(Messages.PersonasPage_removeTooltip);
			remove.addHyperlinkListener(new HyperlinkAdapter() {
				@Override
				public void linkActivated(HyperlinkEvent e) {
					domain.getCommandStack().execute(DeleteCommand.create(domain, List.of(persona)));
				}
			});
			section.setTextClient(remove);
			Composite body = toolkit.createComposite(section);
			GridLayout grid = new GridLayout(2, false);
			grid.horizontalSpacing = 10;
			body.setLayout(grid);
			fields = new FieldGroup(toolkit, body, persona, ElementFeatures.named(persona.eClass(), CARD_FEATURES));
			toolkit.createLabel(body, Messages.PersonasPage_journey).setLayoutData(
					new GridData(SWT.LEFT, SWT.TOP, false, false));
			journey = toolkit.createFormText(body, false);
			GridData journeyData = new GridData(SWT.FILL, SWT.TOP, true, false);
			journeyData.widthHint = 120; // wraps to the card instead of widening it
			journey.setLayoutData(journeyData);
			section.setClient(body);
			refresh();
		}

		void refresh() {
			String title = persona.getName() == null || persona.getName().isBlank() ? Messages.PersonasPage_unnamed
					: persona.getName();
			boolean changed = !title.equals(section.getText());
			if (changed) {
				section.setText(title);
			}
			fields.refresh();
			StringBuilder text = new StringBuilder("<form>");
			for (JourneyQuestion question : persona.getJourneyQuestions()) {
				String stage = question.getStage() == null ? "" : question.getStage().getName() + ": ";
				text.append("<li>").append(FormMarkup.escape(stage)).append(FormMarkup.escape(question.getQuestion()))
						.append("</li>");
			}
			if (persona.getJourneyQuestions().isEmpty()) {
				text.append("<p>" + FormMarkup.escape(Messages.PersonasPage_noQuestions) + "</p>");
			}
			String markup = text.append("</form>").toString();
			if (!markup.equals(journeyMarkup)) {
				journey.setText(markup, true, false);
				journeyMarkup = markup;
				changed = true;
			}
			if (changed) {
				section.layout(true, true);
			}
		}
	}
}

package org.segmenta.ui.internal.editor;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.widgets.FormText;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.forms.widgets.TableWrapData;
import org.eclipse.ui.forms.widgets.TableWrapLayout;
import org.segmenta.model.JourneyQuestion;
import org.segmenta.model.NamedElement;
import org.segmenta.model.Persona;
import org.segmenta.model.Project;

/** One card per persona with the fields a consultant fills in and presents. */
class PersonasPage {

	private final FormToolkit toolkit;
	private final ScrolledForm form;
	private final Project project;

	PersonasPage(Composite parent, Project project) {
		this.project = project;
		toolkit = new FormToolkit(parent.getDisplay());
		form = toolkit.createScrolledForm(parent);
		form.setText("Personas");
		toolkit.decorateFormHeading(form.getForm());
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

	void refresh() {
		if (form.isDisposed()) {
			return;
		}
		for (Control card : form.getBody().getChildren()) {
			card.dispose();
		}
		for (Persona persona : project.getPersonas()) {
			card(persona);
		}
		form.reflow(true);
	}

	private void card(Persona persona) {
		Section card = toolkit.createSection(form.getBody(),
				Section.TITLE_BAR | Section.DESCRIPTION | Section.EXPANDED);
		card.setText(persona.getName() == null ? "(unnamed persona)" : persona.getName());
		card.setDescription(String.join(", ", nonEmpty(persona.getAge() > 0 ? persona.getAge() + " years" : null,
				persona.getOccupation(), persona.getHome())));
		card.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB));
		FormText body = toolkit.createFormText(card, false);
		StringBuilder text = new StringBuilder("<form>");
		if (persona.getQuote() != null) {
			text.append("<p><b>\u201c").append(FormMarkup.escape(persona.getQuote())).append("\u201d</b></p>");
		}
		if (!persona.getSegments().isEmpty()) {
			text.append("<p>Segments: ").append(FormMarkup.escape(names(persona.getSegments()))).append("</p>");
		}
		list(text, "Goals", persona.getGoals());
		list(text, "Challenges", persona.getChallenges());
		list(text, "Motivations", persona.getMotivations());
		list(text, "Barriers", persona.getBarriers());
		if (!persona.getChannels().isEmpty()) {
			text.append("<p><b>Channels</b>: ").append(FormMarkup.escape(names(persona.getChannels()))).append("</p>");
		}
		if (!persona.getJourneyQuestions().isEmpty()) {
			text.append("<p><b>Questions along the journey</b></p>");
			for (JourneyQuestion question : persona.getJourneyQuestions()) {
				String stage = question.getStage() == null ? "" : question.getStage().getName() + ": ";
				text.append("<li>").append(FormMarkup.escape(stage)).append(FormMarkup.escape(question.getQuestion())).append("</li>");
			}
		}
		body.setText(text.append("</form>").toString(), true, false);
		card.setClient(body);
	}

	private static void list(StringBuilder text, String title, List<String> items) {
		if (items.isEmpty()) {
			return;
		}
		text.append("<p><b>").append(title).append("</b></p>");
		for (String item : items) {
			text.append("<li>").append(FormMarkup.escape(item)).append("</li>");
		}
	}

	private static List<String> nonEmpty(String... parts) {
		return java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).toList();
	}

	private static String names(List<? extends NamedElement> elements) {
		return elements.stream().map(NamedElement::getName).collect(Collectors.joining(", "));
	}
}

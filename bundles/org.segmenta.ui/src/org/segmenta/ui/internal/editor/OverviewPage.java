/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.ui.internal.editor;

import java.text.NumberFormat;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.widgets.FormText;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.forms.widgets.TableWrapData;
import org.eclipse.ui.forms.widgets.TableWrapLayout;
import org.segmenta.model.Persona;
import org.segmenta.model.Project;
import org.segmenta.model.Segment;
import org.segmenta.model.Segmentation;
import org.segmenta.model.edit.ModelWords;
import org.segmenta.model.summary.ModelSummary;

/** The project at a glance: who it is for, its segmentations with key figures, and its personas. */
class OverviewPage {

	private final FormToolkit toolkit;
	private final ScrolledForm form;
	private final Project project;
	private final FormText audience;
	private final FormText segmentations;
	private final FormText personas;
	private final FormText figures;
	private String segmentationsText = "";
	private String figuresText = "";

	OverviewPage(Composite parent, Project project) {
		this.project = project;
		toolkit = new FormToolkit(parent.getDisplay());
		form = toolkit.createScrolledForm(parent);
		toolkit.decorateFormHeading(form.getForm());
		TableWrapLayout layout = new TableWrapLayout();
		layout.numColumns = 2;
		layout.makeColumnsEqualWidth = true;
		form.getBody().setLayout(layout);
		audience = section(Messages.OverviewPage_audience, 2);
		segmentations = section(Messages.OverviewPage_segmentations, 1);
		personas = section(Messages.OverviewPage_personas, 1);
		figures = section(Messages.OverviewPage_figures, 2);
		refresh();
		form.addDisposeListener(e -> toolkit.dispose());
	}

	private FormText section(String title, int span) {
		Section section = toolkit.createSection(form.getBody(), Section.TITLE_BAR | Section.EXPANDED);
		section.setText(title);
		TableWrapData data = new TableWrapData(TableWrapData.FILL_GRAB);
		data.colspan = span;
		section.setLayoutData(data);
		FormText text = toolkit.createFormText(section, true);
		text.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		section.setClient(text);
		return text;
	}

	Control getControl() {
		return form;
	}

	/** The segmentations' and the figures' texts as shown, in form markup. */
	String shownText() {
		return segmentationsText + "\n" + figuresText;
	}

	void refresh() {
		if (form.isDisposed()) {
			return;
		}
		form.setText(FormMarkup.escape(project.getName()));
		audience.setText("<form><p><b>" + FormMarkup.escape(project.getOrganisation()) + "</b></p><p>"
				+ FormMarkup.escape(project.getAudience()) + "</p></form>", true, false);

		// the workbench's language (-nl) words the perspective and writes the shares: "22 %" in Danish
		Locale language = Locale.getDefault();
		NumberFormat percent = NumberFormat.getPercentInstance(language);
		StringBuilder list = new StringBuilder("<form>");
		for (Segmentation segmentation : project.getSegmentations()) {
			list.append("<p><b>").append(FormMarkup.escape(segmentation.getName())).append("</b>")
					.append(segmentation.isPrimary() ? Messages.OverviewPage_primary : "").append(" - ")
					.append(FormMarkup.escape(ModelWords.inSentence(segmentation.getPerspective(), language)))
					.append("</p>");
			for (Segment segment : segmentation.getSegments()) {
				list.append("<li>").append(FormMarkup.escape(segment.getName())).append("  ")
						.append(FormMarkup.escape(percent.format(segment.getAudienceShare()))).append("</li>");
			}
		}
		segmentationsText = list.toString();
		segmentations.setText(list.append("</form>").toString(), true, false);

		StringBuilder people = new StringBuilder("<form>");
		for (Persona persona : project.getPersonas()) {
			people.append("<li><b>").append(FormMarkup.escape(persona.getName())).append("</b>, ").append(persona.getAge())
					.append(" - ").append(FormMarkup.escape(persona.getHome())).append("</li>");
			if (persona.getQuote() != null) {
				people.append("<li style=\"text\" value=\"\" bindent=\"16\">\u201c")
						.append(FormMarkup.escape(persona.getQuote())).append("\u201d</li>");
			}
		}
		personas.setText(people.append("</form>").toString(), true, false);

		ModelSummary summary = ModelSummary.of(project);
		StringBuilder counts = new StringBuilder("<form><p>");
		summary.counts().forEach((kind, count) -> {
			if (count > 0) {
				counts.append(FormMarkup.escape(ModelWords.kind(kind))).append(": <b>")
						.append(NumberFormat.getIntegerInstance(language).format(count)).append("</b>&#160;&#160;&#160; ");
			}
		});
		figuresText = counts.toString();
		figures.setText(counts.append("</p></form>").toString(), true, false);
		form.reflow(true);
	}
}

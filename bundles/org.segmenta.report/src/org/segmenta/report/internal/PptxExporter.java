/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.report.internal;

import static org.segmenta.report.ReportText.label;
import static org.segmenta.report.ReportText.labels;
import static org.segmenta.report.ReportText.text;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.poi.sl.usermodel.PictureData.PictureType;
import org.apache.poi.sl.usermodel.ShapeType;
import org.apache.poi.sl.usermodel.TextShape.TextAutofit;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.eclipse.core.runtime.IProgressMonitor;
import org.segmenta.model.Persona;
import org.segmenta.model.Project;
import org.segmenta.model.Segment;
import org.segmenta.model.Segmentation;
import org.segmenta.model.ValueCommunity;
import org.segmenta.report.ChartPalette;
import org.segmenta.report.ReportChart;
import org.segmenta.report.ReportFigure;
import org.segmenta.report.ReportFigure.Place;
import org.segmenta.report.ReportExporter;
import org.segmenta.report.ReportFiles;
import org.segmenta.report.ReportInput;
import org.segmenta.report.ReportLanguage;
import org.segmenta.report.ReportLimits;
import org.segmenta.report.ReportText;

/**
 * {@code report.pptx}, the consultant's deck (16:9): a title slide, the overview charts, one slide
 * per segment, a persona card per persona (name, quote, goals, challenges, channels, journey
 * questions) and the value communities.
 */
public class PptxExporter implements ReportExporter {

	public static final String FILE_NAME = "report.pptx";

	static final int WIDTH = 960;
	static final int HEIGHT = 540;
	private static final int MARGIN = 36;
	/** The smallest text of a chart or diagram on a slide, in points. */
	static final double MINIMUM_TEXT = 9;
	private static final int TITLE_HEIGHT = 44;
	/** A font every office suite has or maps (LibreOffice: Liberation Sans). */
	private static final String FONT = "Arial";
	private static final Color DARK = new Color(0x1F3B54);
	private static final Color MUTED = new Color(0x5F6B76);

	@Override
	public void export(ReportInput input, ReportFiles files, IProgressMonitor monitor) throws IOException {
		new Deck(input.language()).export(input, files, monitor);
	}

	/** One deck being written, in one language. */
	private static final class Deck {
		private final ReportLanguage language;

		Deck(ReportLanguage language) {
			this.language = language;
		}

		void export(ReportInput input, ReportFiles files, IProgressMonitor monitor) throws IOException {
			Project project = input.project();
			try (XMLSlideShow deck = new XMLSlideShow()) {
				deck.setPageSize(new Dimension(WIDTH, HEIGHT));
				// a step a slide: the chart slides wait for their PNGs, so cancelling stops between them
				List<Runnable> slides = new ArrayList<>();
				slides.add(() -> titleSlide(deck, project));
				slides.add(() -> agendaSlide(deck, input));
				Segmentation primary = project.getPrimarySegmentation();
				if (primary != null) {
					slides.add(() -> chartSlide(deck, input.charts().segmentSizes(primary)));
					slides.add(() -> chartSlide(deck, input.charts().sizeByPotential(primary)));
					if (!primary.getSegments().isEmpty()) {
						slides.add(() -> segmentCardsSlide(deck, SegmentCards.of(primary, language)));
					}
				}
				figureSlides(slides, deck, input, Place.SEGMENTATIONS);
				List<SegmentRow> segments = SegmentRow.all(project);
				for (SegmentRow row : segments.subList(0, Math.min(segments.size(), ReportLimits.SEGMENTS))) {
					slides.add(() -> segmentSlide(deck, row));
				}
				List<Persona> personas = project.getPersonas();
				for (Persona persona : personas.subList(0, Math.min(personas.size(), ReportLimits.PERSONAS))) {
					slides.add(() -> personaSlide(deck, persona));
				}
				figureSlides(slides, deck, input, Place.PERSONAS);
				if (!project.getValueCommunities().isEmpty()) {
					List<ValueCommunity> communities = project.getValueCommunities();
					slides.add(() -> communitySlide(deck, communities.subList(0, Math.min(communities.size(), ReportLimits.PAGE_ITEMS))));
					slides.add(() -> chartSlide(deck, input.charts().communityOverlap()));
				}
				figureSlides(slides, deck, input, Place.VALUE_COMMUNITIES);
				figureSlides(slides, deck, input, Place.BUYING_CENTRES);
				ExportSteps.run(slides, monitor);
				try (OutputStream out = files.create(FILE_NAME)) {
					deck.write(out);
				}
			}
		}

		private void titleSlide(XMLSlideShow deck, Project project) {
			XSLFSlide slide = deck.createSlide();
			band(slide, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT), DARK);
			XSLFTextBox title = box(slide, MARGIN + 12, 170, WIDTH - 2 * MARGIN - 24, 110);
			run(title.addNewTextParagraph(), label(project), 40, Color.WHITE).setBold(true);
			XSLFTextBox subtitle = box(slide, MARGIN + 12, 290, WIDTH - 2 * MARGIN - 24, 120);
			run(subtitle.addNewTextParagraph(), text(project.getOrganisation()), 20, Color.WHITE);
			if (project.getAudience() != null) {
				run(subtitle.addNewTextParagraph(), text(project.getAudience()), 14, new Color(0xC9D6DF));
			}
		}

		private void figureSlides(List<Runnable> slides, XMLSlideShow deck, ReportInput input, Place place) {
			for (ReportFigure figure : input.figures(place)) {
				slides.add(() -> figureSlides(deck, figure.figure(), input.caption(figure)));
			}
		}

		/** A chart, which carries its own title, fitted to a slide keeping its proportions. */
		private static void chartSlide(XMLSlideShow deck, Optional<ReportChart> chart) {
			if (chart.isEmpty()) {
				return;
			}
			// at most a point a layout unit, so that the PNG's two pixels a unit stay two a point
			ReportChart image = chart.get();
			double scale = Math.min(1, Math.min((WIDTH - 2.0 * MARGIN) / image.width(), (HEIGHT - 2.0 * MARGIN) / image.height()));
			picture(deck.createSlide(), deck, image.png(), scale * image.width(), MARGIN, HEIGHT - 2.0 * MARGIN);
		}

		/**
		 * A figure on a slide under its caption; split over several slides, each titled with its part,
		 * where fitted to one its text would fall below {@link #MINIMUM_TEXT}.
		 */
		private void figureSlides(XMLSlideShow deck, ReportChart figure, String caption) {
			double top = MARGIN / 2.0 + TITLE_HEIGHT;
			double areaHeight = HEIGHT - top - MARGIN / 2.0;
			FigureFit fit = FigureFit.of(figure, MINIMUM_TEXT, 1, WIDTH - 2.0 * MARGIN, areaHeight);
			int parts = fit.parts().size();
			if (parts > ReportLimits.FIGURE_PARTS) {
				XSLFSlide slide = deck.createSlide();
				title(slide, caption);
				XSLFTextBox notice = box(slide, MARGIN, top + 12, WIDTH - 2 * MARGIN, 120);
				run(notice.addNewTextParagraph(), t("limits.figureParts", caption, language.count(parts),
						language.count(ReportLimits.FIGURE_PARTS)), 16, MUTED).setItalic(true);
				return;
			}
			for (int i = 0; i < parts; i++) {
				XSLFSlide slide = deck.createSlide();
				FigureFit.Part part = fit.parts().get(i);
				title(slide, fit.whole() ? caption : fit.caption(caption, i, language));
				// a figure whole on its slide is the PNG drawn ahead; a part is drawn at two pixels a point
				byte[] png = fit.whole() ? figure.png() : figure.png(part.region(), 2 * part.scale(), part.shows());
				picture(slide, deck, png, fit.width(part), top, areaHeight);
			}
		}

		private static void title(XSLFSlide slide, String title) {
			XSLFTextBox heading = box(slide, MARGIN, MARGIN / 2.0, WIDTH - 2 * MARGIN, TITLE_HEIGHT);
			heading.setTextAutofit(TextAutofit.NORMAL);
			run(heading.addNewTextParagraph(), title, 22, DARK).setBold(true);
		}

		/**
		 * The picture {@code png}, {@code width} points wide, centred in the area below {@code top}; its
		 * anchor has the image's own proportions, so it is never stretched.
		 */
		private static void picture(XSLFSlide slide, XMLSlideShow deck, byte[] png, double width, double top,
				double areaHeight) {
			XSLFPictureData data = deck.addPicture(png, PictureType.PNG);
			Dimension pixels = data.getImageDimension();
			double height = Math.min(areaHeight, width * pixels.height / pixels.width);
			double shownWidth = height * pixels.width / pixels.height;
			XSLFPictureShape picture = slide.createPicture(data);
			picture.setAnchor(new Rectangle2D.Double((WIDTH - shownWidth) / 2, top + (areaHeight - height) / 2, shownWidth,
					height));
		}

		private void segmentSlide(XMLSlideShow deck, SegmentRow row) {
			Segment segment = row.segment();
			Color colour = ChartPalette.of(segment, siblingIndex(row));
			XSLFSlide slide = deck.createSlide();
			band(slide, new Rectangle2D.Double(0, 0, 14, HEIGHT), colour);
			String context = label(row.segmentation()) + (row.parent() == null ? "" : " › " + label(row.parent()));
			XSLFTextBox heading = box(slide, MARGIN, 24, WIDTH - 2 * MARGIN, 90);
			run(heading.addNewTextParagraph(), context, 12, MUTED);
			run(heading.addNewTextParagraph(), label(segment), 30, DARK).setBold(true);
			if (segment.getStatement() != null) {
				run(heading.addNewTextParagraph(), text(segment.getStatement()), 16, colour.darker()).setItalic(true);
			}

			XSLFTextBox figures = box(slide, MARGIN, 130, 250, 200);
			figure(figures, language.percent(segment.getAudienceShare()), t("pptx.ofAudience"), colour);
			figure(figures, language.count(segment.getSize()), t("pptx.people"), colour);
			figure(figures, language.number(segment.getPotential(), 1) + " / 10", t("pptx.potential"), colour);

			XSLFTextBox description = box(slide, MARGIN + 270, 130, WIDTH - 2 * MARGIN - 270, 190);
			description.setTextAutofit(TextAutofit.NORMAL);
			run(description.addNewTextParagraph(), text(segment.getDescription()), 15, DARK);

			List<String> standsOut = SegmentCards.distinctive(segment, 4, language);
			XSLFTextBox profile = bullets(slide, MARGIN, 340, 430, 180, t("pptx.standsOut"), standsOut);
			if (profile != null) {
				// what the profile lines' shares and indices are of
				ShareBase.ofProfile(segment, language).ifPresent(base -> {
					XSLFTextParagraph paragraph = profile.addNewTextParagraph();
					paragraph.setSpaceBefore(6.0);
					run(paragraph, base, 10, MUTED);
				});
			}
			List<String> more = new ArrayList<>();
			if (!segment.getValues().isEmpty()) {
				more.add(t("pptx.labelled", t("segment.values"), labels(segment.getValues())));
			}
			if (!segment.getJobs().isEmpty()) {
				more.add(t("pptx.labelled", t("overview.jobs"), labels(segment.getJobs())));
			}
			if (!segment.getPersonas().isEmpty()) {
				more.add(t("pptx.labelled", t("pptx.persona"), labels(segment.getPersonas())));
			}
			bullets(slide, MARGIN + 450, 340, WIDTH - 2 * MARGIN - 450, 180, t("pptx.character"), more);
		}

		private static int siblingIndex(SegmentRow row) {
			List<Segment> siblings = row.parent() == null ? row.segmentation().getSegments() : row.parent().getSubSegments();
			return siblings.indexOf(row.segment());
		}

		private static void figure(XSLFTextBox box, String value, String caption, Color colour) {
			XSLFTextParagraph paragraph = box.addNewTextParagraph();
			run(paragraph, value, 26, colour.darker()).setBold(true);
			run(paragraph, "  " + caption, 13, MUTED);
			paragraph.setSpaceAfter(6.0);
		}

		private void personaSlide(XMLSlideShow deck, Persona persona) {
			XSLFSlide slide = deck.createSlide();
			Color colour = persona.getSegments().isEmpty() ? ChartPalette.series(0)
					: ChartPalette.of(persona.getSegments().get(0), 0);
			band(slide, new Rectangle2D.Double(0, 0, WIDTH, 8), colour);
			XSLFTextBox heading = box(slide, MARGIN, 20, WIDTH - 2 * MARGIN, 70);
			run(heading.addNewTextParagraph(), label(persona), 28, DARK).setBold(true);
			List<String> who = new ArrayList<>();
			if (persona.getAge() > 0) {
				who.add(t("persona.age", language.count(persona.getAge())));
			}
			who.add(text(persona.getOccupation()));
			who.add(text(persona.getHome()));
			if (!persona.getSegments().isEmpty()) {
				who.add(t("pptx.personaOf", labels(persona.getSegments())));
			}
			run(heading.addNewTextParagraph(), String.join(" · ", who.stream().filter(s -> !s.isEmpty()).toList()), 12,
					MUTED);
			if (persona.getQuote() != null && !persona.getQuote().isBlank()) {
				XSLFTextBox quote = box(slide, MARGIN, 95, WIDTH - 2 * MARGIN, 60);
				quote.setTextAutofit(TextAutofit.NORMAL);
				run(quote.addNewTextParagraph(), "“" + persona.getQuote().strip() + "”", 17, colour.darker())
						.setItalic(true);
			}
			int column = (WIDTH - 2 * MARGIN - 2 * 16) / 3;
			bullets(slide, MARGIN, 165, column, 165, t("persona.goals"), persona.getGoals());
			bullets(slide, MARGIN + column + 16, 165, column, 165, t("persona.challenges"), persona.getChallenges());
			bullets(slide, MARGIN + 2 * (column + 16), 165, column, 165, t("persona.channels"),
					persona.getChannels().stream().map(ReportText::label).toList());
			bullets(slide, MARGIN, 340, WIDTH - 2 * MARGIN, 185, t("persona.journey"),
					ReportComposer.journeyQuestions(persona));
		}

		private void communitySlide(XMLSlideShow deck, List<ValueCommunity> communities) {
			XSLFSlide slide = deck.createSlide();
			XSLFTextBox heading = box(slide, MARGIN, 20, WIDTH - 2 * MARGIN, 50);
			run(heading.addNewTextParagraph(), t("overview.communities"), 28, DARK).setBold(true);
			XSLFTextBox list = box(slide, MARGIN, 80, WIDTH - 2 * MARGIN, HEIGHT - 100);
			list.setTextAutofit(TextAutofit.NORMAL);
			for (int i = 0; i < communities.size(); i++) {
				ValueCommunity community = communities.get(i);
				XSLFTextParagraph name = list.addNewTextParagraph();
				run(name, label(community), 16, ChartPalette.series(i).darker()).setBold(true);
				if (community.getShare() > 0) {
					run(name, "  " + language.percent(community.getShare()) + " " + t("pptx.ofAudience"), 12, MUTED);
					ShareBase.of(community, language).ifPresent(base -> run(name, " (" + base + ")", 12, MUTED));
				}
				XSLFTextParagraph statement = list.addNewTextParagraph();
				run(statement, text(community.getStatement()), 14, DARK).setItalic(true);
				statement.setSpaceAfter(8.0);
			}
		}

		/** The primary segmentation's segments side by side, one column each. */
		private void segmentCardsSlide(XMLSlideShow deck, SegmentCards cards) {
			XSLFSlide slide = deck.createSlide();
			XSLFTextBox heading = box(slide, MARGIN, 16, WIDTH - 2 * MARGIN, 44);
			run(heading.addNewTextParagraph(), cards.title(), 24, DARK).setBold(true);
			if (!cards.base().isEmpty()) {
				run(heading.addNewTextParagraph(), cards.base(), 11, MUTED);
			}
			int count = cards.cards().size();
			double gap = 10;
			double column = (WIDTH - 2.0 * MARGIN - (count - 1) * gap) / count;
			double top = 70;
			for (int i = 0; i < count; i++) {
				SegmentCards.Card card = cards.cards().get(i);
				double x = MARGIN + i * (column + gap);
				band(slide, new Rectangle2D.Double(x, top, column, 6), card.colour());
				XSLFTextBox text = box(slide, x, top + 10, column, HEIGHT - top - 24);
				run(text.addNewTextParagraph(), card.name(), 14, card.colour().darker()).setBold(true);
				XSLFTextParagraph figures = text.addNewTextParagraph();
				run(figures, card.share(), 18, card.colour().darker()).setBold(true);
				run(text.addNewTextParagraph(), card.size(), 10, MUTED);
				if (!card.statement().isEmpty()) {
					XSLFTextParagraph statement = text.addNewTextParagraph();
					statement.setSpaceBefore(6.0);
					run(statement, card.statement(), 10.5, DARK).setItalic(true);
				}
				for (String trait : card.traits()) {
					XSLFTextParagraph paragraph = text.addNewTextParagraph();
					paragraph.setSpaceBefore(4.0);
					run(paragraph, trait, 9.5, DARK);
				}
				if (!card.persona().isEmpty()) {
					XSLFTextParagraph persona = text.addNewTextParagraph();
					persona.setSpaceBefore(8.0);
					run(persona, card.persona(), 11, DARK).setBold(true);
					if (!card.quote().isEmpty()) {
						run(text.addNewTextParagraph(), "“" + card.quote() + "”", 9.5, MUTED).setItalic(true);
					}
				}
			}
		}

		/** The deck's parts in the order they come, after the title slide. */
		private void agendaSlide(XMLSlideShow deck, ReportInput input) {
			Project project = input.project();
			List<String> parts = new ArrayList<>();
			if (project.getPrimarySegmentation() != null) {
				parts.add(t("overview.title"));
			}
			if (!project.getSegmentations().isEmpty()) {
				parts.add(t("overview.segments"));
			}
			if (!project.getPersonas().isEmpty()) {
				parts.add(t("overview.personas"));
			}
			if (!project.getValueCommunities().isEmpty()) {
				parts.add(t("overview.communities"));
			}
			if (!input.figures(Place.BUYING_CENTRES).isEmpty()) {
				parts.add(t("centres.board"));
			}
			XSLFSlide slide = deck.createSlide();
			band(slide, new Rectangle2D.Double(0, 0, WIDTH, 8), DARK);
			XSLFTextBox heading = box(slide, MARGIN, 30, WIDTH - 2 * MARGIN, 60);
			run(heading.addNewTextParagraph(), t("pptx.agenda"), 30, DARK).setBold(true);
			XSLFTextBox list = box(slide, MARGIN + 12, 110, WIDTH - 2 * MARGIN - 24, HEIGHT - 150);
			for (int i = 0; i < parts.size(); i++) {
				XSLFTextParagraph paragraph = list.addNewTextParagraph();
				run(paragraph, (i + 1) + "   ", 22, ChartPalette.series(i).darker()).setBold(true);
				run(paragraph, parts.get(i), 22, DARK);
				paragraph.setSpaceAfter(10.0);
			}
		}

		private String t(String key, Object... arguments) {
			return language.text(key, arguments);
		}
	}

	/** A captioned bullet list in a box of its own, returned; none ({@code null}) without items. */
	private static XSLFTextBox bullets(XSLFSlide slide, double x, double y, double width, double height,
			String caption, List<String> items) {
		List<String> present = items.stream().filter(i -> i != null && !i.isBlank()).toList();
		if (present.isEmpty()) {
			return null;
		}
		XSLFTextBox box = box(slide, x, y, width, height);
		box.setTextAutofit(TextAutofit.NORMAL);
		run(box.addNewTextParagraph(), caption, 14, DARK).setBold(true);
		for (String item : present) {
			XSLFTextParagraph paragraph = box.addNewTextParagraph();
			paragraph.setBullet(true);
			paragraph.setLeftMargin(14.0);
			paragraph.setIndent(-14.0);
			paragraph.setSpaceBefore(3.0);
			run(paragraph, item.strip(), 13, DARK);
		}
		return box;
	}

	private static XSLFTextBox box(XSLFSlide slide, double x, double y, double width, double height) {
		XSLFTextBox box = slide.createTextBox();
		box.setAnchor(new Rectangle2D.Double(x, y, width, height));
		box.setWordWrap(true);
		box.clearText();
		return box;
	}

	private static XSLFTextRun run(XSLFTextParagraph paragraph, String text, double size, Color colour) {
		XSLFTextRun run = paragraph.addNewTextRun();
		run.setText(text);
		run.setFontSize(size);
		run.setFontColor(colour);
		run.setFontFamily(FONT);
		return run;
	}

	private static void band(XSLFSlide slide, Rectangle2D anchor, Color colour) {
		XSLFAutoShape band = slide.createAutoShape();
		band.setShapeType(ShapeType.RECT);
		band.setAnchor(anchor);
		band.setFillColor(colour);
		band.setLineColor(null);
	}
}

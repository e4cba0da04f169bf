/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.report.internal;

import static org.segmenta.report.ReportText.label;
import static org.segmenta.report.ReportText.text;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.segmenta.model.Persona;
import org.segmenta.model.ProfileEntry;
import org.segmenta.model.Segment;
import org.segmenta.model.Segmentation;
import org.segmenta.report.ChartPalette;
import org.segmenta.report.ReportLanguage;
import org.segmenta.report.ReportLimits;
import org.segmenta.report.ReportText;

/**
 * The one-page overview of a segmentation: a card per top-level segment with its colour, size,
 * statement, the profile lines that set it most apart from the total and its persona. The same
 * cards in the HTML and PDF report and on the deck's overview slide, with the base of the shares
 * ({@code base}, empty when the segments give no sizes).
 */
record SegmentCards(String title, String base, List<Card> cards) {

	/** How many of a segment's most distinctive profile lines a card shows. */
	static final int TRAITS = 3;

	/** One segment's card; {@code persona} and {@code quote} are empty when it has no persona. */
	record Card(String name, Color colour, String share, String size, String statement, List<String> traits,
			String persona, String quote) {
	}

	static SegmentCards of(Segmentation segmentation, ReportLanguage language) {
		List<Card> cards = new ArrayList<>();
		List<Segment> segments = segmentation.getSegments();
		for (int i : ReportLimits.heaviest(segments.size(), ReportLimits.PAGE_ITEMS,
				index -> segments.get(index).getAudienceShare())) {
			Segment segment = segments.get(i);
			Persona persona = segment.getPersonas().isEmpty() ? null : segment.getPersonas().get(0);
			cards.add(new Card(label(segment), ChartPalette.of(segment, i), language.percent(segment.getAudienceShare()),
					language.text("segment.people", language.count(segment.getSize())), text(segment.getStatement()),
					distinctive(segment, TRAITS, language), persona == null ? "" : label(persona),
					persona == null ? "" : text(persona.getQuote())));
		}
		return new SegmentCards(language.text("segmentOverview.title", label(segmentation)),
				ShareBase.of(segmentation, language).orElse(""), cards);
	}

	/**
	 * The segment's {@code limit} profile lines furthest from the total by index (above or below
	 * 100), each as "line: index N".
	 */
	static List<String> distinctive(Segment segment, int limit, ReportLanguage language) {
		return segment.getProfile().stream().filter(e -> Double.isFinite(e.index()))
				.sorted(Comparator.comparingDouble((ProfileEntry e) -> Math.abs(e.index() - 100)).reversed())
				.limit(limit)
				.map(e -> language.text("pptx.indexLine", ReportText.profileLine(e), language.number(e.index(), 0)))
				.toList();
	}
}

/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.report.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.segmenta.model.Project;
import org.segmenta.model.persistence.SegmentationFiles;
import org.segmenta.report.ReportFigure;
import org.segmenta.report.ReportLanguage;
import org.segmenta.report.internal.ReportContributions;
import org.segmenta.tests.support.Examples;

/**
 * The diagrams of a report in Danish, Swedish or Finnish: the compartment headings, the labels'
 * fixed words, the enumeration values and the numbers are the report's language, the model's names
 * stay as written (the example's are English).
 */
class NordicDiagramFiguresTest {

	/** Fixed texts of the English diagrams, compared ignoring case (compartment headings are capitals). */
	private static final List<String> ENGLISH_TEXTS = List.of("Values", "Member segments", "Personas", "Segments",
			"Value communities", "Jobs to be done", "Channels", "Segment tree", "Persona board", "Value-community map",
			"Buying-centre map");

	/**
	 * How the English diagrams' templates begin or end, around the model's own texts. The roles
	 * "Expert" and "Gatekeeper" are left out: they are also the Swedish and the Danish word.
	 */
	private static final Pattern ENGLISH_TEMPLATES = Pattern.compile("^(Influence |Judges by:|Motives:|Goals:|Barriers:|Opportunity )"
			+ "|( of the audience| people| segments| perspective)$|^\\d+ years ·|^(Decision maker|Initiator|Influencer|Buyer|User) ·");

	@ParameterizedTest
	@CsvSource({ "da,VÆRDIER,af målgruppen,Beslutningstager · ", "sv,VÄRDERINGAR,av målgruppen,Beslutsfattare · ",
			"fi,ARVOT,kohderyhmästä,Päättäjä · " })
	void theDiagramsSpeakTheReportsLanguage(String language, String heading, String share, String role) throws Exception {
		Project project = SegmentationFiles.load(Examples.model());
		List<ReportFigure> figures = ReportContributions.getDefault().figures(project, Examples.model(),
				ReportLanguage.of(language), Assertions::fail);
		List<String> texts = new ArrayList<>();
		for (ReportFigure figure : figures) {
			assertFalse(ENGLISH_TEXTS.stream().anyMatch(figure.figure().title()::equalsIgnoreCase), figure.figure().title());
			texts.addAll(texts(figure.figure().svg()));
		}
		for (String text : texts) {
			assertFalse(ENGLISH_TEXTS.stream().anyMatch(text::equalsIgnoreCase), "English in a " + language + " diagram: " + text);
			assertFalse(ENGLISH_TEMPLATES.matcher(text).find(), "English in a " + language + " diagram: " + text);
		}
		assertTrue(texts.contains(heading), heading + " in " + texts);
		assertTrue(texts.stream().anyMatch(text -> text.endsWith(" " + share)), share + " in " + texts);
		assertTrue(texts.stream().anyMatch(text -> text.startsWith(role)), role + " in " + texts);
		assertTrue(texts.contains("Henrik Brinkhøj"), "the model's names as written");
	}

	/** The text of every SVG {@code <text>} element. */
	private static List<String> texts(String svg) {
		List<String> texts = new ArrayList<>();
		Matcher matcher = Pattern.compile("<text\\b[^>]*>(.*?)</text>", Pattern.DOTALL).matcher(svg);
		while (matcher.find()) {
			texts.add(matcher.group(1).replaceAll("<[^>]+>", "").replace("&amp;", "&").replace("&#160;", "\u00A0").strip());
		}
		return texts;
	}
}
